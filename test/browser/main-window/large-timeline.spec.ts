import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { entryRow, openMainWindow, timeline, write } from './main-window-page';

const ENTRIES = 50_000;

/** Writes a user, an incident and its entries straight into IndexedDB, as a long incident would leave them. */
const SEEDED_FROM = Date.UTC(2026, 10, 24, 22, 0, 0);

async function seed(page: Page, entries: number, apartMs = 5_000): Promise<void> {
  await page.evaluate(async ({ count, start, apartMs }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sitrep');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction(['settings', 'incidents', 'entries'], 'readwrite');
    tx.objectStore('settings').put({ key: 'userName', value: 'Dana Scully' });
    tx.objectStore('incidents').put({
      id: 'big', title: 'Three-day ingestion outage', severity: 'critical', status: 'investigating',
      lead: 'Dana Scully', declaredBy: 'Dana Scully', declaredAt: start, impactStartedAt: null, resolvedAt: null,
      rootCause: '', fix: '', runbookLinks: [], summary: '', analysisScheduledFor: null, updatedAt: start,
    });
    const store = tx.objectStore('entries');
    for (let i = 0; i < count; i++) {
      const at = start + i * apartMs;
      store.put({
        id: `e${String(i).padStart(6, '0')}`, incidentId: 'big', kind: i % 7 === 0 ? 'action' : 'note',
        text: i % 50 === 0 ? `Entry ${i}\nwith a second line` : `Entry ${i}`, occurredAt: at, capturedAt: at,
        editedAt: null, originalOccurredAt: null, author: 'Dana Scully', source: 'composer', deletedAt: null, milestone: null,
      });
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, { count: entries, start: SEEDED_FROM, apartMs });
}

// How fast it opens is measured by `npm run bench` (timeline.first-paint.50k); tests do not time things.
// This proves the behaviour that makes it fast: only the visible rows are read and rendered.
test('a 50,000-entry timeline opens at its latest entry and renders only what is visible', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible(); // the schema exists now
  await seed(page, ENTRIES);
  await page.reload();
  await page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Three-day ingestion outage/ }).click();

  const rows = timeline(page).getByRole('listitem');
  await expect(rows.filter({ hasText: `Entry ${ENTRIES - 1}` })).toBeInViewport();
  expect(await rows.count()).toBeLessThan(80);
  // Full dates: the incident spans days.
  await expect(rows.last()).toContainText('2026-11-');

  // Scrolling up through thousands of rows keeps the page small: rows are read and rendered as they come into view.
  const scroller = page.locator('.timeline');
  for (let step = 0; step < 20; step++) {
    await scroller.evaluate((el) => {
      el.scrollTop -= 20_000;
    });
    expect(await rows.count()).toBeLessThan(80);
  }
  await expect(rows.filter({ hasText: /Entry \d+/ }).first()).toBeVisible();

  // Keyboard to the very first entry: it is read and shown; the DOM stays small.
  await rows.last().focus();
  await page.keyboard.press('Home');
  await expect(timeline(page).getByRole('listitem').filter({ hasText: /^.*Entry 0\b/ })).toBeInViewport();
  expect(await rows.count()).toBeLessThan(80);
  await expect(page.getByRole('listitem').filter({ hasText: 'Entry 0' }).first()).toBeFocused();
});

// Rows written elsewhere are painted from the write's announcement, before the count of the whole timeline
// is read again: the new row's place must still be exact, for an entry at the end and for one written
// with an older time, which lands above the rows that are loaded.
test('a long timeline takes entries from another window in their exact places', async ({ app }) => {
  const reader = await openMainWindow(app.context, app.origin);
  await expect(reader.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await seed(reader, 300);
  await reader.reload();
  const incident = /Three-day ingestion outage/;
  await reader.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: incident }).click();
  const rows = timeline(reader).getByRole('listitem');
  await expect(rows.last()).toHaveAttribute('aria-setsize', '300');

  const writer = await openMainWindow(app.context, app.origin);
  await writer.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: incident }).click();
  await write(writer, 'Failover to the standby cluster finished');
  const latest = entryRow(reader, 'Failover to the standby cluster finished');
  await expect(latest).toBeInViewport();
  await expect(latest).toHaveAttribute('aria-posinset', '301');
  await expect(latest).toHaveAttribute('aria-setsize', '301');

  // Two seconds after seeded entry 100: the 102nd row, far above the latest 100 that are loaded.
  const past = new Date(SEEDED_FROM + 100 * 5_000 + 2_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await writer.getByRole('button', { name: 'Set time' }).click();
  await writer
    .getByLabel(/Happened at/)
    .fill(`${past.getFullYear()}-${pad(past.getMonth() + 1)}-${pad(past.getDate())}T${pad(past.getHours())}:${pad(past.getMinutes())}:${pad(past.getSeconds())}`);
  await write(writer, 'Replica lag alarm fired (found in the pager log)');
  await expect(latest).toHaveAttribute('aria-setsize', '302');
  await expect(latest).toHaveAttribute('aria-posinset', '302');

  await reader.keyboard.press('Control+Shift+F');
  const search = reader.getByRole('dialog', { name: 'Search all incidents' });
  await search.getByRole('searchbox', { name: 'Search entries' }).fill('replica lag alarm');
  await search.getByRole('button', { name: /Replica lag alarm/ }).click();
  const backfilled = entryRow(reader, 'Replica lag alarm fired');
  await expect(backfilled).toBeFocused();
  await expect(backfilled).toHaveAttribute('aria-posinset', '102');
  await expect(rows.filter({ hasText: /^.*Entry 100\b/ })).toHaveAttribute('aria-posinset', '101');
});

