import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { safeUnzip } from '../../../src/shared/import/safe-unzip';
import { importRefusal } from './import-refusal';

const limits = { maxZipBytes: 10 * 1024 * 1024, maxTotalBytes: 10 * 1024 * 1024, maxEntries: 50 };

/** A day of messages, large enough that each day file spans several of the pieces the zip is read in. */
function day(date: string): Uint8Array {
  return strToU8(JSON.stringify(Array.from({ length: 3000 }, (_, i) => ({ ts: `${1768385880 + i}.000100`, user: 'U1', text: `${date} update ${i}` }))));
}

// A download that stopped part-way must not become an import of the days that happened to arrive: the user
// would see a timeline with a gap and no reason for it.
describe('a Slack export whose download was cut short', () => {
  it.each([0.3, 0.6, 0.9])('is refused as damaged when cut at %f of its length', async (share) => {
    for (const level of [0, 6] as const) {
      const zip = zipSync({ 'users.json': strToU8('[{"id":"U1","name":"alice"}]'), 'general/2026-01-14.json': day('14'), 'general/2026-01-15.json': day('15') }, { level });
      const cut = zip.subarray(0, Math.floor(zip.byteLength * share));
      expect(await importRefusal(() => safeUnzip(cut, () => true, limits))).toBe(
        'This zip is damaged or uses a compression Sitrep cannot read. Download the export again and import the new file.',
      );
    }
  });
});
