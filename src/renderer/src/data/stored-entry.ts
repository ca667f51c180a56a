import type { TimelineEntry } from '../../../shared/domain/timeline-entry';

/** The kinds an incident's phases are drawn from (shared/analysis/incident-phases.ts). */
export const PHASE_KINDS = ['milestone', 'severity-change', 'lead-change'] as const satisfies readonly TimelineEntry['kind'][];
export type PhaseKind = (typeof PHASE_KINDS)[number];

/**
 * A timeline entry as this machine keeps it, with two fields of local bookkeeping. Both are dropped by the
 * entry check wherever an entry leaves for somewhere else, and by asLogged.
 * - storedAt: when this copy first reached this log (set by the write path, kept through edits). Entries made
 *   elsewhere (a chat import, another responder's machine, a restored backup) carry capturedAt times from long
 *   ago, and the timeline's count of what arrived since it last counted (countedSince) must see them arrive.
 * - phase: the kind again, on milestones, severity changes and handovers only. IndexedDB leaves a row out of an
 *   index whose key it lacks, so the [phase+incidentId] index holds a handful of rows per incident, and a note,
 *   or each of a chat import's 50,000 messages, writes no key to it: the full [incidentId+kind] index it
 *   replaces was a tenth of a 50,000-row import's write.
 */
export type StoredEntry = TimelineEntry & { storedAt?: number; phase?: PhaseKind };

function isPhaseKind(kind: TimelineEntry['kind']): kind is PhaseKind {
  return (PHASE_KINDS as readonly string[]).includes(kind);
}

/**
 * The row to write for a checked entry. `storedAt` is now for a new row, and the stored row's own for a changed
 * copy: the timeline counts arrivals, not changes (undefined for a row from before storedAt existed).
 */
export function asStored(entry: TimelineEntry, storedAt: number | undefined): StoredEntry {
  const row: StoredEntry = storedAt === undefined ? { ...entry } : { ...entry, storedAt };
  if (isPhaseKind(entry.kind)) row.phase = entry.kind;
  return row;
}

/** The row as the log's entry, without this machine's bookkeeping (no part of the entry's version or a backup). */
export function asLogged({ storedAt: _arrived, phase: _indexed, ...entry }: StoredEntry): TimelineEntry {
  return entry;
}
