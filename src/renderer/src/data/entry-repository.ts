import Dexie, { type Transaction } from 'dexie';
import { newId } from '../../../shared/domain/ids';
import { makeEntry, type NewEntryInput } from '../../../shared/domain/timeline-entry-factory';
import {
  MAX_ENTRY_TEXT,
  TimelineEntrySchema,
  type EntryKind,
  type FollowUp,
  type TimelineEntry,
} from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';
import { guardStorage, SitrepStorageError } from './storage-error';
import { announceAddedEntries } from './entry-broadcast';
import { lastChangedAt, nextChangeAt, supersedes } from '../../../shared/domain/entry-versions';

/** Input the user can fix (empty text, too long, unknown incident): the message says how. */
export class EntryInputError extends Error {
  override readonly name = 'EntryInputError';
}

/** The entry, validated; `now` is the moment of writing, which nothing on the timeline may be after. */
function checked(entry: TimelineEntry, now: number): TimelineEntry {
  if (entry.text.length > MAX_ENTRY_TEXT) {
    throw new EntryInputError(
      `This note is ${entry.text.length.toLocaleString('en')} characters long; one entry holds at most ${MAX_ENTRY_TEXT.toLocaleString('en')}. Split it or attach it as a file.`,
    );
  }
  const parsed = TimelineEntrySchema.safeParse(entry);
  if (!parsed.success) {
    // A sentence about the field a person can fix, never the schema's wording.
    const field = String(parsed.error.issues[0]?.path[0] ?? '');
    throw new EntryInputError(fieldProblems[field] ?? 'This entry cannot be saved as it is. Check its text and time, then save again.');
  }
  if (parsed.data.occurredAt > now) {
    throw new EntryInputError('The time of this entry is in the future; the timeline records what already happened. Correct the time or clear it.');
  }
  return parsed.data;
}

const fieldProblems: Record<string, string> = {
  occurredAt: 'The time of this entry is not a valid time. Type it again, for example 2026-01-14 10:18, or clear it to use now.',
  text: 'The text of this entry cannot be saved. Shorten it or split it into several entries.',
  author: 'Set your name in Settings first (at most 120 characters): every note records who wrote it.',
  kind: 'Choose a kind for this entry (note, action, decision …) and save again.',
};

function makeChecked(input: NewEntryInput, at: number): TimelineEntry {
  if (!input.author.trim()) throw new EntryInputError('Set your name in Settings first: every note records who wrote it.');
  if (!input.text.trim()) throw new EntryInputError('Type the note first: an empty entry is not saved.');
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

/** What mergeEntries did with the entries it was given. */
export interface MergeCount {
  added: number;
  updated: number;
  unchanged: number;
}

export { lastChangedAt };

/**
 * Writes entries that were made elsewhere, whole (a chat import, another responder's machine), in one
 * transaction: all of them or none. An entry already in the log is replaced only by a copy that changed
 * later, so the same import or the same sync message twice changes nothing. Their times are kept as made:
 * another machine's clock may run a little ahead of this one's, so "not in the future" is not checked here.
 */
export async function mergeEntries(db: SitrepDatabase, incoming: readonly TimelineEntry[]): Promise<MergeCount> {
  const count: MergeCount = { added: 0, updated: 0, unchanged: 0 };
  if (incoming.length === 0) return count;
  const entries = incoming.map((entry) => checked(entry, Number.POSITIVE_INFINITY));
  const added: TimelineEntry[] = [];
  await guardStorage(() =>
    db.transaction('rw', db.incidents, db.entries, async () => {
      await requireIncidents(db, [...new Set(entries.map((e) => e.incidentId))]);
      const stored = await db.entries.bulkGet(entries.map((e) => e.id));
      const writes: TimelineEntry[] = [];
      entries.forEach((entry, i) => {
        const before = stored[i];
        if (!before) added.push(entry);
        else if (!supersedes(entry, before)) return void (count.unchanged += 1);
        else count.updated += 1;
        writes.push(entry);
      });
      await db.entries.bulkPut(writes);
    }),
  );
  count.added = added.length;
  announceAddedEntries(db, added);
  return count;
}

const NO_FOLLOW_UP: FollowUp = { owner: null, url: null, done: false };

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
