import { expect, test } from '@playwright/test';
import type { ShortcutStatus } from '../../src/shared/contract/ipc-contract';
import { startSitrep, type Sitrep } from './support/desktop';

// The cockpit's windows and hotkey in the desktop shell.
test.describe.configure({ mode: 'serial' });

let sitrep: Sitrep;
test.beforeAll(async () => {
  sitrep = await startSitrep();
});
test.afterAll(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
});

const windowAt = async (file: string) => (await sitrep.controls.windows()).find((w) => w.url === `app://sitrep/${file}`);

test('the quick-note window exists, hidden, right after start', async () => {
  await sitrep.window('quick-note.html');
  expect(await windowAt('quick-note.html')).toMatchObject({ visible: false, alwaysOnTop: true });
});

test('the quick-note shortcut is registered, and the app says so', async () => {
  const main = await sitrep.window('index.html');
  const status = await main.evaluate(() =>
    (window as unknown as { sitrep: { getShortcutStatus(): Promise<ShortcutStatus> } }).sitrep.getShortcutStatus(),
  );
  expect(status.accelerator).toBe('CommandOrControl+Shift+Space');
  expect(status.registered, status.message ?? '').toBe(true);
  expect(await sitrep.controls.registeredAccelerators()).toEqual([status.accelerator]);
});

test('the checklist window floats on top of other windows', async () => {
  const main = await sitrep.window('index.html');
  await main.evaluate(() => (window as unknown as { sitrep: { showChecklist(): Promise<void> } }).sitrep.showChecklist());
  await sitrep.window('checklist.html');
  await expect.poll(() => windowAt('checklist.html')).toMatchObject({ visible: true, alwaysOnTop: true });
});

test('hiding the quick note from its page hides the window', async () => {
  const quickNote = await sitrep.window('quick-note.html');
  await sitrep.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/quick-note.html'))?.show();
  });
  expect(await windowAt('quick-note.html')).toMatchObject({ visible: true });
  await quickNote.evaluate(() => (window as unknown as { sitrep: { hideQuickNote(): Promise<void> } }).sitrep.hideQuickNote());
  await expect.poll(async () => (await windowAt('quick-note.html'))?.visible).toBe(false);
});
