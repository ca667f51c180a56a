import { describe, expect, it } from 'vitest';
import { wallTimeAt, zoneOffsetAt } from '../../../src/shared/time/zone-clock';

// The wall clock of a zone for instants Intl writes in an unusual way: before 1970 (negative epoch
// milliseconds) and before the year 1 (which Intl writes as a year with the era "BC").

describe('the wall clock of a zone', () => {
  it('reads the millisecond of an instant before 1970 as a positive part of its second', () => {
    expect(wallTimeAt(-1, 'UTC')).toEqual({ year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999 });
    expect(zoneOffsetAt(-1, 'UTC')).toBe(0);
    expect(zoneOffsetAt(Date.UTC(1969, 0, 15, 12, 0, 0, 250), 'Europe/Berlin')).toBe(3_600_000);
  });

  it('counts years before the year 1 as 0, -1, … so a zone’s offset there is still right', () => {
    // 1 June of the year 0, i.e. 1 BC (Date.UTC would read a year 0 as 1900).
    const at = new Date(0).setUTCFullYear(0, 5, 1);
    expect(wallTimeAt(at, 'UTC')).toMatchObject({ year: 0, month: 6, day: 1 });
    expect(zoneOffsetAt(at, 'UTC')).toBe(0);
  });
});
