import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { createSafetyCopyStore, type SafetyCopyStore } from '../../../src/main/safety-copy/safety-copy-store';
import { test, expect } from '../support/fixtures';
import { installBridge } from '../support/bridge';
import { axeViolations } from '../support/axe';
import { entryAt, incidentAt, T0 } from '../../support/domain-fixtures';
import { declare, enterName, openMainWindow, timeline } from './main-window-page';
import { expectHidden, openQuickNote, quickNoteBox } from '../cockpit/cockpit-pages';

/*
 * The safety copy as a person meets it. Main's real store keeps the copy in a temporary folder behind the test
 * bridge. A fresh browser context is a fresh IndexedDB: what a user finds after Chromium deleted a damaged log.
 */

let dir: string;
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-safety-copy-spec-'));
});
test.afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Main starting on the user's data folder: a new store over the same file each time. */
const startMain = () => createSafetyCopyStore({ path: join(dir, 'safety-copy', 'log.records') });
const backedBy = (context: BrowserContext, store: SafetyCopyStore) =>
  installBridge(context, {
    getSafetyCopyStatus: () => store.status(),
    writeSafetyCopy: (batch) => store.write(batch),
    readSafetyCopy: ({ from }) => store.read(from),
  });

/** Types a note at a person's pace and waits until the composer is empty again (the note is saved). */
async function typeNote(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'New entry' });
  await box.pressSequentially(text, { delay: 35 });
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

const offer = (page: Page) => page.getByRole('dialog', { name: 'Restore the log from its safety copy?' });

test('notes typed before the log was lost come back from the safety copy, in order, with their times', async ({ browserInstance, server }) => {
  const notes = ['Paged the database on-call', 'Failover to the replica started', 'Error rate back under 1%', 'Checkout confirmed working'];
  const firstRun = startMain();
  const before = await browserInstance.newContext();
  let shown: string[];
  try {
    const bridge = await backedBy(before, firstRun);
    const page = await openMainWindow(before, server.origin);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Orders database unreachable', 'Critical');
    for (const note of notes.slice(0, 3)) await typeNote(page, note);
    // The last from the quick note, another window: the main window hears of it and hands it on too.
    const quick = await openQuickNote(before, server.origin);
    await bridge.emit(quick, 'onQuickNoteShown', { pressedAt: Date.now() });
    await expect(quickNoteBox(quick)).toBeFocused();
    await quick.keyboard.type(notes[3]!, { delay: 35 });
    await quick.keyboard.press('Enter');
    await expectHidden(bridge.calls, quick, 1);
    await expect(timeline(page).getByRole('listitem').filter({ hasText: notes[3]! })).toBeVisible();
    // What the timeline shows, each row with its local and UTC time.
    shown = await timeline(page).getByRole('listitem').allInnerTexts();
    expect(shown.filter((row) => notes.some((n) => row.includes(n)))).toHaveLength(4);
    // The copy receives them in the background, within a few seconds.
    await expect.poll(async () => (await firstRun.read(0)).entries.map((e) => e.text), { timeout: 15_000 }).toEqual(expect.arrayContaining(notes));
  } finally {
    await before.close();
    await firstRun.close();
  }

  // Sitrep starts again and finds its log empty: the safety copy is offered, and restored from the keyboard.
  const secondRun = startMain();
  const after = await browserInstance.newContext();
  try {
    await backedBy(after, secondRun);
    const page = await openMainWindow(after, server.origin);
    const dialog = offer(page);
    const entries = (await secondRun.status()).entries;
    await expect(dialog).toContainText(`Sitrep's log is empty, but its safety copy on this computer holds 1 incident and ${entries} entries, last written`);
    await expect(dialog.getByRole('button', { name: 'Restore' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toHaveText(`Restored 1 incident and ${entries} entries from the safety copy. Attachments are not in the safety copy.`);
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();

    // The name came back with the settings, so the cockpit opens, not the welcome page.
    await page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Orders database unreachable/ }).click();
    await expect(timeline(page).getByRole('listitem').filter({ hasText: notes[3]! })).toBeVisible();
    expect(await timeline(page).getByRole('listitem').allInnerTexts()).toEqual(shown);
  } finally {
    await after.close();
    await secondRun.close();
  }
});

test('"Not now" leaves the empty log and the copy alone; Settings restores it later', async ({ browserInstance, server }) => {
  const held = startMain();
  await held.write({
    mark: T0,
    incidents: [incidentAt({ title: 'Checkout returns 500' })],
    entries: [entryAt(T0, { text: 'Rolled back the checkout deploy' }), entryAt(T0 + 60_000, { text: 'Errors stopped' })],
    incidentChecklists: [],
    checklistTemplates: [],
    settings: [],
  });
  const context = await browserInstance.newContext();
  try {
    await backedBy(context, held);
    const page = await openMainWindow(context, server.origin);
    await expect(offer(page)).toContainText('holds 1 incident and 2 entries');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `the offer, ${colorScheme}`).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await expect(offer(page)).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible();
    expect(await held.status()).toMatchObject({ incidents: 1, entries: 2 });

    await enterName(page, 'Fox Mulder');
    await expect(page.getByRole('navigation', { name: 'Incidents' }).getByRole('button')).toHaveCount(0);
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.getByRole('status', { name: 'Safety copy status' })).toHaveText(/^Safety copy: 2 entries in 1 incident, last written /);
    expect(await axeViolations(page), 'settings').toEqual([]);
    await page.getByRole('button', { name: 'Restore from safety copy' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Restored 1 incident and 2 entries from the safety copy.' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Checkout returns 500/ }).click();
    await expect(timeline(page).getByRole('listitem').filter({ hasText: 'Errors stopped' })).toBeVisible();
  } finally {
    await context.close();
    await held.close();
  }
});
