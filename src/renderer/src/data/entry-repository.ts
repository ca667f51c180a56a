import { newId } from '../../../shared/domain/ids';
import { makeEntry, type NewEntryInput } from '../../../shared/domain/timeline-entry-factory';
import { checkEntry, entryRefusals } from '../../../shared/domain/entry-check';
// Types only: the zod schemas stay out of the quick note, which saves through this module too.
import type { EntryKind, FollowUp, TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase, StoredEntry } from './db';
import type { AttachmentRow } from './row-schemas';
import { guardStorage, SitrepStorageError } from './storage-error';
import { nextChangeAt, supersedes } from '../../../shared/domain/entry-versions';

/** Input the user can fix (empty text, too long, unknown incident): the message says how. */
export class EntryInputError extends Error {
  override readonly name = 'EntryInputError';
}

/** A file saved with an entry (an image pasted into the quick note), in the entry's own transaction. */
export interface AttachmentInput {
  blob: Blob;
  name: string;
}

/** The entry, validated; `now` is the moment of writing, which nothing on the timeline may be after. */
function checked(entry: TimelineEntry, now: number): TimelineEntry {
  const result = checkEntry(entry);
  if (!result.ok) throw new EntryInputError(result.reason);
  if (result.entry.occurredAt > now) throw new EntryInputError(entryRefusals.future);
  return result.entry;
}

function makeChecked(input: NewEntryInput, at: number): TimelineEntry {
  if (!input.author.trim()) throw new EntryInputError(entryRefusals.noAuthor);
  if (!input.text.trim()) throw new EntryInputError(entryRefusals.empty);
  return checked(makeEntry(input, { at, newId: () => newId(at) }), at);
}

/**
 * Incidents this connection has seen exist. Sitrep never deletes an incident (restore merges, it does not
 * remove), so once seen it stays: later appends to it skip the check and write to one store only, which is
 * what keeps a note's save close to a bare IndexedDB put. Whatever one day deletes incidents must clear this.
 */
const knownIncidents = new WeakMap<SitrepDatabase, Set<string>>();

function known(db: SitrepDatabase): Set<string> {
  let ids = knownIncidents.get(db);
  if (!ids) knownIncidents.set(db, (ids = new Set()));
  return ids;
}

async function requireIncidents(db: SitrepDatabase, wanted: string[]): Promise<void> {
  const found = await db.incidents.bulkGet(wanted);
  const missing = wanted.filter((_, i) => !found[i]);
  if (missing.length > 0) throw new EntryInputError(entryRefusals.noIncident);
}

/**
 * Saves one entry, and the files given with it, in one transaction. Resolves only after the transaction
 * committed, so the caller may acknowledge it.
 */
export async function addEntry(
  db: SitrepDatabase,
  input: NewEntryInput,
  options: { attachments?: readonly AttachmentInput[] } = {},
): Promise<TimelineEntry> {
  const [entry] = await addEntries(db, [input], options.attachments ? { attachments: [options.attachments] } : {});
  if (!entry) throw new Error('addEntries returned nothing for one input.');
  return entry;
}

/**
 * Saves several entries in one transaction: all of them or none. `attachments[i]` are the files of
 * `inputs[i]`, written in the same transaction.
 */
export async function addEntries(
  db: SitrepDatabase,
  inputs: NewEntryInput[],
  options: { attachments?: readonly (readonly AttachmentInput[] | undefined)[] } = {},
): Promise<TimelineEntry[]> {
  if (inputs.length === 0) return [];
  const at = Date.now();
  const entries = inputs.map((input) => makeChecked(input, at));
  const files = (options.attachments ?? []).flatMap((list, i) => (list ?? []).map((file) => attachmentRow(file, entries[i], at)));
  return writeEntries(db, entries, files);
}

/**
 * Records entries built elsewhere (the lifecycle rules make theirs with the incident they change), through
 * the same check and write as typed ones. Inside the caller's transaction when there is one.
 */
export async function recordEntries(db: SitrepDatabase, entries: readonly TimelineEntry[]): Promise<TimelineEntry[]> {
  if (entries.length === 0) return [];
  const at = Date.now();
  return writeEntries(db, entries.map((entry) => checked(entry, Math.max(at, entry.capturedAt))), []);
}

function attachmentRow(file: AttachmentInput, entry: TimelineEntry | undefined, at: number): AttachmentRow {
  if (!entry) throw new Error('An attachment was given for an entry that is not being saved.');
  return {
    id: newId(at),
    entryId: entry.id,
    incidentId: entry.incidentId,
    mimeType: file.blob.type || 'application/octet-stream',
    name: file.name,
    createdAt: at,
    blob: file.blob,
  };
}

