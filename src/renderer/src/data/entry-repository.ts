import Dexie from 'dexie';
import { newId } from '../../../shared/domain/ids';
import { makeEntry, type NewEntryInput } from '../../../shared/domain/timeline-entry-factory';
import { checkEntry, entryRefusals } from '../../../shared/domain/entry-check';
// Types only: the zod schemas stay out of the quick note, which saves through this module too.
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';
import { asStored, type StoredEntry } from './stored-entry';
import type { AttachmentRow } from './row-schemas';
import { guardStorage } from './storage-error';

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
export function checked(entry: TimelineEntry, now: number): TimelineEntry {
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

/** Throws unless every incident exists: read in the writing transaction, as a merge from elsewhere is rare. */
export async function requireIncidents(db: SitrepDatabase, wanted: string[]): Promise<void> {
  const found = await db.incidents.bulkGet(wanted);
  if (found.some((incident) => !incident)) throw new EntryInputError(entryRefusals.noIncident);
}

/** Whether the incident exists, read once per connection (see knownIncidents). */
export async function incidentExists(db: SitrepDatabase, id: string): Promise<boolean> {
  if (known(db).has(id)) return true;
  const exists = (await db.incidents.get(id)) !== undefined;
  if (exists) known(db).add(id);
  return exists;
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

/**
 * One row: the note's path, and what it adds to a bare put is what the user waits for. On its own, its
 * transaction is told to commit as soon as its one request is out, instead of once the request's success has
 * come back to this window (when Dexie's implicit transaction calls commit()): one round trip to the storage
 * process fewer. Inside a caller's transaction (a lifecycle change records its entries in its own), that
 * transaction commits when all of its work is done.
 */
function addOne(db: SitrepDatabase, row: StoredEntry): Promise<unknown> {
  if (Dexie.currentTransaction) return db.entries.add(row);
  return db.transaction('rw', db.entries, (tx) => {
    const added = db.entries.add(row);
    try {
      tx.idbtrans.commit();
    } catch {
      // The add was refused at once and the transaction is over: its own error is what the caller gets.
    }
    return added;
  });
}

/** The one place new entries reach the log; returns the rows as stored. */
async function writeEntries(db: SitrepDatabase, entries: TimelineEntry[], files: AttachmentRow[]): Promise<StoredEntry[]> {
  const storedAt = Date.now();
  const rows = entries.map((entry) => asStored(entry, storedAt));
  const incidentIds = [...new Set(entries.map((e) => e.incidentId))];
  const seen = known(db);
  const writeFiles = () => (files.length > 0 ? db.attachments.bulkAdd(files) : undefined);
  const only = rows.length === 1 && files.length === 0 ? rows[0] : undefined;
  if (only && seen.has(only.incidentId)) {
    await guardStorage(() => addOne(db, only));
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
