import { test, expect } from '../support/fixtures';
import { runKillRounds } from '../../durability/kill-round';

// Chromium on a persistent profile, SIGKILLed mid-write three times (the benchmark runs fifty): every entry
// the page acknowledged is there after the restart, with identical text, and the incident's lifecycle holds.
test('no acknowledged entry is lost when the browser is killed with SIGKILL mid-write', async ({ server }) => {
  const summary = await runKillRounds({ origin: server.origin, rounds: 3 });
  expect(summary.rounds).toHaveLength(3);
  // Each round acknowledged at least the entries the kill waited for, so the check below covers real writes.
  for (const round of summary.rounds) expect(round.acknowledged).toBeGreaterThanOrEqual(20);
  expect(summary.rounds.flatMap((r) => r.lost)).toEqual([]);
  expect(summary.duplicated).toBe(0);
  expect(summary.rounds.flatMap((r) => r.lifecycleProblems)).toEqual([]);
});