/** The one place new entries reach the log; returns the rows as stored. */
async function writeEntries(db: SitrepDatabase, entries: TimelineEntry[], files: AttachmentRow[]): Promise<StoredEntry[]> {
  const storedAt = Date.now();
  const rows: StoredEntry[] = entries.map((entry) => ({ ...entry, storedAt }));
  const incidentIds = [...new Set(entries.map((e) => e.incidentId))];
  const seen = known(db);
  const writeFiles = () => (files.length > 0 ? db.attachments.bulkAdd(files) : undefined);
  const only = rows.length === 1 && files.length === 0 ? rows[0] : undefined;
  if (only && seen.has(only.incidentId)) {
    // One row is one request, atomic on its own: no explicit transaction (and its zone and promise
    // wrappers) around it. This is the note's path, and what it adds to a bare put is what the user waits for.
    await guardStorage(() => db.entries.add(only));
  } else if (incidentIds.every((id) => seen.has(id))) {
    // Explicit, so a failure of one entry aborts all (a bare bulkAdd would commit the others).
    const stores = files.length > 0 ? [db.entries, db.attachments] : [db.entries];
    await guardStorage(() => db.transaction('rw', stores, () => Promise.all([db.entries.bulkAdd(rows), writeFiles()])));
  } else {
    const stores = files.length > 0 ? [db.incidents, db.entries, db.attachments] : [db.incidents, db.entries];
    await guardStorage(() =>
      db.transaction('rw', stores, async () => {
        // The requests go out together (one round trip, not several); a missing incident throws, which
        // aborts the transaction and so takes the added rows back out.
        await Promise.all([requireIncidents(db, incidentIds), db.entries.bulkAdd(rows), writeFiles()]);
      }),
    );
    for (const id of incidentIds) seen.add(id);
  }
  return rows;
}

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
          writes.push({ ...entry, storedAt });
        } else if (supersedes(entry, asLogged(before))) {
          count.updated += 1;
          writes.push(keepingArrival(entry, before));
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

/** The row as the log's entry, without this machine's arrival time (which is no part of the entry's version). */
function asLogged({ storedAt: _, ...entry }: StoredEntry): TimelineEntry {
  return entry;
}

/** A changed copy of a stored row keeps when the row first arrived: the timeline counts arrivals, not changes. */
function keepingArrival(entry: TimelineEntry, before: StoredEntry): StoredEntry {
  return before.storedAt === undefined ? entry : { ...entry, storedAt: before.storedAt };
}

const NO_FOLLOW_UP: FollowUp = { owner: null, url: null, done: false };

async function mustGet(db: SitrepDatabase, id: string): Promise<StoredEntry> {
  const entry = await db.entries.get(id);
  if (!entry) throw new SitrepStorageError('not-found', 'That entry is no longer in the log (a restore may have replaced it). Reload the timeline.');
  return entry;
}

/**
 * Changes text, kind or time. editedAt records the edit; the first change of time keeps the time the entry
 * was captured with in originalOccurredAt, so a backfilled time always shows where it came from.
 */
export async function editEntry(
  db: SitrepDatabase,
  id: string,
  /** followUp: the fields given replace the stored ones (merged here, inside the write, so two quick edits both land). */
  patch: { text?: string; kind?: EntryKind; occurredAt?: number; followUp?: Partial<FollowUp> },
): Promise<TimelineEntry> {
  const at = Date.now();
  return guardStorage(() =>
    db.transaction('rw', db.entries, async () => {
      const before = await mustGet(db, id);
      const timeChanged = patch.occurredAt !== undefined && patch.occurredAt !== before.occurredAt;
      const after = checked({
        ...before,
        text: patch.text ?? before.text,
        kind: patch.kind ?? before.kind,
        occurredAt: patch.occurredAt ?? before.occurredAt,
        ...(patch.followUp ? { followUp: { ...NO_FOLLOW_UP, ...before.followUp, ...patch.followUp } } : {}),
        originalOccurredAt: timeChanged && before.originalOccurredAt === null ? before.occurredAt : before.originalOccurredAt,
        editedAt: at,
        changedAt: nextChangeAt(before, at),
      }, at);
      const row = keepingArrival(after, before);
      await db.entries.put(row);
      return row;
    }),
  );
}

/** Marks an entry deleted. It stays in the log as a tombstone, so undo works and nothing silently vanishes. */
export async function deleteEntry(db: SitrepDatabase, id: string): Promise<void> {
  const at = Date.now();
  await guardStorage(() =>
    db.transaction('rw', db.entries, async () => {
      const entry = await mustGet(db, id);
      if (entry.deletedAt === null) await db.entries.update(id, { deletedAt: at, changedAt: nextChangeAt(entry, at) });
    }),
  );
}

/** Undoes deleteEntry. */
export async function restoreEntry(db: SitrepDatabase, id: string): Promise<void> {
  const at = Date.now();
  await guardStorage(() =>
    db.transaction('rw', db.entries, async () => {
      const entry = await mustGet(db, id);
      await db.entries.update(id, { deletedAt: null, changedAt: nextChangeAt(entry, at) });
    }),
  );
}
