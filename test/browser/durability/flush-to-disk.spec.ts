import { execFileSync } from 'node:child_process';
import { test, expect } from '../support/fixtures';
import { countFlushesPerWrite } from '../../durability/flush-count';

function straceWorks(): boolean {
  try {
    execFileSync('strace', ['-e', 'trace=none', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The kill test cannot tell a flushed write from one still in the OS page cache (a SIGKILL keeps both); a
// power cut loses the second kind. Counted with strace: each save the app acknowledges makes Chromium flush
// to disk, as bare strict puts do and relaxed ones do not.
test('every acknowledged save is flushed to disk, which relaxed durability would not do', async ({ server }) => {
  test.skip(process.platform !== 'linux' || !straceWorks(), 'needs strace allowed to attach to Chromium (Linux); flushes were not counted');
  const counts = await countFlushesPerWrite(server.origin, 40);
  test.info().annotations.push({ type: 'flushes', description: JSON.stringify(counts) });
  // The contrast first: if relaxed puts flushed as often, this count would prove nothing.
  const seen = `flushes counted: ${JSON.stringify(counts)}`;
  expect(counts.relaxedPuts, seen).toBeLessThan(counts.writes / 4);
  expect(counts.strictPuts, seen).toBeGreaterThanOrEqual(counts.writes);
  expect(counts.appAppends, seen).toBeGreaterThanOrEqual(counts.writes);
});
