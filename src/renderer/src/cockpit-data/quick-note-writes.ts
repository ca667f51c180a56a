import { newId } from '../../../shared/domain/ids';
import { makeEntry, type NewEntryInput } from '../../../shared/domain/timeline-entry-factory';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from '../data/db';
import { guardStorage } from '../data/storage-error';
import { announceAddedEntries } from '../data/entry-broadcast';

/*
 * The quick note's own write path. It writes the same rows as data/entry-repository's addEntry, but without
 * the zod row check: zod alone is ~25 KB gzipped, a quarter of the quick note's whole budget. The entry is
 * built by the shared factory, so only the few things a user can get wrong are checked here, by hand.
 */

/** The same limit as MAX_ENTRY_TEXT in shared/domain/timeline-entry (not imported: that module pulls zod). */
export const QUICK_NOTE_MAX_TEXT = 1_000_000;

export class QuickNoteInputError extends Error {
  override readonly name = 'QuickNoteInputError';
}

export interface AttachmentInput {
  blob: Blob;
  name: string;
}

/**
 * Appends one entry (and the images pasted with it) in one transaction. Resolves only after the transaction
 * committed, so the caller may acknowledge the note and forget its draft.
 */
export async function appendQuickNote(
  db: SitrepDatabase,
  input: NewEntryInput,
  images: readonly AttachmentInput[] = [],
): Promise<TimelineEntry> {
  const at = Date.now();
  if (!input.author.trim()) throw new QuickNoteInputError('Set your name in the Sitrep main window first: every note records who wrote it.');
  if (!input.text.trim()) throw new QuickNoteInputError('Type a note first, or press Esc to close.');
  if (input.text.length > QUICK_NOTE_MAX_TEXT) {
    throw new QuickNoteInputError(`This note has ${input.text.length.toLocaleString('en')} characters; one entry holds at most 1,000,000. Split it into several notes.`);
  }
  const entry = makeEntry(input, { at, newId: () => newId(at) });
  await guardStorage(() =>
    db.transaction('rw', [db.incidents, db.entries, db.attachments], async () => {
      if (!(await db.incidents.get(input.incidentId))) {
        throw new QuickNoteInputError('That incident is no longer in the log (a restore may have replaced it). Switch to another incident and save again.');
      }
      await db.entries.add(entry);
      if (images.length > 0) {
        await db.attachments.bulkAdd(
          images.map((image) => ({
            id: newId(at),
            entryId: entry.id,
            incidentId: input.incidentId,
            mimeType: image.blob.type || 'application/octet-stream',
            name: image.name,
            createdAt: at,
            blob: image.blob,
          })),
        );
      }
    }),
  );
  announceAddedEntries(db, [entry]);
  return entry;
}

/** The user's name from settings, read without the settings schema (zod); null until the first run set it. */
export async function readUserName(db: SitrepDatabase): Promise<string | null> {
  const row = await db.settings.get('userName');
  const value: unknown = row?.value;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
