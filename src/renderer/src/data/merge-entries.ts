import Dexie from 'dexie';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { supersedes } from '../../../shared/domain/entry-versions';
import type { SitrepDatabase } from './db';
import { asLogged, asStored, type StoredEntry } from './stored-entry';
import type { AttachmentRow } from './row-schemas';
import { guardStorage } from './storage-error';
import { entriesOf } from './timeline-queries';
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
      const found = sortOut(entries, await storedCopies(db, entries), storedAt);
      await db.entries.bulkPut(found.updates);
      // An id the read above missed is held by another incident; it is sorted out against that copy instead.
      const elsewhere = await addNew(db, found.added);
      const clashes = sortOut(elsewhere, await db.entries.bulkGet(elsewhere.map((e) => e.id)), storedAt);
      await db.entries.bulkPut(clashes.updates);
      count.added = found.added.length - elsewhere.length;
      count.updated = found.updates.length + clashes.updates.length;
      count.unchanged = found.unchanged + clashes.unchanged;
      if (attachments.length > 0) {
        const storedFiles = await db.attachments.bulkGet(attachments.map((a) => a.id));
        await db.attachments.bulkAdd(attachments.filter((_, i) => !storedFiles[i]));
      }
    }),
  );
  return count;
}

/** Each entry against its stored copy (same position): new, a later copy of a stored one, or no change. */
function sortOut(entries: readonly TimelineEntry[], stored: readonly (StoredEntry | undefined)[], storedAt: number) {
  const added: StoredEntry[] = [];
  const updates: StoredEntry[] = [];
  let unchanged = 0;
  entries.forEach((entry, i) => {
    const before = stored[i];
    if (!before) added.push(asStored(entry, storedAt));
    else if (supersedes(entry, asLogged(before))) updates.push(asStored(entry, before.storedAt));
    else unchanged += 1;
  });
  return { added, updates, unchanged };
}

/** Above this many entries, one read of their incidents' keys finds which are stored, so a new import reads no rows at all. */
const KEY_READ_FROM = 1_000;

/**
 * The stored copy of each entry, or undefined. A large batch (a chat import, a shared incident) reads the keys
 * of the incidents it writes to, then only the rows that exist: one get per id is much slower (50,000 new
 * entries in Chromium on a loaded machine: 1.7 s of gets against a 12 ms key read). Reading the keys between
 * the batch's first and last id instead also read every other incident's copy of the same messages: the same
 * channel imported into a third incident took 259 ms more. So an id held by another incident is not found
 * here; addNew finds it.
 */
async function storedCopies(db: SitrepDatabase, entries: readonly TimelineEntry[]): Promise<(StoredEntry | undefined)[]> {
  const ids = entries.map((e) => e.id);
  if (ids.length < KEY_READ_FROM) return db.entries.bulkGet(ids);
  const present = new Set<string>();
  for (const incidentId of new Set(entries.map((e) => e.incidentId))) {
    for (const id of await entriesOf(db, incidentId).primaryKeys()) present.add(id);
  }
  const found = await db.entries.bulkGet(ids.filter((id) => present.has(id)));
  const byId = new Map(found.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  return ids.map((id) => byId.get(id));
}

/**
 * Adds rows believed new, and returns the entries of those whose id the log already holds (under another
 * incident). Only the refused rows fail: the rest are written and the transaction goes on.
 */
async function addNew(db: SitrepDatabase, rows: readonly StoredEntry[]): Promise<TimelineEntry[]> {
  try {
    await db.entries.bulkAdd(rows);
    return [];
  } catch (error) {
    if (!(error instanceof Dexie.BulkError)) throw error;
    const refused = Object.entries(error.failuresByPos);
    if (refused.some(([, cause]) => cause.name !== 'ConstraintError')) throw error;
    return refused.flatMap(([at]) => {
      const row = rows[Number(at)];
      return row ? [asLogged(row)] : [];
    });
  }
}
