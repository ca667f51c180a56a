import type { TimelineEntry } from '../../../../shared/domain/timeline-entry';
import { compareEntries } from '../../../../shared/domain/timeline-entry-factory';

/** What the live count of an incident's timeline last saw: how many rows, and the newest of them. */
export interface TimelineCount {
  incidentId: string;
  count: number;
  newest: TimelineEntry | null;
}

/**
 * Where the latest rows of a timeline sit in the whole of it, so they can be painted before a fresh count
 * arrives. Counting 50,000 index keys takes several milliseconds on every new entry, while reading the
 * latest rows takes one or two; both queries re-run on the same change, so the rows usually land first.
 *
 * - Fewer rows than asked for: that is the whole timeline, whatever the count says.
 * - Otherwise the count is brought up to date with the rows that sort after the newest entry it saw:
 *   new entries land at the end, so this is exact for them. An entry written with an older time lands
 *   before the rows and cannot be seen here; the next count, a moment later, corrects it.
 * - No count yet (the incident is opening): undefined, nothing to place.
 */
export function placeTail(
  rows: readonly TimelineEntry[],
  requested: number,
  counted: TimelineCount | undefined,
): { count: number; offset: number } | undefined {
  if (rows.length < requested) return { count: rows.length, offset: 0 };
  if (!counted) return undefined;
  const { newest } = counted;
  const unseen = newest === null ? rows.length : rows.filter((row) => compareEntries(row, newest) > 0).length;
  const count = Math.max(counted.count + unseen, rows.length);
  return { count, offset: count - rows.length };
}

/**
 * The latest rows as read, plus entries announced since (entry-broadcast) that the read does not have yet:
 * the newest `limit` of both, in timeline order. Returns the rows read, unchanged, when nothing is added.
 */
export function withAnnounced(rows: TimelineEntry[], announced: readonly TimelineEntry[], limit: number): TimelineEntry[] {
  if (announced.length === 0) return rows;
  const have = new Set(rows.map((row) => row.id));
  const extra = announced.filter((entry) => !have.has(entry.id));
  if (extra.length === 0) return rows;
  return [...rows, ...extra].sort(compareEntries).slice(-limit);
}

/**
 * Announced entries still worth keeping: not yet in the rows read, and not older than all of a full read
 * (such an entry belongs above the latest rows, where the count, not the rows, accounts for it).
 */
export function stillAnnounced(announced: TimelineEntry[], rows: readonly TimelineEntry[], limit: number): TimelineEntry[] {
  const have = new Set(rows.map((row) => row.id));
  const oldest = rows.length >= limit ? rows[0] : undefined;
  const kept = announced.filter((entry) => !have.has(entry.id) && !(oldest && compareEntries(entry, oldest) < 0));
  return kept.length === announced.length ? announced : kept;
}

function sameRow(a: TimelineEntry, b: TimelineEntry): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.editedAt === b.editedAt &&
      a.deletedAt === b.deletedAt &&
      a.occurredAt === b.occurredAt &&
      a.kind === b.kind &&
      a.text === b.text)
  );
}

/**
 * The rows already on screen when a read brings the same ones again (as freshly cloned objects), so React
 * skips the timeline: after an announced entry is painted, the live queries' answers change nothing.
 */
export function sameRowsAs(previous: TimelineEntry[] | undefined, next: TimelineEntry[]): TimelineEntry[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (!sameRow(previous[i]!, next[i]!)) return next;
  return previous;
}
