import { z } from 'zod';
import { EpochMsSchema, type Severity } from '../domain/incident';

/** The reminders the lead can get, each about one duty that tends to slip during a busy incident. */
export const nudgeKinds = ['status-page', 'quiet-log', 'analysis'] as const;
export const NudgeKindSchema = z.enum(nudgeKinds);
export type NudgeKind = z.infer<typeof NudgeKindSchema>;

export const nudgeKindLabels: Record<NudgeKind, string> = {
  'status-page': 'Status page not updated',
  'quiet-log': 'No note for a while',
  analysis: 'Analysis not scheduled',
};

/** Minutes, or null for "never remind at this severity". */
const Minutes = z.number().int().min(1).max(7 * 24 * 60).nullable();

export const NudgeIntervalsSchema = z.object({
  statusPageMinutes: z.object({ minor: Minutes, major: Minutes, critical: Minutes }),
  quietLogMinutes: z.object({ minor: Minutes, major: Minutes, critical: Minutes }),
  /** After resolve, how long before "schedule the analysis" is due (the handbook: 24 to 48 hours). */
  analysisAfterResolveHours: z.number().int().min(1).max(24 * 14).nullable(),
});
export type NudgeIntervals = z.infer<typeof NudgeIntervalsSchema>;

// Minor incidents are worked in office hours without paging anyone, so they get no status-page reminder.
export const defaultNudgeIntervals: NudgeIntervals = {
  statusPageMinutes: { minor: null, major: 60, critical: 30 },
  quietLogMinutes: { minor: 60, major: 15, critical: 15 },
  analysisAfterResolveHours: 24,
};

export function intervalMs(intervals: NudgeIntervals, kind: NudgeKind, severity: Severity): number | null {
  if (kind === 'status-page') return minutes(intervals.statusPageMinutes[severity]);
  if (kind === 'quiet-log') return minutes(intervals.quietLogMinutes[severity]);
  const hours = intervals.analysisAfterResolveHours;
  return hours === null ? null : hours * 3_600_000;
}

const minutes = (value: number | null): number | null => (value === null ? null : value * 60_000);

/** The lead's choice for one reminder on one incident. */
export const NudgePrefSchema = z.object({
  off: z.boolean(),
  snoozedUntil: EpochMsSchema.nullable(),
});
export type NudgePref = z.infer<typeof NudgePrefSchema>;
export const NudgePrefsSchema = z.partialRecord(NudgeKindSchema, NudgePrefSchema);
export type NudgePrefs = z.infer<typeof NudgePrefsSchema>;

export function snooze(prefs: NudgePrefs, kind: NudgeKind, until: number): NudgePrefs {
  return { ...prefs, [kind]: { off: prefs[kind]?.off ?? false, snoozedUntil: until } };
}

export function setNudgeOff(prefs: NudgePrefs, kind: NudgeKind, off: boolean): NudgePrefs {
  return { ...prefs, [kind]: { off, snoozedUntil: off ? null : (prefs[kind]?.snoozedUntil ?? null) } };
}
