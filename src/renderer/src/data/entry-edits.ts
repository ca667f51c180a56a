import type { EntryKind, FollowUp, TimelineEntry } from '../../../shared/domain/timeline-entry';
import { nextChangeAt } from '../../../shared/domain/entry-versions';
import type { SitrepDatabase } from './db';
import { asStored, type StoredEntry } from './stored-entry';
import { guardStorage, SitrepStorageError } from './storage-error';
import { checked } from './entry-repository';

/*
 * Changes to entries already in the log: an edit of text, kind or time, a deletion (a tombstone) and its undo.
 * Through the same check as new entries (entry-repository); a module of its own so the quick note, which only
 * adds, does not load it.
 */

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
      const row = asStored(after, before.storedAt);
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
