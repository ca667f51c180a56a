import { afterEach, describe, expect, it, vi } from 'vitest';
import { instantOfWallTime, machineTimeZone, wallTimeAt, type WallTime } from '../../../src/shared/time/zone-clock';
import { machineSetTo } from '../../support/machine-zone';

// The way from a wall clock back to instants, asked directly: a time the clocks showed twice names both
// passes in order, a date past the last one JavaScript can hold names none (and does not throw), a zone with
// a quarter-hour offset is read to the minute, and "the machine's zone" follows what the machine is set to.

const wall = (year: number, month: number, day: number, hour: number, minute: number): WallTime => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the instants a wall clock names', () => {
  it('are two, first pass first, for 02:30 on the night Berlin turns its clocks back', () => {
    expect(instantOfWallTime(wall(2026, 10, 25, 2, 30), 'Europe/Berlin')).toEqual({
      kind: 'two',
      earlier: Date.UTC(2026, 9, 25, 0, 30),
      later: Date.UTC(2026, 9, 25, 1, 30),
    });
  });

  it('are two, in time order, for a repeated hour before 1970 (instants below zero)', () => {
    // New York went back from 02:00 EDT to 01:00 EST on 26 October 1969.
    expect(instantOfWallTime(wall(1969, 10, 26, 1, 30), 'America/New_York')).toEqual({
      kind: 'two',
      earlier: Date.UTC(1969, 9, 26, 5, 30),
      later: Date.UTC(1969, 9, 26, 6, 30),
    });
  });

  it('are none, without an error, for a date after the last one a JavaScript date can hold', () => {
    expect(instantOfWallTime(wall(300_000, 1, 1, 0, 0), 'UTC')).toEqual({ kind: 'none' });
    expect(instantOfWallTime(wall(300_000, 1, 1, 0, 0), 'Europe/Berlin')).toEqual({ kind: 'none' });
  });
});

describe('the wall clock of a zone with a quarter-hour offset', () => {
  it('shows the Chatham Islands 13 h 45 min ahead of UTC in their summer', () => {
    expect(wallTimeAt(Date.UTC(2026, 0, 1, 12, 0, 0, 250), 'Pacific/Chatham')).toEqual({
      year: 2026,
      month: 1,
      day: 2,
      hour: 1,
      minute: 45,
      second: 0,
      millisecond: 250,
    });
  });
});

describe("the machine's zone", () => {
  it('is the zone the machine is set to, so a bare 10:18 is read on its clock', () => {
    machineSetTo('Asia/Tokyo');
    expect(machineTimeZone()).toBe('Asia/Tokyo');
    vi.restoreAllMocks();
    machineSetTo('America/Sao_Paulo');
    expect(machineTimeZone()).toBe('America/Sao_Paulo');
  });
});
