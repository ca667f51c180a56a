import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../src/renderer/src/data/backup';
import type { SitrepDatabase } from '../../../src/renderer/src/data/db';
import { addEntry } from '../../../src/renderer/src/data/entry-repository';
import { CURRENT_SCHEMA_VERSION } from '../../../src/renderer/src/data/schema';
import { MAX_ENTRY_TEXT } from '../../../src/shared/domain/timeline-entry';
import { logContents, type LogContents } from './backup-arbitraries';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';
import { asLogged } from '../../../src/renderer/src/data/stored-entry';

afterEach(closeAll);

async function seed(db: SitrepDatabase, log: LogContents): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await db.incidents.bulkPut(log.incidents);
    await db.entries.bulkPut(log.entries);
    await db.settings.bulkPut(log.settings);
    await db.checklistTemplates.bulkPut(log.checklistTemplates);
    await db.incidentChecklists.bulkPut(log.incidentChecklists);
    await db.attachments.bulkPut(
      log.attachments.map(({ bytes, ...meta }) => ({ ...meta, blob: new Blob([new Uint8Array(bytes)], { type: meta.mimeType }) })),
    );
  });
}

/** Everything in the database, blobs as byte arrays, in primary-key order. */
async function contents(db: SitrepDatabase) {
  const attachments = await db.attachments.toArray();
  return {
    incidents: await db.incidents.toArray(),
    entries: (await db.entries.toArray()).map(asLogged),
    settings: await db.settings.toArray(),
    checklistTemplates: await db.checklistTemplates.toArray(),
    incidentChecklists: await db.incidentChecklists.toArray(),
    attachments: await Promise.all(
      attachments.map(async ({ blob, ...meta }) => ({ ...meta, type: blob.type, bytes: [...new Uint8Array(await blob.arrayBuffer())] })),
    ),
  };
}

async function populated(): Promise<SitrepDatabase> {
  const db = freshDatabase();
  const incident = await declared(db);
  await addEntry(db, { incidentId: incident.id, kind: 'note', text: 'Rolled back 4711 ✅', author: 'Dana', source: 'composer' });
  await db.attachments.put({ id: 'a1', entryId: 'e1', incidentId: incident.id, blob: new Blob(['graph']), mimeType: 'image/png', name: 'graph.png', createdAt: 1 });
  return db;
}

describe('backup round trip', () => {
  it('restores arbitrary logs exactly, Unicode and attachments included', async () => {
    await fc.assert(
      fc.asyncProperty(logContents, async (log) => {
        const source = freshDatabase();
        await seed(source, log);
        const before = await contents(source);
        const text = await exportBackup(source);
        const target = freshDatabase();
        const outcome = await restoreBackup(target, text);
        expect(outcome).toEqual({ ok: true, incidents: log.incidents.length, entries: log.entries.length });
        expect(await contents(target)).toEqual(before);
        closeAll();
      }),
      { numRuns: propertyRuns(40) },
    );
    // Forty pairs of databases take a second or two, several times that on a busy machine.
  }, 30_000);

  it('writes the format marker, the schema version and the export time', async () => {
    const db = await populated();
    const backup = JSON.parse(await exportBackup(db));
    expect(backup).toMatchObject({ format: 'sitrep-backup', schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: expect.any(Number) });
    expect(backup.attachments[0].data).toBe(btoa('graph'));
  });

  it('merges by id: rows the file has replace those here, rows it lacks stay', async () => {
    const db = await populated();
    const text = await exportBackup(db);
    const [incident] = await db.incidents.toArray();
    const later = await addEntry(db, { incidentId: incident!.id, kind: 'note', text: 'written after the backup', author: 'Dana', source: 'composer' });
    await db.incidents.update(incident!.id, { title: 'Renamed after the backup' });
    expect(await restoreBackup(db, text)).toMatchObject({ ok: true });
    expect(await db.entries.get(later.id)).toEqual(later);
    expect((await db.incidents.get(incident!.id))?.title).toBe(incident!.title);
  });
});

