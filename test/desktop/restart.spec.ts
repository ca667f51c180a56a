import { expect, test } from '@playwright/test';
import { declare, enterName, entryRow, write } from '../browser/main-window/main-window-page';
import { QUICK_NOTE_SHORTCUT, startSitrep, windowState, type Sitrep } from './support/desktop';

// Journey 4: quit and start again on the same profile.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

test('after a quit, a new start restores the window where it was, the log and the hotkey', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await declare(main, 'Payments timing out', 'Major');
  await write(main, 'Gateway p99 at 9 s');
  // The person moves and resizes the window, as the window manager would report it to Electron.
  await sitrep.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/index.html'))?.setBounds({ x: 40, y: 60, width: 1000, height: 700 });
  });
  await sitrep.controls.clickTrayItem('Quit Sitrep');
  const profile = sitrep.profile;
  expect(await sitrep.quit()).toBe(0);

  sitrep = await startSitrep({ profile });
  const again = await sitrep.window('index.html');
  await expect.poll(async () => (await windowState(sitrep!, 'index.html'))?.bounds).toEqual({ x: 40, y: 60, width: 1000, height: 700 });
  await expect(again.getByRole('navigation', { name: 'Incidents' })).toContainText('Payments timing out');
  await again.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Payments timing out/ }).click();
  await expect(entryRow(again, 'Gateway p99 at 9 s')).toBeVisible();
  expect(await sitrep.controls.registeredAccelerators()).toEqual([QUICK_NOTE_SHORTCUT]);
});
