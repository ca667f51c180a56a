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
import { shellMetrics } from './shell-metrics.mts';
import { scaleMetrics } from './scale-metrics.mts';
import { writeReport } from './report.mts';
import { importMetrics } from './import-metrics.mts';
import { syncMetrics } from './sync-metrics.mts';
import { markdownSideBySide } from './markdown-side-by-side.mts';
import { mrkdwnSideBySide } from './mrkdwn-side-by-side.mts';

async function quickNote(origin: string): Promise<Metric[]> {
  const browser = await chromium.launch(launchOptions());
  try {
    return await quickNoteMetrics(origin, browser);
  } finally {
    await browser.close();
  }
}

const groups: Record<string, { about: string; run: (origin: string) => Promise<Metric[]> }> = {
  data: { about: 'durable append, capture-to-paint, 50k timeline, search over 100k', run: dataMetrics },
  'quick-note': { about: 'quick note cold load and bundle size', run: quickNote },
  export: { about: 'analysis document and GitHub export against the local double', run: () => githubMetrics() },
  markdown: { about: 'the analysis Markdown writer beside mdast-util-to-markdown, the mrkdwn reader beside slack-message-parser', run: async () => [...markdownSideBySide(), ...mrkdwnSideBySide()] },
  durability: { about: '50 kill -9 rounds and three concurrent writers', run: durabilityMetrics },
  shell: { about: 'the built app on the Electron stand-in: start to first paint, shortcut to caret', run: () => shellMetrics() },
  scale: { about: 'costs from 10k to 1m entries: first paint, capture, search beside MiniSearch and FlexSearch, document build, ids', run: scaleMetrics },
  import: { about: 'a 50,000-message Slack export through the Import chat dialog', run: importMetrics },
  sync: { about: 'team sync: note to paint across two Sitreps, 10k offline entries converging, server memory', run: () => syncMetrics() },
};
// `npm run bench` runs every group; `npx tsx bench/run.mts data` runs the ones named (and writes only those).
const chosen = process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(groups);
const unknown = chosen.filter((name) => !(name in groups));
if (unknown.length > 0) throw new Error(`Unknown benchmark group ${unknown.join(', ')}; choose from ${Object.keys(groups).join(', ')}.`);

const server = await serveRenderer(undefined, 0, { isolated: true });
const results: Metric[] = [];
try {
  for (const name of chosen) {
    const group = groups[name]!;
    console.error(`bench: ${group.about}…`);
    const started = performance.now();
    try {
      results.push(...(await group.run(server.origin)));
      // The whole bench must stay within 15 minutes on a two-core machine: each group says what it took.
      console.error(`bench: the ${name} group took ${((performance.now() - started) / 1_000).toFixed(0)} s`);
    } catch (error) {
      // One group's failure is a finding to report, not a reason to throw away the others' figures.
      console.error(`bench: the ${name} group failed and has no figures in this run: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
} finally {
  await server.close();
}

const complete = chosen.length === Object.keys(groups).length;
const file = resolve(complete ? 'bench/results.json' : 'bench/results.partial.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
const report = resolve(complete ? 'bench/report.html' : 'bench/report.partial.html');
writeReport(report, results);
for (const m of results) {
  const ratio = m.baseline ? `  (${(m.value / m.baseline).toFixed(2)}x baseline ${m.baseline} ${m.unit})` : '';
  console.log(`${m.name.padEnd(28)} ${String(m.value).padStart(10)} ${m.unit}${ratio}  target ${m.target}`);
}
console.log(`Wrote ${file} and ${report}`);
