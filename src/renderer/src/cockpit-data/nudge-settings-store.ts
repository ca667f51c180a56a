import { defaultNudgeIntervals, NudgeIntervalsSchema, type NudgeIntervals } from '../../../shared/nudges/nudge-settings';
import type { SitrepDatabase } from '../data/db';
import { guardStorage } from '../data/storage-error';

/*
 * The reminder intervals live in the settings table under their own key. They are not part of the data
 * layer's Settings schema (that one is the main window's); a missing or unreadable row reads as the defaults.
 */
export const NUDGE_INTERVALS_KEY = 'nudgeIntervals';

export async function readNudgeIntervals(db: SitrepDatabase): Promise<NudgeIntervals> {
  const row = await db.settings.get(NUDGE_INTERVALS_KEY);
  const parsed = NudgeIntervalsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : defaultNudgeIntervals;
}

export async function writeNudgeIntervals(db: SitrepDatabase, intervals: NudgeIntervals): Promise<void> {
  const value = NudgeIntervalsSchema.parse(intervals);
  await guardStorage(() => db.settings.put({ key: NUDGE_INTERVALS_KEY, value }));
}
