import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { safeUnzip } from '../../../src/shared/import/safe-unzip';

const limits = { maxZipBytes: 10 * 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024, maxEntries: 50 };
const KIB_64 = 64 * 1024;
const DAY = 'general/2026-01-14.json';

/** A stored (not deflated) zip of one day file, padded so the whole zip is exactly `zipBytes` long. */
function zipOfSize(zipBytes: number): { zip: Uint8Array; dayBytes: number } {
  const dayBytes = zipBytes - zipSync({ [DAY]: new Uint8Array(0) }, { level: 0 }).byteLength;
  const zip = zipSync({ [DAY]: new Uint8Array(dayBytes).fill(0x20) }, { level: 0 });
  expect(zip.byteLength).toBe(zipBytes);
  return { zip, dayBytes };
}

// Entries are inflated in 64 KiB pieces; an export that ends exactly where a piece ends is as ordinary as any other.
describe('an export whose size is a whole number of 64 KiB', () => {
  it.each([1, 2, 3])('is read in full when it is %i x 64 KiB, not called damaged', async (pieces) => {
    const { zip, dayBytes } = zipOfSize(pieces * KIB_64);
    const progress: number[] = [];
    const files = (await safeUnzip(zip, () => true, limits, (read) => progress.push(read)));
    expect(files.get(DAY)?.byteLength).toBe(dayBytes);
    expect(progress.at(-1)).toBe(dayBytes);
  });
});
