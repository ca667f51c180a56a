import { expect, test } from '@playwright/test';
import type { ShortcutStatus } from '../../src/shared/contract/ipc-contract';
import { electronBinary, launchSitrep, pageAt, skipReason, windowStates, type RunningSitrep } from './support/electron-app';

// The cockpit's windows and hotkey in the real shell. Runs only where an Electron binary exists.
test.skip(!electronBinary.found, skipReason);
test.describe.configure({ mode: 'serial' });

let sitrep: RunningSitrep;
test.beforeAll(async () => {
  sitrep = await launchSitrep();
});
test.afterAll(async () => {
  await sitrep?.close();
});

test('the quick-note window exists, hidden, right after start', async () => {
  await pageAt(sitrep.app, 'quick-note.html');
  const quickNote = (await windowStates(sitrep.app)).find((w) => w.url === 'app://sitrep/quick-note.html');
  expect(quickNote).toMatchObject({ visible: false, alwaysOnTop: true });
});

test('the quick-note shortcut is registered, and the app says so', async () => {
  const status = await sitrep.main.evaluate(() =>
    (window as unknown as { sitrep: { getShortcutStatus(): Promise<ShortcutStatus> } }).sitrep.getShortcutStatus(),
  );
  const held = await sitrep.app.evaluate(({ globalShortcut }, accelerator) => globalShortcut.isRegistered(accelerator), status.accelerator);
  expect(status.accelerator).toBe('CommandOrControl+Shift+Space');
  expect(held).toBe(status.registered);
  expect(status.registered, status.message ?? '').toBe(true);
});

test('the checklist window floats on top of other windows', async () => {
  await sitrep.main.evaluate(() => (window as unknown as { sitrep: { showChecklist(): Promise<void> } }).sitrep.showChecklist());
  await pageAt(sitrep.app, 'checklist.html');
  await expect
    .poll(async () => (await windowStates(sitrep.app)).find((w) => w.url === 'app://sitrep/checklist.html'))
    .toMatchObject({ visible: true, alwaysOnTop: true });
});

test('hiding the quick note from its page hides the window', async () => {
  const quickNote = await pageAt(sitrep.app, 'quick-note.html');
  await sitrep.app.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows().find((w) => w.webContents.getURL().endsWith('/quick-note.html'))?.show();
  });
  await quickNote.evaluate(() => (window as unknown as { sitrep: { hideQuickNote(): Promise<void> } }).sitrep.hideQuickNote());
  await expect
    .poll(async () => (await windowStates(sitrep.app)).find((w) => w.url === 'app://sitrep/quick-note.html')?.visible)
    .toBe(false);
});
