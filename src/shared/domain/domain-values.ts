// Plain values with no zod, so a page that needs only these (the quick note) does not load zod.
export const severities = ['minor', 'major', 'critical'] as const;
/** One megabyte of text is the most a single entry may hold; larger input is refused with a message. */
export const MAX_ENTRY_TEXT = 1_000_000;
/** Milestones the metrics are computed from (time to detect, mitigate, resolve). */
export const milestoneNames = ['impact-started', 'detected', 'declared', 'mitigated', 'resolved'] as const;
