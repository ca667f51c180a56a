import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { supersedes } from '../../../shared/domain/entry-versions';
import type { SitrepDatabase } from './db';
import { asLogged, asStored, type StoredEntry } from './stored-entry';
import type { AttachmentRow } from './row-schemas';
import { guardStorage } from './storage-error';
import { checked, EntryInputError, requireIncidents } from './entry-repository';

/*
 * The way into the log for entries made elsewhere, whole: a chat import, another responder's machine, a restored
 * backup. Typed entries go through entry-repository's addEntries; both share its check. A module of its own so the
 * quick note, which only adds, does not load it.
 */

/** What mergeEntries did with the entries it was given. */
export interface MergeCount {
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Writes entries that were made elsewhere, whole (a chat import, another responder's machine), in one
 * transaction: all of them or none. An entry already in the log is replaced only by a copy that changed
 * later, so the same import or the same sync message twice changes nothing. Their times are kept as made:
 * another machine's clock may run a little ahead of this one's, so "not in the future" is not checked here.
 */
export async function mergeEntries(
  db: SitrepDatabase,
  incoming: readonly TimelineEntry[],
  /** Files of these entries (a chat import's), written in the same transaction; one already stored by id is kept. */
  attachments: readonly AttachmentRow[] = [],
): Promise<MergeCount> {
  const count: MergeCount = { added: 0, updated: 0, unchanged: 0 };
  if (incoming.length === 0) return count;
  const entries = incoming.map((entry) => checked(entry, Number.POSITIVE_INFINITY));
  const ids = new Set(entries.map((e) => e.id));
  if (attachments.some((a) => !ids.has(a.entryId))) throw new EntryInputError('A file belongs to an entry that is not being written with it; nothing was written.');
  const storedAt = Date.now();
  await guardStorage(() =>
    db.transaction('rw', [db.incidents, db.entries, db.attachments], async () => {
      await requireIncidents(db, [...new Set(entries.map((e) => e.incidentId))]);
      const stored = await storedCopies(db, entries.map((e) => e.id));
      const writes: StoredEntry[] = [];
      entries.forEach((entry, i) => {
        const before = stored[i];
        if (!before) {
          count.added += 1;
          writes.push(asStored(entry, storedAt));
        } else if (supersedes(entry, asLogged(before))) {
          count.updated += 1;
          writes.push(asStored(entry, before.storedAt));
        } else {
          count.unchanged += 1;
        }
      });
      await db.entries.bulkPut(writes);
      if (attachments.length > 0) {
        const storedFiles = await db.attachments.bulkGet(attachments.map((a) => a.id));
        await db.attachments.bulkAdd(attachments.filter((_, i) => !storedFiles[i]));
      }
    }),
  );
  return count;
}

/** Above this many ids, one key-range read finds which are stored, so a new import reads no rows at all. */
const RANGE_READ_FROM = 1_000;

/**
 * The stored copy of each id, or undefined. A large batch (a chat import) has ids that sort close together,
 * so reading the keys between its first and last id and then only the rows that exist is much quicker than
 * one get per id (50,000 new entries in Chromium on a loaded machine: 1.7 s of gets became a 12 ms key read).
 */
async function storedCopies(db: SitrepDatabase, ids: string[]): Promise<(StoredEntry | undefined)[]> {
  if (ids.length < RANGE_READ_FROM) return db.entries.bulkGet(ids);
  const sorted = [...ids].sort();
  const present = new Set(await db.entries.where(':id').between(sorted[0], sorted.at(-1), true, true).primaryKeys());
  const found = await db.entries.bulkGet(ids.filter((id) => present.has(id)));
  const byId = new Map(found.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  return ids.map((id) => byId.get(id));
}
