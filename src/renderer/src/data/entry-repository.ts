import Dexie, { type Transaction } from 'dexie';
import { newId } from '../../../shared/domain/ids';
import { makeEntry, type NewEntryInput } from '../../../shared/domain/timeline-entry-factory';
import {
  MAX_ENTRY_TEXT,
  TimelineEntrySchema,
  type EntryKind,
  type TimelineEntry,
} from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';
import { guardStorage, SitrepStorageError } from './storage-error';
import { announceAddedEntries } from './entry-broadcast';

/** Input the user can fix (empty text, too long, unknown incident): the message says how. */
export class EntryInputError extends Error {
  override readonly name = 'EntryInputError';
}

function checked(entry: TimelineEntry): TimelineEntry {
  if (entry.text.length > MAX_ENTRY_TEXT) {
    throw new EntryInputError(
      `This note is ${entry.text.length.toLocaleString('en')} characters long; one entry holds at most ${MAX_ENTRY_TEXT.toLocaleString('en')}. Split it or attach it as a file.`,
    );
  }
  const parsed = TimelineEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EntryInputError(`This entry cannot be saved: ${issue?.path.join('.') || 'entry'} ${issue?.message ?? 'is not valid'}.`);
  }
  return parsed.data;
}

function makeChecked(input: NewEntryInput, at: number): TimelineEntry {
  if (!input.author.trim()) throw new EntryInputError('Set your name in Settings first: every note records who wrote it.');
  if (!input.text.trim()) throw new EntryInputError('Type the note first: an empty entry is not saved.');
  return checked(makeEntry(input, { at, newId: () => newId(at) }));
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
  if (missing.length > 0) throw new EntryInputError(`There is no incident ${missing[0]} to add this to: it may have been removed by a restore. Pick an incident and save again.`);
}

/** Saves one entry. Resolves only after the transaction committed, so the caller may acknowledge it. */
export async function addEntry(db: SitrepDatabase, input: NewEntryInput): Promise<TimelineEntry> {
  const [entry] = await addEntries(db, [input]);
  if (!entry) throw new Error('addEntries returned nothing for one input.');
  return entry;
}

/** Saves several entries in one transaction: all of them or none. */
export async function addEntries(db: SitrepDatabase, inputs: NewEntryInput[]): Promise<TimelineEntry[]> {
  if (inputs.length === 0) return [];
  // Called inside another write's transaction (the checklist records a tick and its entry together), the
  // entries are not saved until that outer transaction commits, so other windows hear of them only then.
  const outer = Dexie.currentTransaction as Transaction | null;
  const at = Date.now();
  const entries = inputs.map((input) => makeChecked(input, at));
  const incidentIds = [...new Set(entries.map((e) => e.incidentId))];
  const seen = known(db);
  if (incidentIds.every((id) => seen.has(id))) {
    // Explicit, so a failure of one entry aborts all (a bare bulkAdd would commit the others).
    await guardStorage(() => db.transaction('rw', db.entries, () => db.entries.bulkAdd(entries)));
  } else {
    await guardStorage(() =>
      db.transaction('rw', db.incidents, db.entries, async () => {
        // Both requests go out together (one round trip, not two); a missing incident throws, which aborts
        // the transaction and so takes the added entries back out.
        await Promise.all([requireIncidents(db, incidentIds), db.entries.bulkAdd(entries)]);
      }),
    );
    for (const id of incidentIds) seen.add(id);
  }
  if (outer?.db === db) outer.on('complete', () => announceAddedEntries(db, entries));
  else announceAddedEntries(db, entries);
  return entries;
}

async function mustGet(db: SitrepDatabase, id: string): Promise<TimelineEntry> {
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
  patch: { text?: string; kind?: EntryKind; occurredAt?: number },
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
        originalOccurredAt: timeChanged && before.originalOccurredAt === null ? before.occurredAt : before.originalOccurredAt,
        editedAt: at,
      });
      await db.entries.put(after);
      return after;
    }),
  );
}

/** Marks an entry deleted. It stays in the log as a tombstone, so undo works and nothing silently vanishes. */
export async function deleteEntry(db: SitrepDatabase, id: string): Promise<void> {
  const at = Date.now();
  await guardStorage(() =>
    db.transaction('rw', db.entries, async () => {
      const entry = await mustGet(db, id);
      if (entry.deletedAt === null) await db.entries.update(id, { deletedAt: at });
    }),
  );
}

/** Undoes deleteEntry. */
export async function restoreEntry(db: SitrepDatabase, id: string): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.entries, async () => {
      await mustGet(db, id);
      await db.entries.update(id, { deletedAt: null });
    }),
  );
}
