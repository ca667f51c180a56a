import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';

const ORDER_INDEX = '[incidentId+occurredAt+id]';

/**
 * The incident's entries in timeline order; a range over the compound index, so nothing else is read.
 * In IndexedDB's key order [id] sorts before every [id, time, entryId] and [id, []] after all of them
 * (arrays sort after numbers and strings).
 */
function timelineRange(db: SitrepDatabase, incidentId: string) {
  return db.entries.where(ORDER_INDEX).between([incidentId], [incidentId, []], true, true);
}

/** How many rows the timeline has, tombstones included (they render as "deleted — restore"). */
export function countTimeline(db: SitrepDatabase, incidentId: string): Promise<number> {
  return db.entries.where('incidentId').equals(incidentId).count();
}

/**
 * Rows offset..offset+limit of the timeline, oldest first. Only those rows are read: the cursor skips
 * the rest by key. (Skipping with a key-only cursor and fetching by id measured no faster in Chromium.) A window near the end (where people look during an incident) is read backwards from the
 * end, so opening a 50,000-entry timeline at its newest rows skips nothing.
 */
export async function timelineSlice(db: SitrepDatabase, incidentId: string, offset: number, limit: number): Promise<TimelineEntry[]> {
  return (await countedTimelineSlice(db, incidentId, offset, limit)).rows;
}

/** timelineSlice with the count it was read against (one snapshot), for callers that also need the total. */
export function countedTimelineSlice(
  db: SitrepDatabase,
  incidentId: string,
  offset: number,
  limit: number,
): Promise<{ count: number; rows: TimelineEntry[] }> {
  const start = Math.max(0, Math.floor(offset));
  const size = Math.max(0, Math.floor(limit));
  return db.transaction('r', db.entries, async () => {
    const count = await countTimeline(db, incidentId);
    if (size === 0 || start >= count) return { count, rows: [] };
    const end = Math.min(count, start + size);
    if (start <= count - end) return { count, rows: await timelineRange(db, incidentId).offset(start).limit(end - start).toArray() };
    const fromEnd = await timelineRange(db, incidentId)
      .reverse()
      .offset(count - end)
      .limit(end - start)
      .toArray();
    return { count, rows: fromEnd.reverse() };
  });
}

/** The latest `limit` rows, oldest first, read backwards from the end: no count needed, nothing skipped. */
export async function latestTimeline(db: SitrepDatabase, incidentId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await timelineRange(db, incidentId).reverse().limit(Math.max(0, Math.floor(limit))).toArray();
  return rows.reverse();
}

/** The newest entry that matches, read backwards from the end of the timeline: it stops at the first match. */
export function latestTimelineEntry(
  db: SitrepDatabase,
  incidentId: string,
  matches: (entry: TimelineEntry) => boolean,
): Promise<TimelineEntry | undefined> {
  return timelineRange(db, incidentId).reverse().filter(matches).first();
}

/** The whole timeline in order: for exports and the analysis document, not for painting. */
export function allTimeline(db: SitrepDatabase, incidentId: string): Promise<TimelineEntry[]> {
  return timelineRange(db, incidentId).toArray();
}
