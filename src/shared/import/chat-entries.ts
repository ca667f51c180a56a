import type { TimelineEntry } from '../domain/timeline-entry';
import { MAX_ENTRY_TEXT } from '../domain/domain-values';
import { importedEntryId, type ChatChannel, type ChatMessage } from './chat-message';

/** What the user chose to import from one channel. Times are epoch ms; `to` null means "until the end". */
export interface ChatSelection {
  incidentId: string;
  from: number | null;
  to: number | null;
  /** Joins, leaves, topic changes and bot posts: left out unless asked for. */
  includeNoise: boolean;
}

export interface ChatAttachment {
  id: string;
  entryId: string;
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ChatImportPlan {
  entries: TimelineEntry[];
  attachments: ChatAttachment[];
  /** What the preview says is left out, and why. */
  outsideWindow: number;
  noise: number;
}

/** What the preview shows: counts and the first and last message, without building any entry. */
export interface ChatImportPreview {
  count: number;
  files: number;
  first: ChatMessage | null;
  last: ChatMessage | null;
  outsideWindow: number;
  noise: number;
}

type Verdict = 'outside' | 'noise' | 'in';

function verdict(message: ChatMessage, selection: Omit<ChatSelection, 'incidentId'>): Verdict {
  if ((selection.from !== null && message.occurredAt < selection.from) || (selection.to !== null && message.occurredAt > selection.to)) return 'outside';
  return message.noise && !selection.includeNoise ? 'noise' : 'in';
}

/** The preview of a selection: cheap enough to recompute at every key typed in the time window. */
export function previewChatImport(channel: ChatChannel, selection: Omit<ChatSelection, 'incidentId'>): ChatImportPreview {
  const preview: ChatImportPreview = { count: 0, files: 0, first: null, last: null, outsideWindow: 0, noise: 0 };
  for (const message of channel.messages) {
    const seen = verdict(message, selection);
    if (seen === 'outside') preview.outsideWindow += 1;
    else if (seen === 'noise') preview.noise += 1;
    else {
      preview.count += 1;
      preview.files += message.files.filter((f) => f.bytes).length;
      preview.first ??= message;
      preview.last = message;
    }
  }
  return preview;
}

/** The messages of the selection, in timeline order, made into entries with their files. */
export function planChatImport(channel: ChatChannel, selection: ChatSelection): ChatImportPlan {
  const plan: ChatImportPlan = { entries: [], attachments: [], outsideWindow: 0, noise: 0 };
  for (const message of channel.messages) {
    const seen = verdict(message, selection);
    if (seen === 'outside') {
      plan.outsideWindow += 1;
      continue;
    }
    if (seen === 'noise') {
      plan.noise += 1;
      continue;
    }
    const entry = toEntry(message, selection.incidentId);
    plan.entries.push(entry);
    message.files.forEach((file, index) => {
      if (file.bytes) plan.attachments.push({ id: `${entry.id}-f${index}`, entryId: entry.id, name: file.name, mimeType: file.mimeType, bytes: file.bytes });
    });
  }
  return plan;
}

/**
 * A reply stays at the time it was posted (the timeline is the record of when things were said, and the
 * analysis measures from it) and opens with a line naming the message it answers, by author and time:
 * both come from the reply itself, so the line is the same in every later export and a re-import still
 * finds nothing changed.
 */
export function threadMarker(thread: NonNullable<ChatMessage['thread']>): string {
  // A Teams reply whose parent is not in the file and whose parent id is not a time has no time to name.
  if (!Number.isFinite(thread.parentAt)) return `↳ in thread of ${thread.parentAuthor ? `${thread.parentAuthor}'s earlier message` : 'an earlier message'}`;
  const at = `${new Date(thread.parentAt).toISOString().slice(11, 19)} UTC`;
  return `↳ in thread of ${thread.parentAuthor ? `${thread.parentAuthor}'s message at ${at}` : `the message at ${at}`}`;
}

function toEntry(message: ChatMessage, incidentId: string): TimelineEntry {
  const body = message.text || (message.files.length > 0 ? `Shared ${message.files.map((f) => f.name).join(', ')}` : '(empty message)');
  const text = message.thread ? `${threadMarker(message.thread)}\n${body}` : body;
  return {
    id: importedEntryId(message, incidentId),
    incidentId,
    kind: 'note',
    text: text.length > MAX_ENTRY_TEXT ? `${text.slice(0, MAX_ENTRY_TEXT - 1)}…` : text,
    occurredAt: message.occurredAt,
    // The moment it was written is when it was posted: an import time here would make every re-import
    // look newer than the entry it already wrote, and so update everything instead of nothing.
    capturedAt: message.occurredAt,
    editedAt: message.editedAt !== null && message.editedAt > message.occurredAt ? message.editedAt : null,
    originalOccurredAt: null,
    author: message.author,
    source: 'import',
    deletedAt: null,
    milestone: null,
  };
}
