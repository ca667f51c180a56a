// `npm run bench`: measures Sitrep's hot paths in Chromium and writes bench/results.json, one object per
// metric: { name, unit, value, baseline, target }. Not part of `npm test`: tests do not time things.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveRenderer } from '../test/browser/support/static-server.ts';
import type { Metric } from './metric.mts';
import { chromium } from '@playwright/test';
import { launchOptions } from '../test/browser/support/chromium.ts';
import { dataMetrics } from './data-metrics.mts';
import { quickNoteMetrics } from './quick-note-metrics.mts';
import { githubMetrics } from './github-metrics.mts';
import { durabilityMetrics } from './durability-metrics.mts';

const server = await serveRenderer();
const results: Metric[] = [];
try {
  results.push(...(await dataMetrics(server.origin)));
  console.error('bench: quick note cold load and bundle size…');
  const browser = await chromium.launch(launchOptions());
  try {
    results.push(...(await quickNoteMetrics(server.origin, browser)));
  } finally {
    await browser.close();
  }
  console.error('bench: analysis document and GitHub export against the local double…');
  results.push(...(await githubMetrics()));
  console.error('bench: 50 kill -9 rounds and three concurrent writers…');
  results.push(...(await durabilityMetrics(server.origin)));
} finally {
  await server.close();
}

const file = resolve('bench/results.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
for (const m of results) {
  const ratio = m.baseline ? `  (${(m.value / m.baseline).toFixed(2)}x baseline ${m.baseline} ${m.unit})` : '';
  console.log(`${m.name.padEnd(28)} ${String(m.value).padStart(10)} ${m.unit}${ratio}  target ${m.target}`);
}
console.log(`Wrote ${file}`);
