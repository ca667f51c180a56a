import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { DEFAULT_UNZIP_LIMITS, safeUnzip } from '../../../src/shared/import/safe-unzip';

const roomy = { maxZipBytes: 10 * 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024, maxEntries: 5_000 };

function filesOf(count: number): Record<string, Uint8Array> {
  return Object.fromEntries(Array.from({ length: count }, (_, i) => [`d/${i}.json`, strToU8('[]')]));
}

describe('safeUnzip at its limits', () => {
  it('takes a zip of exactly the most files, and names the limit with thousands separators when over it', async () => {
    const limits = { ...roomy, maxEntries: 1_500 };
    expect((await safeUnzip(zipSync(filesOf(1_500)), () => true, limits)).size).toBe(1_500);
    await expect(safeUnzip(zipSync(filesOf(1_501)), () => true, limits)).rejects.toThrow(
      "This zip holds more than 1,500 files, more than a chat export of one incident does. Export only the incident's channel and days, then import that.",
    );
  });

  it('takes as many small files as the default limit allows', async () => {
    // Stored, not deflated: what is tested is walking 20,000 entries, and Node's DecompressionStream is slow to start.
    const zip = zipSync(filesOf(DEFAULT_UNZIP_LIMITS.maxEntries), { level: 0 });
    expect((await safeUnzip(zip, () => true)).size).toBe(DEFAULT_UNZIP_LIMITS.maxEntries);
  });

  it('takes a zip that unpacks to exactly the most bytes', async () => {
    const zip = zipSync({ 'a.json': new Uint8Array(3000), 'b.json': new Uint8Array(1000) });
    expect((await safeUnzip(zip, () => true, { ...roomy, maxTotalBytes: 4000 })).size).toBe(2);
    await expect(safeUnzip(zip, () => true, { ...roomy, maxTotalBytes: 3999 })).rejects.toThrowMessage(/unpacks to more than 3\.9 KB/);
  });

  it('takes a zip file of exactly the largest size, and refuses one a byte larger', async () => {
    const zip = zipSync({ 'a.json': strToU8('[1]') });
    expect((await safeUnzip(zip, () => true, { ...roomy, maxZipBytes: zip.byteLength })).size).toBe(1);
    await expect(safeUnzip(zip, () => true, { ...roomy, maxZipBytes: zip.byteLength - 1 })).rejects.toThrowMessage(/^This export is \d+ bytes; Sitrep imports exports up to \d+ bytes\./);
  });

  it('reads an empty zip as holding nothing', async () => {
    expect((await safeUnzip(zipSync({}), () => true, roomy)).size).toBe(0);
  });

  it('skips folders, and joins a large file inflated in many pieces byte for byte', async () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const zip = zipSync({ 'd/': new Uint8Array(0), 'd/big.bin': big });
    const files = (await safeUnzip(zip, () => true, roomy));
    expect([...files.keys()]).toEqual(['d/big.bin']);
    expect(Buffer.from(files.get('d/big.bin') ?? []).equals(big)).toBe(true);
  });

  it('reports how much of the entries it has inflated, ending at the whole of them', async () => {
    const zip = zipSync({ 'a.bin': new Uint8Array(200_000).map((_, i) => (i * 31) % 256), 'b.bin': new Uint8Array(300_000).fill(7) });
    const seen: [number, number][] = [];
    (await safeUnzip(zip, () => true, roomy, (read, total) => seen.push([read, total])));
    expect(seen.length).toBeGreaterThan(1);
    // The entries as stored: the zip less its headers (a few dozen bytes per entry and the directory).
    const stored = seen[0]?.[1] ?? 0;
    expect(stored).toBeGreaterThan(zip.byteLength - 300);
    expect(stored).toBeLessThan(zip.byteLength);
    expect(seen.every(([, total]) => total === stored)).toBe(true);
    expect(seen.at(-1)?.[0]).toBe(stored);
    expect(seen.map(([read]) => read)).toEqual([...seen.map(([read]) => read)].sort((a, b) => a - b));
  });
});
