import { test, expect } from '../support/fixtures';
import { installBridge } from '../support/bridge';
import { enterName, openMainWindow } from '../main-window/main-window-page';

test('reminder intervals are saved, survive a reload, and bad input is refused without losing it', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.locator('#settings-reminders');
  const critical = section.getByRole('textbox', { name: 'Status page not updated (minutes), Critical' });
  await expect(critical).toHaveValue('30');
  await critical.fill('20');
  await section.getByRole('textbox', { name: 'No note logged (minutes), Minor' }).fill('');
  await section.getByRole('button', { name: 'Save reminder intervals' }).click();
  await expect(section.getByRole('status')).toContainText('Saved');

  await main.reload();
  await main.getByRole('button', { name: /^Settings/ }).click();
  await expect(critical).toHaveValue('20');
  await expect(section.getByRole('textbox', { name: 'No note logged (minutes), Minor' })).toHaveValue('');

  await critical.fill('half an hour');
  await section.getByRole('button', { name: 'Save reminder intervals' }).click();
  await expect(section.getByRole('alert')).toContainText('is not a number of minutes');
  await expect(critical).toHaveValue('half an hour');
});

test('settings say when the quick-note shortcut is held by another app, and rebind it', async ({ browserInstance, server }) => {
  const context = await browserInstance.newContext();
  try {
    const bridge = await installBridge(context, {
      getShortcutStatus: () => ({
        accelerator: 'CommandOrControl+Shift+Space',
        registered: false,
        message: 'Another app holds Ctrl+Shift+Space. Choose another shortcut, or bind one in your desktop to sitrep --toggle-quick-note.',
      }),
    });
    const main = await openMainWindow(context, server.origin);
    await enterName(main, 'Dana Scully');
    await main.getByRole('button', { name: /^Settings/ }).click();
    const section = main.locator('#settings-quick-note-shortcut');
    await expect(section.getByRole('alert')).toContainText('Another app holds Ctrl+Shift+Space');
    await section.getByRole('textbox', { name: 'Quick-note shortcut' }).fill('CommandOrControl+Alt+N');
    await section.getByRole('button', { name: 'Use this shortcut' }).click();
    await expect(section.getByRole('status')).toContainText('CommandOrControl+Alt+N opens the quick note');
    expect(bridge.calls.filter((c) => c.name === 'setQuickNoteShortcut').map((c) => c.request)).toEqual([{ accelerator: 'CommandOrControl+Alt+N' }]);
  } finally {
    await context.close();
  }
});
