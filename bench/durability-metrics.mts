// Durability figures: acknowledged entries lost across 50 SIGKILLs of Chromium mid-write, and entries lost or
// duplicated when three windows write 1,000 entries each at once. Counts, not times: the target is zero.
import { chromium } from '@playwright/test';
import { launchOptions } from '../test/browser/support/chromium.ts';
import { defineEsbuildName } from '../test/browser/support/chromium.ts';
import { runKillRounds } from '../test/durability/kill-round.ts';
import { runConcurrentWriters } from '../test/durability/concurrent-writers.ts';
import type { Metric } from './metric.mts';

const KILL_ROUNDS = 50;
const PER_WRITER = 1_000;

async function killMetrics(origin: string): Promise<Metric[]> {
  const summary = await runKillRounds({ origin, rounds: KILL_ROUNDS });
  for (const round of summary.rounds) {
    const problems = [...round.lost, ...round.lifecycleProblems, ...round.corruption, ...round.stalls, ...round.storageLog];
    for (const problem of problems) console.error(`kill round ${round.round}: ${problem}`);
  }
  return [
    { name: 'durability.kill.lost', unit: 'count', value: summary.lost, baseline: null, target: `0 (over ${KILL_ROUNDS} kill -9 rounds)` },
    { name: 'durability.kill.checked', unit: 'count', value: summary.checked, baseline: null, target: `acknowledged entries checked after ${KILL_ROUNDS} kills` },
    { name: 'durability.kill.duplicated', unit: 'count', value: summary.duplicated, baseline: null, target: '0' },
    { name: 'durability.kill.stalls', unit: 'count', value: summary.stalls, baseline: null, target: '0 (IndexedDB stopped answering; force-quit and restarted)' },
    { name: 'durability.kill.lifecycle', unit: 'count', value: summary.lifecycleProblems, baseline: null, target: '0 (incident state or invariant wrong after a restart)' },
  ];
}

async function concurrencyMetrics(origin: string): Promise<Metric[]> {
  const browser = await chromium.launch(launchOptions());
  try {
    const context = await browser.newContext();
    await context.addInitScript(defineEsbuildName);
    const result = await runConcurrentWriters(context, origin, PER_WRITER);
    for (const problem of result.problems) console.error(`concurrency: ${problem}`);
    return [
      { name: 'concurrency.lost', unit: 'count', value: result.lost.length, baseline: null, target: `0 (of ${result.written} entries from 3 windows writing at once)` },
      { name: 'concurrency.duplicated', unit: 'count', value: result.duplicated.length, baseline: null, target: '0' },
      { name: 'concurrency.problems', unit: 'count', value: result.problems.length, baseline: null, target: '0 (lifecycle invariants, lost updates, unstable order)' },
    ];
  } finally {
    await browser.close();
  }
}

/** Needs out/renderer and out/harness served at `origin` (serveRenderer does both). */
export async function durabilityMetrics(origin: string): Promise<Metric[]> {
  return [...(await killMetrics(origin)), ...(await concurrencyMetrics(origin))];
}
