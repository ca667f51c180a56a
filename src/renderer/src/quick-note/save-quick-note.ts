import type { Severity } from '../../../shared/domain/incident';
import { entryRefusals } from '../../../shared/domain/entry-check';
import type { SitrepDatabase } from '../data/db';
import { addEntry, type AttachmentInput } from '../data/entry-repository';
import { describeSaveFailure, submitTypedEntry, type SubmitOutcome } from '../data/submit-entry';

export type PastedImage = AttachmentInput;

export interface QuickNoteInput {
  text: string;
  /** The live incident the note goes to, or null to declare one from the text. */
  incidentId: string | null;
  /** Only used when declaring. */
  severity: Severity | null;
  /** The moment the shortcut was pressed: becomes the entry's occurredAt. */
  pressedAt: number;
  author: string | null;
  images: readonly PastedImage[];
  /** Text from outside Sitrep (`sitrep --note`): a plain note, never a command (see TypedSubmission). */
  plainText?: boolean;
}

export type QuickNoteOutcome = SubmitOutcome;

const refuse = (message: string): QuickNoteOutcome => ({ ok: false, message });

// Declaring runs the lifecycle rules (and their zod checks): loaded only when used, so the note path that
// runs every minute stays small.
const lifecycle = () => import('../data/incident-repository');

/**
 * Saves what was typed in the quick note: a note or command to the target incident through the submit step
 * the composer uses too, or, with no live incident, a new incident declared from the text. Resolves only
 * after the transaction committed, so the window may hide and forget the draft; on any refusal the caller
 * keeps the text and shows the message.
 */
export async function saveQuickNote(db: SitrepDatabase, input: QuickNoteInput): Promise<QuickNoteOutcome> {
  if (input.incidentId !== null) {
    return submitTypedEntry(db, {
      incidentId: input.incidentId,
      text: input.text,
      author: input.author,
      source: 'quick-note',
      defaultOccurredAt: input.pressedAt,
      attachments: input.images,
      ...(input.plainText ? { plainText: true } : {}),
    });
  }
  if (!input.author) return refuse(entryRefusals.noAuthor);
  const title = input.text.trim();
  if (!title) return refuse(entryRefusals.empty);
  if (!input.severity) return refuse('Choose a severity first (Alt+1 minor, Alt+2 major, Alt+3 critical), then press Enter to declare.');
  try {
    const { declareIncident } = await lifecycle();
    const declared = await declareIncident(db, { title, severity: input.severity }, input.author);
    if (!declared.ok) return refuse(declared.reason);
    if (input.images.length > 0) {
      const note = { incidentId: declared.incident.id, kind: 'note' as const, text: 'Image pasted when declaring', author: input.author };
      await addEntry(db, { ...note, source: 'quick-note', occurredAt: input.pressedAt }, { attachments: input.images });
    }
    return { ok: true, message: `Declared: ${declared.incident.title}` };
  } catch (error) {
    return refuse(describeSaveFailure(error));
  }
}
