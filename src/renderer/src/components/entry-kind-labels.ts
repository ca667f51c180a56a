import { milestoneLabel } from '../../../shared/domain/incident-lifecycle';
import { typedEntryKinds, type EntryKind, type TimelineEntry } from '../../../shared/domain/timeline-entry';

/** Short words for the kind badge on each timeline row. */
export const entryKindLabels: Record<EntryKind, string> = {
  note: 'Note',
  action: 'Action',
  decision: 'Decision',
  hypothesis: 'Hypothesis',
  'ruled-out': 'Ruled out',
  impact: 'Impact',
  'follow-up': 'Follow-up',
  learning: 'Learning',
  milestone: 'Milestone',
  'status-change': 'Status',
  'severity-change': 'Severity',
  'lead-change': 'Lead',
  checklist: 'Checklist',
};

/** Kinds a person writes; the others are recorded by the app and keep their kind when edited. */
export const writableKinds: readonly EntryKind[] = typedEntryKinds;

/**
 * The badge of one row: its kind, and for a milestone which one ("Milestone: Mitigated"), since a typed
 * `@mitigated rollback done` keeps only the note as its text and the metrics hang on the milestone's name.
 */
export function entryBadgeText(entry: Pick<TimelineEntry, 'kind' | 'milestone'>): string {
  const kind = entryKindLabels[entry.kind];
  return entry.kind === 'milestone' && entry.milestone !== null ? `${kind}: ${milestoneLabel(entry.milestone)}` : kind;
}
