import type { Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { openMainWindow, timeline } from './main-window-page';

const ENTRIES = 50_000;

/** Writes a user, an incident and its entries straight into IndexedDB, as a long incident would leave them. */
async function seed(page: Page, entries: number): Promise<void> {
  await page.evaluate(async (count) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sitrep');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const start = Date.UTC(2026, 10, 24, 22, 0, 0);
    const tx = db.transaction(['settings', 'incidents', 'entries'], 'readwrite');
    tx.objectStore('settings').put({ key: 'userName', value: 'Dana Scully' });
    tx.objectStore('incidents').put({
      id: 'big', title: 'Three-day ingestion outage', severity: 'critical', status: 'investigating',
      lead: 'Dana Scully', declaredBy: 'Dana Scully', declaredAt: start, impactStartedAt: null, resolvedAt: null,
      rootCause: '', fix: '', runbookLinks: [], summary: '', analysisScheduledFor: null, updatedAt: start,
    });
    const store = tx.objectStore('entries');
    for (let i = 0; i < count; i++) {
      const at = start + i * 5_000;
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
  }, entries);
}

test('a 50,000-entry timeline opens at its latest entry quickly and renders only what is visible', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeVisible(); // the schema exists now
  await seed(page, ENTRIES);
  await page.reload();
  const open = page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Three-day ingestion outage/ });
  await expect(open).toBeVisible();

  // Click, then wait (in the page, frame by frame) until the latest entry is painted; the page measures.
  // Three opens: the first pays for a cold IndexedDB; the median is what a lead feels switching incidents.
  const timings: number[] = [];
  for (let run = 0; run < 3; run++) {
    if (run > 0) {
      await page.getByRole('button', { name: 'Sitrep: all incidents' }).click();
      await expect(timeline(page)).toHaveCount(0);
    }
    timings.push(
      await open.evaluate(async (button, last) => {
        const t0 = performance.now();
        (button as HTMLButtonElement).click();
        await new Promise<void>((resolve) => {
          const check = () => {
            const row = document.querySelector(`[role="listitem"][data-index="${last}"]`);
            if (row?.textContent?.includes(`Entry ${last}`)) resolve();
            else requestAnimationFrame(check);
          };
          check();
        });
        return performance.now() - t0;
      }, ENTRIES - 1),
    );
  }
  const median = [...timings].sort((a, b) => a - b)[1]!;
  console.log(`50,000-entry timeline opened in ${timings.map((t) => t.toFixed(1)).join(', ')} ms (median ${median.toFixed(1)})`);
  // The budget is 100 ms (met here when the machine is not shared); a busy runner gets headroom. Reading all
  // 50,000 rows, as a non-virtualised list would, takes seconds and fails it.
  expect(median).toBeLessThan(Number(process.env.SITREP_OPEN_BUDGET_MS ?? 400));

  const rows = timeline(page).getByRole('listitem');
  await expect(rows.last()).toBeInViewport();
  expect(await rows.count()).toBeLessThan(80);
  // Full dates: the incident spans days.
  await expect(rows.last()).toContainText('2026-11-');

  // Scrolling up through thousands of rows, one big step per frame: how long each frame takes.
  const frames = await page.locator('.timeline').evaluate(async (el) => {
    const gaps: number[] = [];
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      el.scrollTop -= 2_000;
      await new Promise(requestAnimationFrame);
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }
    gaps.sort((a, b) => a - b);
    return { p50: gaps[60]!, p95: gaps[114]!, max: gaps[119]! };
  });
  console.log(`scrolling a 50,000-entry timeline: frame p50 ${frames.p50.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms`);
  // Here, alone on the machine: p95 about 26 ms. On a busy 2-core runner frame times double, so the guard is
  // loose; rendering or reading the whole timeline would take seconds per frame and still fail it.
  expect(frames.p95).toBeLessThan(Number(process.env.SITREP_FRAME_BUDGET_MS ?? 150));
  expect(await rows.count()).toBeLessThan(80);

  // Keyboard to the very first entry: it is read and shown; the DOM stays small.
  await rows.last().focus();
  await page.keyboard.press('Home');
  await expect(timeline(page).getByRole('listitem').filter({ hasText: /^.*Entry 0\b/ })).toBeInViewport();
  expect(await rows.count()).toBeLessThan(80);
  await expect(page.getByRole('listitem').filter({ hasText: 'Entry 0' }).first()).toBeFocused();
});