// Chromium clips an element taller than 33,554,431 px: laid out whole at 60 px a row, a timeline of more than
// about 559,000 rows ended on screen before its latest rows, and a note written elsewhere never appeared. The
// scroll area lays out at most 250,000 rows at a time; past that, the user still reaches every row.
test('a timeline longer than one scroll area shows its latest rows, takes new notes and scrolls to its start', async ({ app }) => {
  test.slow(); // 600,000 rows are written into IndexedDB first
  const TOTAL = 600_000;
  const reader = await openMainWindow(app.context, app.origin);
  await expect(reader.getByRole('textbox', { name: 'Your name' })).toBeVisible();
  await seed(reader, TOTAL, 400); // all before today, so a note written now is the latest
  await reader.reload();
  const incident = /Three-day ingestion outage/;
  await reader.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: incident }).click();
  const rows = timeline(reader).getByRole('listitem');
  await expect(rows.filter({ hasText: `Entry ${TOTAL - 1}` })).toBeInViewport();
  await expect(rows.last()).toHaveAttribute('aria-setsize', String(TOTAL));

  const writer = await openMainWindow(app.context, app.origin);
  await writer.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: incident }).click();
  await write(writer, 'Traffic back on the primary region');
  const latest = entryRow(reader, 'Traffic back on the primary region');
  await expect(latest).toBeInViewport();
  await expect(latest).toHaveAttribute('aria-posinset', String(TOTAL + 1));

  // Dragging the scrollbar to the top, again and again, as someone looking for the first line would: each time
  // the rows shown are earlier ones, never a jump back down, and the first entry is reached.
  const scroller = reader.locator('.timeline');
  const firstInView = async (): Promise<number> => {
    const shown = await rows.evaluateAll((items) => {
      const area = items[0]?.closest('.timeline')?.getBoundingClientRect();
      const inView = items.filter((row) => area && row.getBoundingClientRect().bottom > area.top);
      return inView.map((row) => Number(row.getAttribute('aria-posinset')));
    });
    return Math.min(...shown);
  };
  let previous = TOTAL + 1;
  for (let drag = 0; drag < 20 && previous > 1; drag++) {
    await scroller.evaluate((el) => {
      el.scrollTop = 0;
    });
    await expect.poll(firstInView).toBeLessThan(previous);
    previous = await firstInView();
    expect(await rows.count()).toBeLessThan(80);
  }
  await expect(rows.filter({ hasText: /^.*Entry 0\b/ })).toBeInViewport();

  // End, from the first row, goes back to the latest one.
  await rows.filter({ hasText: /^.*Entry 0\b/ }).focus();
  await reader.keyboard.press('End');
  await expect(latest).toBeInViewport();
  await expect(latest).toBeFocused();

  // A search hit far outside the rows laid out at the end is scrolled to and focused (no other entry's number
  // holds 123456, so it is the one hit).
  await reader.keyboard.press('Control+Shift+F');
  const search = reader.getByRole('dialog', { name: 'Search all incidents' });
  await search.getByRole('searchbox', { name: 'Search entries' }).fill('Entry 123456');
  await search.getByRole('button', { name: /Entry 123456\b/ }).click();
  const hit = rows.filter({ hasText: /^.*Entry 123456\b/ });
  await expect(hit).toBeInViewport();
  await expect(hit).toBeFocused();
  await expect(hit).toHaveAttribute('aria-posinset', '123457');
});
