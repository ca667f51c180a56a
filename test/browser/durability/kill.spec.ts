import { test, expect } from '../support/fixtures';
import { runKillRounds } from '../../durability/kill-round';

// Chromium on a persistent profile, SIGKILLed mid-write three times (the benchmark runs fifty), with the
// composer's, the quick note's and the checklist's save paths all writing: every entry acknowledged in any
// round is there after each restart with every field as saved, and the incident holds exactly the state of
// its last acknowledged lifecycle action. test/browser/durability/planted-bugs.spec.ts shows these checks fail
// when a bug is planted.
test('no acknowledged entry or lifecycle change is lost when the browser is killed with SIGKILL mid-write', async ({ server }) => {
  const summary = await runKillRounds({ origin: server.origin, rounds: 3 });
  expect(summary.rounds).toHaveLength(3);
  // Each round acknowledged at least the entries the kill waited for, so the check below covers real writes.
  for (const round of summary.rounds) expect(round.acknowledged).toBeGreaterThanOrEqual(20);
  expect(summary.problems).toEqual([]);
  // A stall of Chromium's IndexedDB (seen about once in a hundred rounds on a loaded machine) loses nothing
  // acknowledged and is force-quit by the round; it is reported, not failed on.
  for (const stall of summary.rounds.flatMap((r) => r.stalls)) test.info().annotations.push({ type: 'IndexedDB stall', description: stall });
});
