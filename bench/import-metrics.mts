// Importing a chat export, measured in Chromium through the main window as a person does it: a 50,000-message
// Slack export picked in the Import chat dialog, read in the worker to its preview, then written to the log.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { defineEsbuildName, launchOptions } from '../test/browser/support/chromium.ts';
import type { Harness } from '../test/harness/harness.ts';
import { largeSlackExport } from '../test/support/chat-export-fixtures.ts';
import { round, percentile, type Metric } from './metric.mts';

const MESSAGES = 50_000;
const ROUNDS = 3;

/**
 * The floor under the write: the same number of rows, shaped as imported entries, put into a fresh IndexedDB
 * store with the entries table's four indexes (schema v5; imported notes carry no phase, so they have no key in that one) in one strict transaction, without Sitrep or Dexie. The rows carry
 * storedAt as the app's do (changedAt only on changes, so none here).
 */
async function rawPuts(page: Page, count: number): Promise<number> {
  return page.evaluate(async (count) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open(`bench-raw-${Math.random()}`, 1);
      open.onupgradeneeded = () => {
        const store = open.result.createObjectStore('entries', { keyPath: 'id' });
        store.createIndex('order', ['incidentId', 'occurredAt', 'id']);
        store.createIndex('phase', ['phase', 'incidentId']);
        store.createIndex('storedAt', 'storedAt');
        store.createIndex('changedAt', 'changedAt');
      };
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const rows = Array.from({ length: count }, (_, i) => ({
      id: `slack-${1768385880 + i}.000100-C0INC4312-7b135062`, incidentId: '01KB0000000000000000000000', kind: 'note',
      text: `Error rate at ${i % 97}% on @Alice Moreau's dashboard panel ${i} (https://grafana.example/d/${i})`,
      occurredAt: 1768385880000 + i * 1700, capturedAt: 1768385880000 + i * 1700, editedAt: null, originalOccurredAt: null,
      author: 'Alice Moreau', source: 'import', deletedAt: null, milestone: null, storedAt: Date.now(),
    }));
    const start = performance.now();
    await new Promise((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite', { durability: 'strict' });
      for (const row of rows) tx.objectStore('entries').put(row);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return performance.now() - start;
  }, count);
}

/** ms from the file picked to the preview, and from Import to the result line. */
async function importOnce(page: Page, path: string): Promise<{ read: number; write: number }> {
  await page.keyboard.press('Alt+C');
  const dialog = page.getByRole('dialog', { name: 'Import chat' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByLabel('Chat export file').click();
  const started = Date.now();
  await (await chooser).setFiles(path);
  await page.waitForFunction(() => document.querySelector('[aria-label="Preview"]')?.textContent?.includes(' of '), undefined, { polling: 20, timeout: 120_000 });
  const read = Date.now() - started;
  // The whole channel: the bench incident was declared after the messages were posted.
  const from = dialog.getByRole('textbox', { name: /^From/ });
  await from.fill('');
  await page.waitForFunction(() => document.querySelector('[aria-label="Preview"]')?.textContent?.includes('Left out: 100 joins'), undefined, { polling: 20 });
  const button = dialog.getByRole('button', { name: /^Import [\d,]+ messages$/ });
  const writeStart = Date.now();
  await button.click();
  await page.waitForFunction(() => /added/.test(document.querySelector('.import-result')?.textContent ?? ''), undefined, { polling: 20, timeout: 120_000 });
  const write = Date.now() - writeStart;
  const result = await dialog.getByRole('status').textContent();
  if (result !== `${(MESSAGES - 100).toLocaleString('en')} added, 0 updated, 0 unchanged`) throw new Error(`The import wrote "${result}".`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return { read, write };
}

export async function importMetrics(origin: string): Promise<Metric[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-import-'));
  const browser = await chromium.launch(launchOptions());
  try {
    const path = join(dir, 'slack-export-50k.zip');
    writeFileSync(path, largeSlackExport(MESSAGES));
    const context = await browser.newContext();
    await context.addInitScript(defineEsbuildName);
    const harnessPage = await context.newPage();
    await harnessPage.goto(`${origin}/__harness/harness.html`);
    await harnessPage.waitForFunction(() => 'harness' in window);
    const rounds: { read: number; write: number }[] = [];
    const floors: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const title = `Chat import bench ${round + 1}`;
      await harnessPage.evaluate(async (title) => {
        const h = (window as unknown as { harness: Harness }).harness;
        await h.setUserName('Bench');
        await h.declare(title, 'major', 'Bench');
      }, title);
      const page = await context.newPage();
      await page.goto(`${origin}/index.html`);
      await page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: title }).first().click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      rounds.push(await importOnce(page, path));
      floors.push(await rawPuts(page, MESSAGES - 100));
      await page.close();
    }
    const total = rounds.map((r) => r.read + r.write);
    const floor = round(percentile(floors, 50), 0);
    // Medians of the rounds. The baseline of each is the raw IndexedDB write of the same rows in the same run.
    return [
      { name: 'import.slack.50k', unit: 'ms', value: round(percentile(total, 50), 0), baseline: floor, target: '<= 3000' },
      { name: 'import.slack.50k.read', unit: 'ms', value: round(percentile(rounds.map((r) => r.read), 50), 0), baseline: null, target: 'file picked to preview (part of the above)' },
      { name: 'import.slack.50k.write', unit: 'ms', value: round(percentile(rounds.map((r) => r.write), 50), 0), baseline: floor, target: 'Import to result line (part of the above)' },
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
