import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow } from '../main-window/main-window-page';
import { openChecklist, openQuickNote, quickNoteBox, storedRows } from '../cockpit/cockpit-pages';
import { CURRENT_SCHEMA_VERSION } from '../../../src/renderer/src/data/schema';

/*
 * IndexedDB refuses a write: the disk is full (every add and put of this page throws QuotaExceededError, as
 * Chromium does when the origin's quota is used up), or another window upgraded the database. Each window
 * says so in words and keeps what the user typed.
 */

async function fillTheDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const store = IDBObjectStore.prototype;
    const original = { add: store.add, put: store.put };
    Object.assign(window, { __freeTheDisk: () => Object.assign(store, original) });
    const full = function (): never {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    store.add = full;
    store.put = full;
  });
}

const freeTheDisk = (page: Page) => page.evaluate(() => (window as unknown as { __freeTheDisk: () => void }).__freeTheDisk());

test('the quick note on a full disk says so, stays open and keeps the note, even across a reload', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Checkout returns 502', 'Major');
  const note = await openQuickNote(app.context, app.origin);
  await expect(note.getByRole('status', { name: /Note goes to Checkout returns 502/ })).toBeVisible();

  await fillTheDisk(note);
  await quickNoteBox(note).fill('Gateway pods OOM-killed — الذاكرة ممتلئة 🔥');
  await quickNoteBox(note).press('Enter');
  await expect(note.getByRole('alert')).toContainText(/disk is full.*free some disk space/i);
  await expect(quickNoteBox(note)).toHaveValue('Gateway pods OOM-killed — الذاكرة ممتلئة 🔥');
  expect(app.bridge.calls.filter((c) => c.name === 'hideQuickNote')).toHaveLength(0);
  expect((await storedRows(note, 'entries')).some((e) => String(e.text).includes('OOM-killed'))).toBe(false);

  // A reload (here also freeing the disk) keeps the draft; Enter then saves it.
  await note.reload();
  await expect(quickNoteBox(note)).toHaveValue('Gateway pods OOM-killed — الذاكرة ممتلئة 🔥');
  await quickNoteBox(note).press('Enter');
  await expect(entryRow(main, 'Gateway pods OOM-killed — الذاكرة ممتلئة 🔥')).toBeVisible();
});

async function checklistOnFullDisk(app: { context: BrowserContext; origin: string }) {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Admin panel broken', 'Critical');
  const list = await openChecklist(app.context, app.origin);
  const duty = list.getByRole('list', { name: 'Lead duties' }).getByRole('checkbox', { name: 'Update the public status page' });
  await expect(duty).toBeVisible();
  await fillTheDisk(list);
  return { main, list, duty };
}

test('a tick in the checklist on a full disk says so and shows the duty as still not done', async ({ app }) => {
  const { main, list, duty } = await checklistOnFullDisk(app);
  await duty.click();
  await expect(list.getByRole('alert')).toContainText(/disk is full.*free some disk space/i);
  await expect(duty).not.toBeChecked();
  await freeTheDisk(list);
  await duty.check();
  await expect(entryRow(main, 'Checklist: done: Update the public status page')).toBeVisible();
});

test('a "not applicable" reason typed in the checklist on a full disk is kept, then saves once there is room', async ({ app }) => {
  const { main, list } = await checklistOnFullDisk(app);
  // By keyboard: a click would land after the focused duty's hint collapses and moves the button.
  await list.getByRole('button', { name: '"Announce it to users" does not apply' }).press('Enter');
  const reason = list.getByRole('textbox', { name: 'Why "Announce it to users" does not apply' });
  await reason.fill('internal tool, no users affected');
  await reason.press('Enter');
  await expect(list.getByRole('alert')).toContainText(/disk is full.*free some disk space/i);
  await expect(reason).toHaveValue('internal tool, no users affected');

  await freeTheDisk(list);
  await reason.press('Enter');
  await expect(reason).toBeHidden();
  await expect(entryRow(main, 'Checklist: not applicable: Announce it to users (internal tool, no users affected)')).toHaveCount(1);
});

/** Another window opens the log at the next schema version, as a newer Sitrep would. */
async function upgradeFromAnotherWindow(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('sitrep');
        probe.onerror = () => reject(probe.error);
        probe.onsuccess = () => {
          const current = probe.result.version;
          probe.result.close();
          // Dexie stores schema version n as IndexedDB version n × 10: +10 is what the next schema opens.
          const open = indexedDB.open('sitrep', current + 10);
          open.onerror = () => reject(open.error);
          open.onblocked = () => reject(new Error('The main window did not let go of the database.'));
          open.onsuccess = () => {
            open.result.close();
            resolve(open.result.version);
          };
        };
      }),
  );
}

async function mainWithDraft(app: { context: BrowserContext; origin: string }, draft: string) {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Payments API timing out');
  const box = main.getByRole('textbox', { name: 'New entry' });
  await box.fill(draft);
  const other = await app.context.newPage();
  await other.goto(`${app.origin}/index.html`);
  return { main, box, other };
}

test('another window opening the log at a higher version does not stop the main window saving', async ({ app }) => {
  const draft = 'Rolled back payments-api to v41 — تم التراجع';
  const { main, box, other } = await mainWithDraft(app, draft);
  // Dexie opens schema version n as IndexedDB version n × 10; the other window opens the next one.
  expect(await upgradeFromAnotherWindow(other)).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
  // The main window gave the connection up so the upgrade could run (or it would be blocked), and reopens
  // the log at the newer version when it next writes: the note is saved, nothing is refused.
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(entryRow(main, draft)).toBeVisible();
  await expect(main.locator('#composer-error')).toBeEmpty();
});
