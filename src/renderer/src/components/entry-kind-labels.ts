import { typedEntryKinds, type EntryKind } from '../../../shared/domain/timeline-entry';

/** Short words for the kind badge on each timeline row. */
export const entryKindLabels: Record<EntryKind, string> = {
  note: 'Note',
  action: 'Action',
  decision: 'Decision',
  hypothesis: 'Hypothesis',
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
