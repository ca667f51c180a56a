// Plain values with no zod, so a page that needs only these (the quick note) does not load zod. The zod
// schemas (incident.ts, timeline-entry.ts) and the dependency-free entry check (entry-check.ts) both read
// their lists and limits from here, so the two cannot disagree on what a value may be.
export const severities = ['minor', 'major', 'critical'] as const;

/**
 * Where an incident is in its life. Live: investigating → identified → monitoring.
 * Closed: resolved → analysis-scheduled → analysed, or analysis-skipped when it was uneventful.
 */
export const incidentStatuses = [
  'investigating',
  'identified',
  'monitoring',
  'resolved',
  'analysis-scheduled',
  'analysed',
  'analysis-skipped',
] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const liveStatuses: readonly IncidentStatus[] = ['investigating', 'identified', 'monitoring'];
export const isLive = (status: IncidentStatus): boolean => liveStatuses.includes(status);
/** One megabyte of text is the most a single entry may hold; larger input is refused with a message. */
export const MAX_ENTRY_TEXT = 1_000_000;
/** The longest name a person may go by (author, lead, follow-up owner). */
export const MAX_PERSON_NAME = 120;
/** The largest instant a JavaScript Date can hold, in epoch milliseconds. */
export const MAX_EPOCH_MS = 8.64e15;
/** Ids are ULIDs (26 characters); anything up to this length is accepted from older data and imports. */
export const MAX_ID = 64;
export const MAX_FOLLOW_UP_URL = 2_000;
/** A follow-up's tracking link: http(s) and no whitespace. */
export const FOLLOW_UP_URL_PATTERN = /^https?:\/\/\S+$/i;

/** The kinds a person writes (the composer's prefixes pick them; an edit may switch between them). */
export const typedEntryKinds = ['note', 'action', 'decision', 'hypothesis', 'ruled-out', 'impact', 'follow-up', 'learning'] as const;

/** What a line on the timeline is: a typed kind, or one the app records (milestones, changes, checklist ticks). */
export const entryKinds = [
  ...typedEntryKinds,
  'milestone',
  'status-change',
  'severity-change',
  'lead-change',
  'checklist',
] as const;

/** Where an entry was written; shown as provenance and used by the analysis. */
export const entrySources = ['composer', 'quick-note', 'checklist', 'lifecycle', 'import'] as const;

/** Milestones the metrics are computed from (time to detect, mitigate, resolve). */
export const milestoneNames = ['impact-started', 'detected', 'declared', 'mitigated', 'resolved'] as const;
