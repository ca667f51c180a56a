import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';

const ORDER_INDEX = '[incidentId+occurredAt+id]';

/**
 * Every entry of the incident, tombstones included, in timeline order: a range over the compound index, so
 * nothing else is read. In IndexedDB's key order [id] sorts before every [id, time, entryId] and [id, []]
 * after all of them (arrays sort after numbers and strings). The one way to read an incident's entries: the
 * log has no index on incidentId alone, and Dexie's own where('incidentId') pads this index's key with the same
 * array object twice, which IndexedDB implementations that follow the specification's key rules refuse.
 */
export function entriesOf(db: SitrepDatabase, incidentId: string) {
  return db.entries.where(ORDER_INDEX).between([incidentId], [incidentId, []], true, true);
}

/** How many rows the timeline has, tombstones included (they render as "deleted — restore"). */
export function countTimeline(db: SitrepDatabase, incidentId: string): Promise<number> {
  return entriesOf(db, incidentId).count();
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
  return db.transaction('r', db.entries, async () => {
    const count = await countTimeline(db, incidentId);
    return { count, rows: await timelineSliceOf(db, incidentId, offset, limit, count) };
  });
}

/** timelineSlice of a timeline whose row count is known (read in the same transaction), so nothing is counted. */
export async function timelineSliceOf(
  db: SitrepDatabase,
  incidentId: string,
  offset: number,
  limit: number,
  count: number,
): Promise<TimelineEntry[]> {
  const start = Math.max(0, Math.floor(offset));
  const size = Math.max(0, Math.floor(limit));
  if (size === 0 || start >= count) return [];
  const end = Math.min(count, start + size);
  if (start <= count - end) return entriesOf(db, incidentId).offset(start).limit(end - start).toArray();
  const fromEnd = await entriesOf(db, incidentId)
    .reverse()
    .offset(count - end)
    .limit(end - start)
    .toArray();
  return fromEnd.reverse();
}

/**
 * An incident's row count as of one snapshot, kept current without counting again: `count` rows, of which
 * `recent` reached this log (storedAt) at or after `since`. Entries are never removed (a delete leaves a
 * tombstone), so later the count is `count - recent` plus the rows stored since `since` then: new notes,
 * backfills, imported and synced rows alike, whatever times they carry.
 */
export interface CountSince {
  count: number;
  since: number;
  recent: number;
}

/**
 * A write stamps storedAt just before its transaction starts; one stamped longer than this before a count
 * began could commit after it unseen, so `since` trails the count by this much.
 */
const STAMP_TO_COMMIT_MS = 2_000;
/** Past this many rows stored since `since` (of any incident), `since` moves up so a run reads few again. */
const MOVE_SINCE_AFTER = 200;

async function storedSince(db: SitrepDatabase, incidentId: string, since: number): Promise<{ mine: number; scanned: number }> {
  // One request for the few rows (getAll), rather than a cursor's round trip per row.
  const rows = await db.entries.where('storedAt').aboveOrEqual(since).toArray();
  return { mine: rows.filter((entry) => entry.incidentId === incidentId).length, scanned: rows.length };
}

/**
 * The incident's row count, counted once (`before` undefined) and from then on brought up to date from the
 * few rows stored since: what the timeline's live query runs on every new entry, instead of counting
 * every index key of a 50,000-row timeline again. Call inside a read transaction on entries.
 */
export async function countedSince(db: SitrepDatabase, incidentId: string, before?: CountSince): Promise<CountSince> {
  const moveSince = async (count: number): Promise<CountSince> => {
    const since = Date.now() - STAMP_TO_COMMIT_MS;
    return { count, since, recent: (await storedSince(db, incidentId, since)).mine };
  };
  if (!before) return moveSince(await countTimeline(db, incidentId));
  const now = await storedSince(db, incidentId, before.since);
  const count = before.count - before.recent + now.mine;
  return now.scanned > MOVE_SINCE_AFTER ? moveSince(count) : { count, since: before.since, recent: now.mine };
}

/** The latest `limit` rows, oldest first, read backwards from the end: no count needed, nothing skipped. */
export async function latestTimeline(db: SitrepDatabase, incidentId: string, limit: number): Promise<TimelineEntry[]> {
  const rows = await entriesOf(db, incidentId).reverse().limit(Math.max(0, Math.floor(limit))).toArray();
  return rows.reverse();
}

/** Where a suffix of the timeline starts: the order-index key of its first row. */
export type TimelineKey = readonly [occurredAt: number, id: string];

/**
 * Every row from `from` (inclusive) to the end of the timeline, oldest first, in one request: whatever was
 * added or changed since, these are always the latest rows of the timeline (a suffix of it), so a reader that
 * keeps reading from the same key sees new entries without a cursor walking back over the rows it had.
 */
export function timelineFrom(db: SitrepDatabase, incidentId: string, from: TimelineKey): Promise<TimelineEntry[]> {
  return db.entries.where(ORDER_INDEX).between([incidentId, from[0], from[1]], [incidentId, []], true, true).toArray();
}

/** The newest entry that matches, read backwards from the end of the timeline: it stops at the first match. */
export function latestTimelineEntry(
  db: SitrepDatabase,
  incidentId: string,
  matches: (entry: TimelineEntry) => boolean,
): Promise<TimelineEntry | undefined> {
  return entriesOf(db, incidentId).reverse().filter(matches).first();
}

/** The whole timeline in order: for exports and the analysis document, not for painting. */
export function allTimeline(db: SitrepDatabase, incidentId: string): Promise<TimelineEntry[]> {
  return entriesOf(db, incidentId).toArray();
}
