// The incident log's hot paths, measured in Chromium: durable append, capture-to-paint across windows,
// opening a 50,000-entry timeline, and search over 100,000 entries.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { defineEsbuildName, launchOptions } from '../test/browser/support/chromium.ts';
import type { Harness } from '../test/harness/harness.ts';
import { percentile, round, type Metric } from './metric.mts';

type WithHarness = { harness: Harness };

const BIG = 50_000;

export async function openHarness(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/__harness/harness.html`);
  await page.waitForFunction(() => 'harness' in window);
}

/** Durable appends through the data layer vs raw IndexedDB puts, interleaved, on an on-disk profile. */
async function measureAppend(origin: string): Promise<Metric[]> {
  const profile = mkdtempSync(join(tmpdir(), 'sitrep-bench-append-'));
  const context = await chromium.launchPersistentContext(profile, launchOptions());
  await context.addInitScript(defineEsbuildName);
  try {
    const page = await context.newPage();
    await openHarness(page, origin);
    const { dexie, raw } = await page.evaluate(async (rounds) => {
      const h = (window as unknown as WithHarness).harness;
      const incidentId = await h.declare('Append benchmark', 'major', 'Bench');
      const dexie: number[] = [];
      const raw: number[] = [];
      for (let i = 0; i < rounds; i++) {
        const text = `Append ${i}: checked the load balancer logs`;
        const record = { id: `raw-${i}`, incidentId, kind: 'note', text, occurredAt: Date.now(), capturedAt: Date.now(), editedAt: null, originalOccurredAt: null, author: 'Bench', source: 'composer', deletedAt: null, milestone: null };
        // Alternate which goes first so neither always pays for a warm or cold disk.
        const order = i % 2 === 0 ? ['dexie', 'raw'] : ['raw', 'dexie'];
        for (const which of order) {
          const start = performance.now();
          if (which === 'dexie') await h.append({ incidentId, kind: 'note', text, author: 'Bench', source: 'composer' });
          else await h.rawPut(record);
          (which === 'dexie' ? dexie : raw).push(performance.now() - start);
        }
      }
      return { dexie: dexie.slice(20), raw: raw.slice(20) };
    }, 420);
    return [
      { name: 'append.p50', unit: 'ms', value: round(percentile(dexie, 50), 3), baseline: round(percentile(raw, 50), 3), target: '<= 1.5x baseline (raw IndexedDB put, strict durability)' },
      { name: 'append.p99', unit: 'ms', value: round(percentile(dexie, 99), 3), baseline: round(percentile(raw, 99), 3), target: '<= 2x baseline (raw IndexedDB put, strict durability)' },
    ];
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function openMainWindow(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/index.html`);
  await page.getByRole('navigation', { name: 'Incidents' }).waitFor();
}

/** Clicks the incident in the list and returns ms until its timeline's rows have painted. */
export async function timeOpenIncident(page: Page, title: string): Promise<number> {
  const button = page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: title }).first();
  return button.evaluate((element, limitMs) => new Promise<number>((resolve, reject) => {
    const start = performance.now();
    if (document.querySelector('[aria-label="Timeline"] [role="listitem"]')) throw new Error('A timeline was already open.');
    // A benchmark that waits forever reports nothing: past the limit, say what did not happen.
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`The timeline showed no row within ${limitMs / 1_000} s of clicking the incident.`));
    }, limitMs);
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[aria-label="Timeline"] [role="listitem"]')) return;
      observer.disconnect();
      clearTimeout(timer);
      // The frame after the rows were inserted is the one that paints them.
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    (element as HTMLButtonElement).click();
  }), 60_000);
}

/** The same 50,000 entries read in full and rendered without virtualisation: what the timeline avoids. */
async function timeNonVirtualised(page: Page, incidentId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const h = (window as unknown as WithHarness).harness;
    const start = performance.now();
    const rows = await h.timelineTexts(id);
    const list = document.createElement('ol');
    for (const row of rows) {
      const item = document.createElement('li');
      const time = document.createElement('time');
      time.textContent = new Date().toISOString();
      const text = document.createElement('p');
      text.textContent = row.text;
      item.append(time, text);
      list.append(item);
    }
    document.body.append(list);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    const ms = performance.now() - start;
    list.remove();
    return ms;
  }, incidentId);
}

/**
 * Capture-to-paint: a note submitted in one page (as the quick note would), timed until the other page,
 * showing the incident's timeline, has painted it; both clocks on the shared epoch. Milliseconds per note.
 */
