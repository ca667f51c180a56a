import type { EntryKind, EntrySource, MilestoneName, TimelineEntry } from './timeline-entry';

export interface NewEntryInput {
  incidentId: string;
  kind: EntryKind;
  text: string;
  author: string;
  source: EntrySource;
  /** What the user says the time was; defaults to the moment it is written. */
  occurredAt?: number;
  milestone?: MilestoneName | null;
}

/**
 * Builds a complete timeline entry. The clock and id source are passed in so the lifecycle rules stay pure
 * and a test can fix both; capturedAt is always the writing moment, whatever occurredAt says.
 */
export function makeEntry(input: NewEntryInput, ctx: { at: number; newId: () => string }): TimelineEntry {
  return {
    id: ctx.newId(),
    incidentId: input.incidentId,
    kind: input.kind,
    text: input.text,
    occurredAt: input.occurredAt ?? ctx.at,
    capturedAt: ctx.at,
    editedAt: null,
    originalOccurredAt: null,
    author: input.author.trim(),
    source: input.source,
    deletedAt: null,
    milestone: input.milestone ?? null,
  };
}

/** Chronological order; ties broken by id (time-sortable), so equal times always come out the same way. */
export function compareEntries(a: TimelineEntry, b: TimelineEntry): number {
  if (a.occurredAt !== b.occurredAt) return a.occurredAt - b.occurredAt;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}
