import type { Transaction } from 'dexie';
import { PHASE_KINDS, type PhaseKind, type StoredEntry } from './stored-entry';

/**
 * Every version of the on-disk schema, oldest first. Dexie needs the whole history to upgrade a profile
 * that has not opened the app for a while, so versions are only ever appended, never edited.
 *
 * To add version 2: append `{ version: 2, stores: { ...only the tables whose indexes change... },
 * upgrade: async (tx) => { ...rewrite rows... } }`, bump nothing else, and add a case to
 * test/unit/data/schema-upgrade.test.ts that opens a v1 database written out literally and checks
 * that every row survived. If the rows themselves change shape, backup.ts must also upgrade the rows of a
 * backup whose schemaVersion is older (restore refuses only newer ones).
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes. Tables not listed keep their previous spec. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      incidents: 'id, status, declaredAt',
      // [incidentId+occurredAt+id] pages a timeline in order, stable for equal times, without reading it all.
      entries: 'id, [incidentId+occurredAt+id], incidentId, capturedAt, editedAt',
      settings: 'key',
      checklistTemplates: 'severity',
      incidentChecklists: 'incidentId',
      attachments: 'id, entryId, incidentId',
    },
  },
  {
    version: 2,
    stores: {
      // [incidentId+kind] reads an incident's few milestones, severity changes and handovers (the header's phase
      // bar) without reading its whole timeline, and a live query on it wakes only when one of those changes, not
      // on every note (scanning 50,000 entries per note took capture-to-paint from 20 ms to 740 ms).
      entries: 'id, [incidentId+occurredAt+id], incidentId, [incidentId+kind], capturedAt, editedAt',
    },
  },
  {
    version: 3,
    stores: {
      // storedAt: when a row reached this log (StoredEntry), so the timeline counts rows arriving from an import,
      // a sync or a restore, whose capturedAt is old. changedAt: when it was last edited, deleted or restored.
      // Team sync reads both to find what to hand over without reading a shared incident whole. Rows without the
      // field are simply not in its index. capturedAt and editedAt are no longer read through an index, and every
      // index is one more write on the path a note waits for (and 50,000 of them on a chat import), so they go.
      // So does incidentId: Dexie answers where('incidentId') from the first part of [incidentId+kind] (its
      // "virtual index"), which holds one row per entry just the same.
      entries: 'id, [incidentId+occurredAt+id], [incidentId+kind], storedAt, changedAt',
    },
  },
  {
    version: 4,
    stores: {
      // [phase+incidentId]: the header's phase bar reads an incident's milestones, severity changes and handovers
      // through it. Only those rows carry `phase` (StoredEntry), and a row without it is in no key of the index,
      // so a note writes nothing to it. phase leads the key: Dexie answers where('incidentId') from the shortest
      // compound index starting with incidentId, which must stay one that holds every row.
      entries: 'id, [incidentId+occurredAt+id], [incidentId+kind], [phase+incidentId], storedAt, changedAt',
    },
    // Rows on disk get their phase, found through [incidentId+kind] while it still exists (version 5 drops it).
    upgrade: async (tx) => {
      const incidentIds = (await tx.table('incidents').toCollection().primaryKeys()) as string[];
      const keys = incidentIds.flatMap((id) => PHASE_KINDS.map((kind) => [id, kind]));
      await tx.table('entries').where('[incidentId+kind]').anyOf(keys).modify((row: StoredEntry) => {
        row.phase = row.kind as PhaseKind;
      });
    },
  },
  {
    version: 5,
    stores: {
      // [incidentId+kind] held one key per row, written by every note and 50,000 times by a chat import;
      // [phase+incidentId] answers what it was for. where('incidentId') is now answered from the first part of
      // [incidentId+occurredAt+id].
      entries: 'id, [incidentId+occurredAt+id], [phase+incidentId], storedAt, changedAt',
    },
  },
];

export const CURRENT_SCHEMA_VERSION: number = Math.max(...schemaVersions.map((v) => v.version));
