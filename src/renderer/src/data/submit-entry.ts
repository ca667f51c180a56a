import { parseComposerInput, type ParsedInput } from '../../../shared/domain/entry-parser';
import { entryRefusals } from '../../../shared/domain/entry-check';
import type { EntrySource } from '../../../shared/domain/timeline-entry';
import type { TimeDraft, TypedTime } from '../../../shared/time/typed-time';
import type { SitrepDatabase } from './db';
import { addEntry, type AttachmentInput } from './entry-repository';
import { SitrepStorageError } from './storage-error';

/** What a person typed into the composer or the quick note, and where it goes. */
export interface TypedSubmission {
  incidentId: string;
  text: string;
  /** Null until the first run set a name: refused with the one sentence that says where to set it. */
  author: string | null;
  source: Extract<EntrySource, 'composer' | 'quick-note'>;
  /** What was typed into a "Happened at" field, if the surface has one. */
  happenedAt?: TimeDraft;
  /** The time of an entry when none was typed (the quick note: the moment its shortcut was pressed). */
  defaultOccurredAt?: number;
  attachments?: readonly AttachmentInput[];
  /**
   * Text from outside Sitrep (`sitrep --note`): saved as a plain note, never read as a command (/lead, /sev)
   * or a milestone (@mitigated), so another program cannot hand the lead over or close the incident.
   */
  plainText?: boolean;
}

/** Saved (with what to tell the person), or refused with a sentence that says what to do. */
export type SubmitOutcome = { ok: true; message: string } | { ok: false; message: string };

export const SAVED_MESSAGE = 'Saved to the timeline.';

const refuse = (message: string): SubmitOutcome => ({ ok: false, message });

/** A refusal of the data layer reads as it is; anything else says the text is kept and what to try. */
export function describeSaveFailure(error: unknown): string {
  if (error instanceof SitrepStorageError || (error instanceof Error && error.name.endsWith('InputError'))) return error.message;
  return `Saving failed (${error instanceof Error ? error.message : String(error)}). Your text is kept: try again, and restart Sitrep if it keeps failing.`;
}

// Slash commands run the lifecycle rules (and their zod checks): loaded when first used, so the quick note,
// whose every-minute path is a plain note, stays small. The main window has the module already.
const lifecycle = () => import('./incident-repository');

/** Reads a typed time the way the field showed it. Loaded only when a time was typed: the quick note has no field. */
async function readTyped(draft: TimeDraft | undefined): Promise<TypedTime> {
  if (!draft?.text.trim()) return { kind: 'empty' };
  const { readTimeField } = await import('../components/DateTimeField');
  return readTimeField(draft);
}

/**
 * The one submit step of the composer and the quick note: the typed text becomes an entry (its prefix picks
 * the kind, a typed time dates it back) or an incident action (/sev, /lead, /status), saved through the one
 * write path. Resolves only after the write committed, so the caller may forget the draft when it is ok.
 */
export async function submitTypedEntry(db: SitrepDatabase, input: TypedSubmission): Promise<SubmitOutcome> {
  if (!input.author) return refuse(entryRefusals.noAuthor);
  const attachments = input.attachments ?? [];
  const text = input.text.trim() || (attachments.length > 0 ? 'Pasted image' : '');
  if (!text) return refuse(entryRefusals.empty);
  const parsed: ParsedInput = input.plainText ? { type: 'entry', kind: 'note', text, milestone: null } : parseComposerInput(text);
  if (parsed.type === 'error') return refuse(parsed.message);
  const time = await readTyped(input.happenedAt);
  if (time.kind === 'refused') return refuse(`${time.reason} Or clear “Happened at” to use the current time.`);
  const typedAt = time.kind === 'time' ? time.at : undefined;
  try {
    if (parsed.type === 'action') {
      // A command honours a typed time (the rule places the change there, or refuses with the reason); the
      // shortcut's moment is not a time the person chose, so it does not date a command back.
      const { applyIncidentAction } = await lifecycle();
      const result = await applyIncidentAction(db, input.incidentId, parsed.action, input.author, typedAt !== undefined ? { occurredAt: typedAt } : {});
      return result.ok ? { ok: true, message: parsed.echo } : refuse(result.reason);
    }
    const occurredAt = typedAt ?? input.defaultOccurredAt;
    await addEntry(
      db,
      {
        incidentId: input.incidentId,
        kind: parsed.kind,
        text: parsed.text,
        milestone: parsed.milestone,
        author: input.author,
        source: input.source,
        ...(occurredAt !== undefined ? { occurredAt } : {}),
      },
      { attachments },
    );
    return { ok: true, message: SAVED_MESSAGE };
  } catch (error) {
    return refuse(describeSaveFailure(error));
  }
}
