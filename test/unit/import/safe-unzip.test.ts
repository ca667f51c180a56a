import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { safeUnzip } from '../../../src/shared/import/safe-unzip';
import { ChatImportError } from '../../../src/shared/import/import-error';
import { oneFileHeaders } from './zip-headers';

const limits = { maxZipBytes: 10 * 1024 * 1024, maxTotalBytes: 1024 * 1024, maxEntries: 50 };

describe('safeUnzip', () => {
  it('unpacks the entries asked for and skips the rest', async () => {
    const zip = zipSync({ 'a.json': strToU8('[1]'), 'b.bin': new Uint8Array(10) });
    const files = (await safeUnzip(zip, (path) => path.endsWith('.json'), limits));
    expect([...files.keys()]).toEqual(['a.json']);
    expect(new TextDecoder().decode(files.get('a.json'))).toBe('[1]');
  });

  it('stops a zip bomb as it inflates: a few KB that unpack past the limit', async () => {
    // 8 MB of zeros deflate to about 8 KB; the limit is 1 MB of output.
    const zip = zipSync({ 'channels.json': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    expect(zip.byteLength).toBeLessThan(64 * 1024);
    await expect(safeUnzip(zip, () => true, limits)).rejects.toThrowMessage(/unpacks to more than 1\.0 MB.*\(a "zip bomb"\)\. Nothing was imported\./);
  });

  it('stops a bomb whose headers claim small sizes: the output is counted, not the header', async () => {
    const zip = zipSync({ 'users.json': new Uint8Array(4 * 1024 * 1024) }, { level: 9 });
    // Rewrite the uncompressed size in the local header and the central directory to 10 bytes.
    const { view, local, central } = oneFileHeaders(zip);
    view.setUint32(local + 22, 10, true);
    view.setUint32(central + 24, 10, true);
    await expect(safeUnzip(zip, () => true, limits)).rejects.toThrow(ChatImportError);
    await expect(safeUnzip(zip, () => true, limits)).rejects.toThrowMessage(/zip bomb/);
  });

  it('refuses a zip with more entries than a chat export has', async () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d/${i}.json`, strToU8('[]')]));
    await expect(safeUnzip(zipSync(many), () => true, limits)).rejects.toThrowMessage(/more than 50 files/);
  });

  it('names a damaged zip as damaged', async () => {
    const zip = zipSync({ 'users.json': strToU8(JSON.stringify(Array.from({ length: 500 }, (_, i) => ({ id: `U${i}` })))) });
    const damaged = zip.slice();
    for (let i = 40; i < 200; i += 1) damaged[i] = 0xff;
    await expect(safeUnzip(damaged, () => true, limits)).rejects.toThrowMessage(/This zip is damaged/);
  });
});