describe('restore refuses bad files and changes nothing', () => {
  const refusals: [string, (good: string) => string, RegExp][] = [
    ['truncated', (good) => good.slice(0, Math.floor(good.length / 2)), /not complete JSON/],
    ['empty', () => '', /not complete JSON/],
    ['foreign JSON', () => JSON.stringify({ version: 1, items: [] }), /not a Sitrep backup/],
    ['a JSON array', () => '[1,2,3]', /not a Sitrep backup/],
    ['binary junk', () => 'PK\u0003\u0004\u0000\u0000garbage', /not complete JSON/],
    ['from a newer Sitrep', (good) => JSON.stringify({ ...JSON.parse(good), schemaVersion: CURRENT_SCHEMA_VERSION + 1 }), /newer Sitrep.*Update Sitrep/],
    [
      'an entry of an unknown kind',
      (good) => {
        const backup = JSON.parse(good);
        backup.entries[0].kind = 'gossip';
        return JSON.stringify(backup);
      },
      /damaged: entries\.0\.kind/,
    ],
    [
      'an entry over the size limit',
      (good) => {
        const backup = JSON.parse(good);
        backup.entries[0].text = 'x'.repeat(MAX_ENTRY_TEXT + 1);
        return JSON.stringify(backup);
      },
      /damaged: entries\.0\.text/,
    ],
    [
      'an entry whose incident is missing',
      (good) => {
        const backup = JSON.parse(good);
        backup.entries[0].incidentId = 'elsewhere';
        return JSON.stringify(backup);
      },
      /damaged: entry .* not in the file/,
    ],
    [
      'a duplicated entry',
      (good) => {
        const backup = JSON.parse(good);
        backup.entries.push({ ...backup.entries[0], text: 'changed' });
        return JSON.stringify(backup);
      },
      /appears twice/,
    ],
    [
      'an extra top-level field',
      (good) => JSON.stringify({ ...JSON.parse(good), sneaky: true }),
      /damaged/,
    ],
    [
      'attachment data that is not base64',
      (good) => {
        const backup = JSON.parse(good);
        backup.attachments[0].data = '***';
        return JSON.stringify(backup);
      },
      /damaged: attachments\.0\.data/,
    ],
  ];

  for (const [what, corrupt, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const db = await populated();
      const good = await exportBackup(db);
      // Restore into a second log with its own rows, which must stay exactly as they are.
      const target = await populated();
      const before = await contents(target);
      const outcome = await restoreBackup(target, corrupt(good));
      expect(outcome.ok).toBe(false);
      if (outcome.ok) return;
      expect(outcome.message).toMatch(message);
      expect(outcome.message).toMatch(/Nothing was changed\.$/);
      expect(await contents(target)).toEqual(before);
    });
  }

  it('refuses a file larger than the limit before parsing it', async () => {
    const db = await populated();
    const before = await contents(db);
    const outcome = await restoreBackup(db, `{"format":"sitrep-backup",${' '.repeat(5_000)}}`, { maxChars: 4_000 });
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/too large/) });
    expect(await contents(db)).toEqual(before);
  });

  it('refuses a backup cut at any point', async () => {
    const db = await populated();
    const good = await exportBackup(db);
    const target = await populated();
    const before = await contents(target);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: good.length - 1 }), async (cut) => {
        expect((await restoreBackup(target, good.slice(0, cut))).ok).toBe(false);
      }),
      { numRuns: propertyRuns(60) },
    );
    expect(await contents(target)).toEqual(before);
  });

  it('rolls every table back when the disk fills up half way through', async () => {
    const good = await exportBackup(await populated());
    const target = freshDatabase();
    const before = await contents(target);
    const full = secondWindow(target);
    full.use({
      stack: 'dbcore',
      name: 'attachments-disk-full',
      create: (down) => ({
        ...down,
        table: (name) =>
          name === 'attachments'
            ? { ...down.table(name), mutate: () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')) }
            : down.table(name),
      }),
    });
    const outcome = await restoreBackup(full, good);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/disk is full.*Nothing was changed\.$/s) });
    expect(await contents(target)).toEqual(before);
  });
});
