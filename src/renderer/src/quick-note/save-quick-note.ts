import { parseComposerInput } from '../../../shared/domain/entry-parser';
import type { Severity } from '../../../shared/domain/incident';
import type { SitrepDatabase } from '../data/db';
import { appendQuickNote, type AttachmentInput } from '../cockpit-data/quick-note-writes';
import { SitrepStorageError } from '../data/storage-error';

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
  /**
   * Text from outside Sitrep (`sitrep --note`): saved as a plain note, never read as a command (/lead, /sev)
   * or a milestone (@mitigated), so another program cannot hand the lead over or close the incident.
   */
  plainText?: boolean;
}

export type QuickNoteOutcome = { ok: true; message: string } | { ok: false; message: string };

const refuse = (message: string): QuickNoteOutcome => ({ ok: false, message });

function describeFailure(error: unknown): string {
  if (error instanceof SitrepStorageError || (error instanceof Error && error.name.endsWith('InputError'))) return error.message;
  return `Saving failed (${error instanceof Error ? error.message : String(error)}). Your text is kept: try again, and restart Sitrep if it keeps failing.`;
}

// Declaring and slash commands run the lifecycle rules (and their zod checks): loaded only when used,
// so the note path that runs every minute stays small.
const lifecycle = () => import('../data/incident-repository');

/**
 * Saves what was typed in the quick note. Resolves only after the transaction committed, so the window
 * may hide and forget the draft; on any refusal the caller keeps the text and shows the message.
 */
export async function saveQuickNote(db: SitrepDatabase, input: QuickNoteInput): Promise<QuickNoteOutcome> {
  if (!input.author) return refuse('Set your name in the Sitrep main window first: every note records who wrote it.');
  const text = input.text.trim() || (input.images.length > 0 ? 'Pasted image' : '');
  try {
    if (input.incidentId === null) {
      if (!input.severity) return refuse('Choose a severity first (Alt+1 minor, Alt+2 major, Alt+3 critical), then press Enter to declare.');
      const { declareIncident } = await lifecycle();
      const declared = await declareIncident(db, { title: text, severity: input.severity }, input.author);
      if (!declared.ok) return refuse(declared.reason);
      if (input.images.length > 0) {
        const note = { incidentId: declared.incident.id, kind: 'note' as const, text: 'Image pasted when declaring', author: input.author };
        await appendQuickNote(db, { ...note, source: 'quick-note', occurredAt: input.pressedAt }, input.images);
      }
      return { ok: true, message: `Declared: ${declared.incident.title}` };
    }
    const parsed = input.plainText ? ({ type: 'entry', kind: 'note', text, milestone: null } as const) : parseComposerInput(text);
    if (parsed.type === 'error') return refuse(parsed.message);
    if (parsed.type === 'action') {
      const { applyIncidentAction } = await lifecycle();
      const result = await applyIncidentAction(db, input.incidentId, parsed.action, input.author);
      return result.ok ? { ok: true, message: parsed.echo } : refuse(result.reason);
    }
    await appendQuickNote(
      db,
      {
        incidentId: input.incidentId,
        kind: parsed.kind,
        text: parsed.text,
        milestone: parsed.milestone,
        author: input.author,
        source: 'quick-note',
        occurredAt: input.pressedAt,
      },
      input.images,
    );
    return { ok: true, message: 'Saved' };
  } catch (error) {
    return refuse(describeFailure(error));
  }
}
