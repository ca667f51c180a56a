import { expect, test } from '@playwright/test';
import { declare, enterName, entryRow } from '../browser/main-window/main-window-page';
import { quickNoteBox, storedRows } from '../browser/cockpit/cockpit-pages';
import { runSecondInstance } from '../shell/launcher';
import { HELD_BY_OTHER_APP_ENV } from '../shell/shell-controls';
import { QUICK_NOTE_SHORTCUT, startSitrep, windowState, type Sitrep } from './support/desktop';

// Journey 1: capture from anywhere, through the built main, preload and renderer.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

test('the hotkey opens the quick note stamped at the press; Enter logs a decision the main window shows', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await declare(main, 'Checkout returns 502', 'Major');
  const note = await sitrep.window('quick-note.html');

  const before = Date.now();
  expect(await sitrep.controls.pressAccelerator(QUICK_NOTE_SHORTCUT)).toBe(true);
  const after = Date.now();
  await expect.poll(() => windowState(sitrep!, 'quick-note.html')).toMatchObject({ visible: true, focused: true });
  await expect(quickNoteBox(note)).toBeFocused();
  await note.keyboard.type('! roll back', { delay: 60 });
  await note.keyboard.press('Enter');
  await expect.poll(async () => (await windowState(sitrep!, 'quick-note.html'))?.visible).toBe(false);

  const row = entryRow(main, 'roll back');
  await expect(row.locator('.badge.kind')).toHaveText('Decision');
  await expect(row).toContainText('via quick note');
  const saved = (await storedRows(main, 'entries')).find((e) => e.text === 'roll back');
  // Stamped when the keys were pressed, not when Enter was: typing took several hundred milliseconds.
  expect(saved?.occurredAt).toBeGreaterThanOrEqual(before);
  expect(saved?.occurredAt).toBeLessThanOrEqual(after);
  expect(saved?.capturedAt as number).toBeGreaterThan(after);

  // Esc hides it and keeps the draft for the next press.
  await sitrep.controls.pressAccelerator(QUICK_NOTE_SHORTCUT);
  await expect(quickNoteBox(note)).toBeFocused();
  await note.keyboard.type('p99 at 4 s', { delay: 30 });
  await note.keyboard.press('Escape');
  await expect.poll(async () => (await windowState(sitrep!, 'quick-note.html'))?.visible).toBe(false);
  await sitrep.controls.pressAccelerator(QUICK_NOTE_SHORTCUT);
  await expect(quickNoteBox(note)).toHaveValue('p99 at 4 s');
  expect((await storedRows(main, 'entries')).some((e) => e.text === 'p99 at 4 s')).toBe(false);
});

test('`sitrep --note` from a second process lands on the live incident and that process exits', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await declare(main, 'Search is slow', 'Minor');

  const exitCode = await runSecondInstance({ profile: sitrep.profile, args: ['--note', 'rolled back deploy 142'] });
  expect(exitCode).toBe(0);
  const row = entryRow(main, 'rolled back deploy 142');
  await expect(row).toBeVisible();
  await expect(row.locator('.badge.kind')).toHaveText('Note');
  // Still one app: the second process handed its command over instead of opening windows of its own.
  expect((await sitrep.controls.windows()).filter((w) => w.url === 'app://sitrep/index.html')).toHaveLength(1);
});

test('a hotkey another app holds: a notification leads to Settings, where another shortcut can be chosen', async () => {
  sitrep = await startSitrep({ env: { [HELD_BY_OTHER_APP_ENV]: QUICK_NOTE_SHORTCUT } });
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  expect(await sitrep.controls.registeredAccelerators()).toEqual([]);
  await expect.poll(() => sitrep!.controls.notifications()).toEqual([
    { title: 'Quick-note hotkey unavailable', body: expect.stringMatching(/^Another app holds Ctrl\+Shift\+Space; pick another in Settings/) },
  ]);

  await sitrep.controls.clickNotification(0);
  await expect(main.getByRole('alert').filter({ hasText: 'Another app holds Ctrl+Shift+Space' })).toBeVisible();
  const field = main.getByRole('textbox', { name: 'Quick-note shortcut' });
  await field.fill('');
  await field.pressSequentially('CommandOrControl+Alt+N', { delay: 20 });
  await main.getByRole('button', { name: 'Use this shortcut' }).click();
  await expect(main.getByRole('status').filter({ hasText: 'CommandOrControl+Alt+N opens the quick note from any app.' })).toBeVisible();

  expect(await sitrep.controls.registeredAccelerators()).toEqual(['CommandOrControl+Alt+N']);
  expect(await sitrep.controls.pressAccelerator('CommandOrControl+Alt+N')).toBe(true);
  await expect.poll(() => windowState(sitrep!, 'quick-note.html')).toMatchObject({ visible: true, focused: true });
});
