import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { safeUnzip } from '../../../src/shared/import/safe-unzip';
import { importRefusal } from './import-refusal';
import { oneFileHeaders } from './zip-headers';

const limits = { maxZipBytes: 10 * 1024 * 1024, maxTotalBytes: 1024 * 1024, maxEntries: 50 };

/** What the user reads: the refusal must be a ChatImportError, whose message the dialog shows as it is. */
const refusal = (zip: Uint8Array): Promise<string> => importRefusal(() => safeUnzip(zip, () => true, limits));

/** Bytes that do not compress, so a file of them spans many of the pieces the zip is read in. */
function noise(length: number): Uint8Array {
  let seed = 20261129;
  return new Uint8Array(length).map(() => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 24;
  });
}

describe('what a zip Sitrep cannot read says', () => {
  it('a damaged zip says it is damaged and what to do', async () => {
    const zip = zipSync({ 'users.json': strToU8(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ id: `U${i}` })))) });
    const damaged = zip.slice();
    for (let i = 40; i < 200; i += 1) damaged[i] = 0xff;
    expect(await refusal(damaged)).toBe('This zip is damaged or uses a compression Sitrep cannot read. Download the export again and import the new file.');
  });

  it('a file packed with a method other than deflate says the compression cannot be read', async () => {
    const zip = zipSync({ 'users.json': strToU8('[{"id": "U1"}]') });
    // The method, 14 (LZMA), in the local header and in the central directory.
    const { view, local, central } = oneFileHeaders(zip);
    view.setUint16(local + 8, 14, true);
    view.setUint16(central + 10, 14, true);
    expect(await refusal(zip)).toBe('This zip is damaged or uses a compression Sitrep cannot read. Download the export again and import the new file.');
  });

  it('a zip with too many files says so', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d/${i}.json`, strToU8('[]')]));
    expect(await refusal(zipSync(many))).toMatch(/^This zip holds more than 50 files/);
  });

  it('a zip bomb says so', async () => {
    expect(await refusal(zipSync({ 'channels.json': new Uint8Array(4 * 1024 * 1024) }, { level: 9 }))).toMatch(/^This zip unpacks to more than 1\.0 MB/);
  });

  it.each([
    ['a macOS installer ("PKG…")', 'PKG installer'],
    ['notes starting with P', 'Pasted notes'],
    ['a header that only ends like a zip\'s', 'OK\u0003\u0004 not a zip'],
    ['an end marker without its first letter', '\u0000K\u0005\u0006'],
    ['a third byte of 3 alone', 'ab\u0003\u0004'],
    ['a P and a third byte of 3 without the K', 'P\u0000\u0003\u0004'],
  ])('%s is not a zip archive', async (_label, text) => {
    expect(await refusal(strToU8(text))).toBe('This file is not a zip archive. Choose the .zip file Slack exported, or a Teams messages .json file.');
  });
});

describe('a large file inside the zip', () => {
  it('is unpacked byte for byte, however many pieces it arrives in', async () => {
    const big = noise(300_000);
    const files = (await safeUnzip(zipSync({ 'u/F1/capture.bin': big }), () => true, { ...limits, maxTotalBytes: 10 * 1024 * 1024 }));
    expect(Buffer.from(files.get('u/F1/capture.bin') ?? []).equals(big)).toBe(true);
  });
});
