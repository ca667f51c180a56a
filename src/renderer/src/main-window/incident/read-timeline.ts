import Dexie from 'dexie';
import type { TimelineEntry } from '../../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from '../../data/db';
import { countedSince, latestTimeline, timelineFrom, timelineSliceOf, type CountSince, type TimelineKey } from '../../data/timeline-queries';

/** Rows are read in pages of this size around what is on screen, so a scroll within a page reads nothing. */
export const PAGE = 100;
/** The latest rows, read while the user follows the end of the timeline. */
const TAIL = PAGE;

/** Which rows to read: the latest ones (the usual case), or a range around what the user scrolled to. */
export type ReadWindow = { mode: 'end' } | { mode: 'range'; offset: number; limit: number };

/** What the timeline paints: `rows` are rows offset..offset+rows.length of `count`. */
export interface TimelineData {
  incidentId: string;
  count: number;
  offset: number;
  rows: TimelineEntry[];
  /**
   * Set while the incident's rows are still being counted (its first opening in this window): `count` is
   * then only the rows read, placed from 0. Resolves when the count is known; read again then.
   */
  counting?: Promise<void>;
}

/**
 * What earlier reads of an incident left to start from, per database connection: the count taken once
 * (countedSince says why it stays exact) and the key the latest rows were read from. Kept across re-opens
 * in this window, so switching back to an incident counts nothing.
 */
interface Known {
  counted?: CountSince;
  counting?: Promise<void>;
  tailFrom?: TimelineKey;
}
const known = new WeakMap<SitrepDatabase, Map<string, Known>>();

function knownOf(db: SitrepDatabase, incidentId: string): Known {
  let map = known.get(db);
  if (!map) known.set(db, (map = new Map()));
  let entry = map.get(incidentId);
  if (!entry) map.set(incidentId, (entry = {}));
  return entry;
}

const keyOf = (entry: TimelineEntry): TimelineKey => [entry.occurredAt, entry.id];

/**
 * The latest rows: read backwards once, then from the first of them to the end in one request, which always
 * yields the latest rows whatever changed. Grown past two tails, the start moves up to the last tail's first
 * row; shrunk (that row's time was edited later), it is read backwards again.
 */
async function latestRows(db: SitrepDatabase, incidentId: string, from: Known): Promise<TimelineEntry[]> {
  let rows = from.tailFrom ? await timelineFrom(db, incidentId, from.tailFrom) : [];
  if (rows.length < TAIL / 2) rows = await latestTimeline(db, incidentId, TAIL);
  else if (rows.length > 2 * TAIL) rows = rows.slice(-TAIL);
  const first = rows[0];
  from.tailFrom = first ? keyOf(first) : undefined;
  return rows;
}

/**
 * What the timeline shows, read in one snapshot: the rows of the read window and the row count. It is the
 * timeline's live query, so it runs on every entry written anywhere: it reads only the rows it paints plus
 * the few captured since the count was taken, never every row or index key of the incident (the first
 * opening of an incident in a window counts its index keys once, beside the query: countOnce).
 */
/**
 * Counts an incident's rows once, in a transaction of its own (outside the live query, which must not wait
 * for it or watch what it reads): counting 500,000 index keys takes longer than painting the latest rows.
 */
function countOnce(db: SitrepDatabase, incidentId: string, from: Known): Promise<void> {
  from.counting ??= Dexie.ignoreTransaction(() =>
    db.transaction('r', db.entries, () => countedSince(db, incidentId, undefined)).then(
      (counted) => {
        from.counted ??= counted;
      },
      (error: unknown) => {
        from.counting = undefined; // the next opening tries again
        throw error;
      },
    ),
  );
  return from.counting;
}

export function readTimeline(db: SitrepDatabase, incidentId: string, readWindow: ReadWindow): Promise<TimelineData> {
  return db.transaction('r', db.entries, async (): Promise<TimelineData> => {
    const from = knownOf(db, incidentId);
    if (readWindow.mode === 'end' && !from.counted) {
      // First opening: the latest rows now, placed provisionally; the count follows (see TimelineData.counting).
      const counting = countOnce(db, incidentId, from);
      const rows = await latestRows(db, incidentId, from);
      // Fewer rows than a read asks for: that is the whole timeline, so nothing needs counting.
      if (rows.length < PAGE) return { incidentId, count: rows.length, offset: 0, rows };
      return { incidentId, count: rows.length, offset: 0, rows, counting };
    }
    const counting = countedSince(db, incidentId, from.counted);
    if (readWindow.mode === 'end') {
      // Both requests go out together: the latest rows do not depend on the count.
      const [counted, rows] = await Promise.all([counting, latestRows(db, incidentId, from)]);
      from.counted = counted;
      return { incidentId, count: counted.count, offset: counted.count - rows.length, rows };
    }
    const counted = await counting;
    from.counted = counted;
    const rows = await timelineSliceOf(db, incidentId, readWindow.offset, readWindow.limit, counted.count);
    return { incidentId, count: counted.count, offset: Math.min(readWindow.offset, counted.count), rows };
  });
}
