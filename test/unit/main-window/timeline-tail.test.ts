import { describe, expect, it } from 'vitest';
import {
  placeTail,
  sameRowsAs,
  stillAnnounced,
  withAnnounced,
  type TimelineCount,
} from '../../../src/renderer/src/main-window/incident/timeline-tail';
import { entryAt, MIN, T0 } from '../../support/domain-fixtures';

/** Entries 0..n-1, a minute apart: a timeline in order. */
const timelineOf = (n: number, from = T0) => Array.from({ length: n }, (_, i) => entryAt(from + i * MIN));
const counted = (count: number, newest: ReturnType<typeof entryAt> | null): TimelineCount => ({ incidentId: 'inc-1', count, newest });

describe('placeTail', () => {
  it('takes a short read as the whole timeline, whatever the count says', () => {
    expect(placeTail(timelineOf(7), 10, undefined)).toEqual({ count: 7, offset: 0 });
    expect(placeTail(timelineOf(7), 10, counted(3, null))).toEqual({ count: 7, offset: 0 });
  });

  it('waits for a count before placing a full read', () => {
    expect(placeTail(timelineOf(10), 10, undefined)).toBeUndefined();
  });

  it('places a full read at the end of a count that saw the same newest row', () => {
    const rows = timelineOf(10);
    expect(placeTail(rows, 10, counted(5_000, rows[9]!))).toEqual({ count: 5_000, offset: 4_990 });
  });

  it('adds the rows that arrived after the count, so a new entry at the end is placed exactly', () => {
    const before = timelineOf(12);
    const rows = before.slice(2); // the latest 10 after two entries arrived
    expect(placeTail(rows, 10, counted(5_000, before[9]!))).toEqual({ count: 5_002, offset: 4_992 });
  });

  it('does not count twice a row the count has already seen when the read is older than the count', () => {
    const rows = timelineOf(10);
    const newer = entryAt(T0 + 20 * MIN);
    expect(placeTail(rows, 10, counted(5_001, newer))).toEqual({ count: 5_001, offset: 4_991 });
  });

  it('places a timeline that grew from 4 rows to a full read at its start', () => {
    const rows = timelineOf(10);
    expect(placeTail(rows, 10, counted(4, rows[3]!))).toEqual({ count: 10, offset: 0 });
    expect(placeTail(rows, 10, counted(0, null))).toEqual({ count: 10, offset: 0 });
  });
});

describe('withAnnounced', () => {
  it('returns the rows read unchanged when every announced entry is already among them', () => {
    const rows = timelineOf(5);
    expect(withAnnounced(rows, [], 10)).toBe(rows);
    expect(withAnnounced(rows, [{ ...rows[4]! }], 10)).toBe(rows);
  });

  it('merges announced entries in timeline order and keeps the latest `limit`', () => {
    const rows = timelineOf(5);
    const late = entryAt(T0 + 30 * MIN, { id: 'late' });
    const between = entryAt(T0 + 2 * MIN + 1, { id: 'between' });
    const merged = withAnnounced(rows, [late, between], 6);
    expect(merged.map((e) => e.id)).toEqual([rows[1]!.id, rows[2]!.id, 'between', rows[3]!.id, rows[4]!.id, 'late']);
  });
});

describe('stillAnnounced', () => {
  it('drops entries the read has caught up with, and ones older than a full read', () => {
    const rows = timelineOf(5, T0 + 10 * MIN);
    const caughtUp = { ...rows[4]! };
    const older = entryAt(T0, { id: 'older' });
    const pending = entryAt(T0 + 60 * MIN, { id: 'pending' });
    expect(stillAnnounced([caughtUp, older, pending], rows, 5).map((e) => e.id)).toEqual(['pending']);
    // Not a full read: the older entry would be among the rows once read, so it is kept until then.
    expect(stillAnnounced([older, pending], rows, 10).map((e) => e.id)).toEqual(['older', 'pending']);
  });

  it('returns the same array when nothing is dropped, so the state does not change', () => {
    const pending = [entryAt(T0 + 60 * MIN, { id: 'pending' })];
    expect(stillAnnounced(pending, timelineOf(3), 10)).toBe(pending);
  });
});

describe('sameRowsAs', () => {
  it('keeps the rows on screen when a read brings equal copies', () => {
    const shown = timelineOf(4);
    expect(sameRowsAs(shown, shown.map((e) => ({ ...e })))).toBe(shown);
  });

  it('takes the new rows when any row was edited, deleted, moved or added', () => {
    const shown = timelineOf(4);
    const copies = () => shown.map((e) => ({ ...e }));
    const changes = [
      (rows: ReturnType<typeof copies>) => (rows[1]!.text = 'changed'),
      (rows: ReturnType<typeof copies>) => (rows[2]!.deletedAt = T0),
      (rows: ReturnType<typeof copies>) => (rows[3]!.occurredAt += 1),
      (rows: ReturnType<typeof copies>) => (rows[0]!.kind = 'action'),
      (rows: ReturnType<typeof copies>) => rows.push(entryAt(T0 + 99 * MIN)),
    ];
    for (const change of changes) {
      const next = copies();
      change(next);
      expect(sameRowsAs(shown, next)).toBe(next);
    }
    expect(sameRowsAs(undefined, shown)).toBe(shown);
  });
});