export async function timeCaptures(harnessPage: Page, mainPage: Page, incidentId: string, rounds: number): Promise<number[]> {
  await mainPage.locator('[aria-label="Timeline"] [role="listitem"]').first().waitFor();
  const visible: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const text = `Capture probe ${i} ${Math.random().toString(36).slice(2)}`;
    const painted = mainPage.evaluate(({ needle, limitMs }) => new Promise<number>((resolve, reject) => {
      // A benchmark that waits forever reports nothing: past the limit, say what did not happen.
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`A note written in the other page did not appear in this page's timeline within ${limitMs / 1_000} s.`));
      }, limitMs);
      const check = (): boolean => {
        for (const row of document.querySelectorAll('[aria-label="Timeline"] [role="listitem"]')) {
          if (row.textContent?.includes(needle)) return true;
        }
        return false;
      };
      const observer = new MutationObserver(() => {
        if (!check()) return;
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    }), { needle: text, limitMs: 20_000 });
    // Awaited after the write below; failing before then must not surface as an unhandled rejection.
    painted.catch(() => undefined);
    const submittedAt = await harnessPage.evaluate(async ({ id, text }) => {
      const h = (window as unknown as WithHarness).harness;
      const at = performance.timeOrigin + performance.now();
      await h.append({ incidentId: id, kind: 'note', text, author: 'Bench', source: 'quick-note' });
      return at;
    }, { id: incidentId, text });
    visible.push((await painted) - submittedAt);
  }
  return visible;
}

async function measureTimelineAndCapture(origin: string): Promise<Metric[]> {
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext();
    await context.addInitScript(defineEsbuildName);
    const harnessPage = await context.newPage();
    await openHarness(harnessPage, origin);
    const title = 'Checkout latency (bench)';
    const incidentId = await harnessPage.evaluate(async ({ title, count }) => {
      const h = (window as unknown as WithHarness).harness;
      await h.setUserName('Bench');
      const id = await h.declare(title, 'critical', 'Bench');
      await h.seed(id, count, Date.now() - count * 1_000 - 60_000);
      return id;
    }, { title, count: BIG });

    // A fresh page each time: a page remembers its selected incident for the session.
    const opens: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await context.newPage();
      await openMainWindow(page, origin);
      opens.push(await timeOpenIncident(page, title));
      await page.close();
    }
    const mainPage = await context.newPage();
    await openMainWindow(mainPage, origin);
    await mainPage.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: title }).first().click();
    const baselines: number[] = [];
    for (let i = 0; i < 3; i++) baselines.push(await timeNonVirtualised(harnessPage, incidentId));

    const visible = await timeCaptures(harnessPage, mainPage, incidentId, 60);
    const firstPaint = percentile(opens, 50);
    const baseline = percentile(baselines, 50);
    return [
      { name: 'timeline.first-paint.50k', unit: 'ms', value: round(firstPaint), baseline: round(baseline), target: '<= 100 ms and >= 20x faster than baseline (non-virtualised render)' },
      { name: 'capture.visible.p50', unit: 'ms', value: round(percentile(visible, 50)), baseline: null, target: '<= 16 ms' },
      { name: 'capture.visible.p99', unit: 'ms', value: round(percentile(visible, 99)), baseline: null, target: '<= 33 ms (two frames)' },
    ];
  } finally {
    await browser.close();
  }
}

async function measureSearch(origin: string): Promise<Metric[]> {
  const browser = await chromium.launch(launchOptions());
  try {
    const page = await browser.newPage();
    await page.addInitScript(defineEsbuildName);
    await openHarness(page, origin);
    const times = await page.evaluate(async () => {
      const h = (window as unknown as WithHarness).harness;
      for (let i = 0; i < 10; i++) {
        const id = await h.declare(`Search incident ${i}`, 'minor', 'Bench');
        await h.seed(id, 10_000, Date.now() - 20_000_000);
      }
      const words = ['shard 7', 'error rate 42', 'observation 9999', 'balancer', 'ÉRROR', 'nothing-matches-this', 'rate 1%', 'seeded'];
      const queries = Array.from({ length: 200 }, (_, i) => words[i % words.length]!);
      return h.timeSearches(queries);
    });
    return [{ name: 'search.p95.100k', unit: 'ms', value: round(percentile(times, 95)), baseline: null, target: '<= 30 ms' }];
  } finally {
    await browser.close();
  }
}

const progress = (what: string): void => console.error(`bench: ${what}…`);

export async function dataMetrics(origin: string): Promise<Metric[]> {
  progress('durable append, 400 rounds on an on-disk profile');
  const append = await measureAppend(origin);
  progress('opening a 50,000-entry timeline, and capture-to-paint across two pages');
  const timeline = await measureTimelineAndCapture(origin);
  progress('search over 100,000 entries');
  const search = await measureSearch(origin);
  return [...append, ...timeline, ...search];
}
