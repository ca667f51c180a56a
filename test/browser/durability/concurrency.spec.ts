import { test, expect } from '../support/fixtures';
import { runConcurrentWriters } from '../../durability/concurrent-writers';

// The main window, the quick note and the checklist writing 300 entries each at once, with severity changes,
// status moves and handovers in between (the benchmark writes 1,000 each).
test('three windows writing at once lose and duplicate nothing, and the lifecycle and order hold', async ({ app }) => {
  const result = await runConcurrentWriters(app.context, app.origin, 300);
  expect(result.written).toBe(900);
  expect(result.lost).toEqual([]);
  expect(result.duplicated).toEqual([]);
  expect(result.problems).toEqual([]);
});
