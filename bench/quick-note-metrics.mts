// The quick note's two promises, measured in Chromium: it is ready (a focused caret) almost at once after a
// cold load, and it carries little JavaScript beyond React, React DOM and Dexie. The main window's entry is
// the baseline for both, measured the same way in the same run.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from '@playwright/test';
import type { Harness } from '../test/harness/harness.ts';
import { defineEsbuildName } from '../test/browser/support/chromium.ts';
import { round, type Metric } from './metric.mts';

const RUNS = 15;

/**
 * The JavaScript an HTML entry loads at start: its module script and every modulepreload link (Vite lists
 * each shared chunk there), gzipped one by one as a server would send them. Chunks loaded later by a dynamic
 * import (the quick note's declare and slash-command path) are not part of the start and are listed apart.
 */
export function entryScripts(rendererDir: string, html: string): string[] {
  const text = readFileSync(resolve(rendererDir, html), 'utf8');
  const found = new Set<string>();
  for (const match of text.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) {
    found.add((match[1] ?? match[2])!);
  }
  return [...found].map((src) => resolve(rendererDir, src));
}

export function gzippedKb(files: readonly string[]): number {
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
  return round(bytes / 1000, 1);
}

/**
 * Milliseconds from navigation start until `condition` first holds, checked inside the page on every
 * animation frame (no round trip to the test runner in the measurement), in a fresh, cold context.
 */
async function coldLoad(browser: Browser, url: string, condition: string, prepare?: (context: BrowserContext) => Promise<void>): Promise<number> {
  const context = await browser.newContext();
  try {
    await prepare?.(context);
    await context.addInitScript(`(() => {
      const check = () => {
        if (${condition}) window.__readyAt = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    })();`);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => (window as unknown as { __readyAt?: number }).__readyAt);
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/**
 * A returning user's log: their name set and three incidents declared, written through the data harness on
 * the app's origin in a page of its own that is closed before the main window loads.
 */
async function returningUser(context: BrowserContext, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.addInitScript(defineEsbuildName);
  await page.goto(`${origin}/__harness/harness.html`);
  await page.waitForFunction(() => 'harness' in window);
  await page.evaluate(async () => {
    const h = (window as unknown as { harness: Harness }).harness;
    await h.setUserName('Bench');
    for (const title of ['Checkout errors', 'Login latency', 'Search outage']) await h.declare(title, 'major', 'Bench');
  });
  await page.close();
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Ready means: the quick note has a focused caret; the main window shows its first usable control.
const caretInQuickNote = 'document.activeElement instanceof HTMLTextAreaElement';
const mainWindowUsable = "document.querySelector('#root input, #root textarea, #root nav') !== null";
// The main window started: its incident list shows the incidents (a returning user, not the first run).
const incidentListPainted = "document.querySelector('nav[aria-label=\"Incidents\"] button') !== null";

/** quick-note.ready (ms, median of cold loads) and quick-note.bundle-gz (KB), each with the main window as baseline. */
export async function quickNoteMetrics(origin: string, browser: Browser, rendererDir = resolve('out/renderer')): Promise<Metric[]> {
  const quick: number[] = [];
  const main: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Interleaved, so neither page always runs on a warmer machine.
    quick.push(await coldLoad(browser, `${origin}/quick-note.html`, caretInQuickNote));
    main.push(await coldLoad(browser, `${origin}/index.html`, mainWindowUsable));
  }
  const start: number[] = [];
  for (let i = 0; i < RUNS; i++) start.push(await coldLoad(browser, `${origin}/index.html`, incidentListPainted, (context) => returningUser(context, origin)));
  return [
    { name: 'quick-note.ready', unit: 'ms', value: round(median(quick), 1), baseline: round(median(main), 1), target: '<= 100 ms' },
    { name: 'app.start.main-window', unit: 'ms', value: round(median(start), 1), baseline: null, target: '<= 250 ms (cold load of index.html to the incident list painted, median)' },
    {
      name: 'quick-note.bundle-gz',
      unit: 'KB',
      value: gzippedKb(entryScripts(rendererDir, 'quick-note.html')),
      baseline: gzippedKb(entryScripts(rendererDir, 'index.html')),
      target: '<= 110 KB',
    },
  ];
}
