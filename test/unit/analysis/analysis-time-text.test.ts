import { describe, expect, it } from 'vitest';
import { durationText, utcDate, utcDateTime, utcOffsetText } from '../../../src/shared/analysis/analysis-time';

// How times and durations read in the analysis document: UTC, full dates, zero-padded, the same on every
// machine, and durations in the unit a reader expects at each size.

const S = 1000;
const MIN = 60 * S;
const HOUR = 60 * MIN;

describe('a time in the analysis document', () => {
  it('is the UTC date and a zero-padded time of day, to the second', () => {
    expect(utcDateTime(Date.UTC(2026, 0, 5, 3, 4, 5, 999))).toBe('2026-01-05 03:04:05');
    expect(utcDateTime(Date.UTC(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31 23:59:59');
    expect(utcDateTime(Date.UTC(2026, 10, 26, 10, 10, 10))).toBe('2026-11-26 10:10:10');
  });

  it('keeps the right date when times from different days alternate', () => {
    const monday = Date.UTC(2026, 10, 23, 9, 0, 0);
    const tuesday = Date.UTC(2026, 10, 24, 0, 0, 0);
    expect([utcDateTime(monday), utcDateTime(tuesday), utcDateTime(monday + 1000)]).toEqual([
      '2026-11-23 09:00:00',
      '2026-11-24 00:00:00',
      '2026-11-23 09:00:01',
    ]);
    expect(utcDate(tuesday - 1)).toBe('2026-11-23');
  });
});

describe('a duration in the analysis document', () => {
  it('is in seconds below a minute, minutes below an hour, hours and minutes below two days, then days and hours', () => {
    expect(durationText(0)).toBe('0 s');
    expect(durationText(59 * S)).toBe('59 s');
    expect(durationText(60 * S)).toBe('1 min');
    expect(durationText(59 * MIN + 59 * S)).toBe('59 min');
    expect(durationText(HOUR)).toBe('1 h 00 min');
    expect(durationText(2 * HOUR + 5 * MIN)).toBe('2 h 05 min');
    expect(durationText(47 * HOUR + 59 * MIN)).toBe('47 h 59 min');
    expect(durationText(48 * HOUR)).toBe('2 d 0 h');
    expect(durationText(74 * HOUR + 30 * MIN)).toBe('3 d 2 h');
  });

  it('rounds to the nearest second and never goes below zero', () => {
    expect(durationText(59_499)).toBe('59 s');
    expect(durationText(59_500)).toBe('1 min');
    expect(durationText(-5 * MIN)).toBe('0 s');
  });
});

describe('the offset of the lead’s zone', () => {
  it('is written as UTC±hh:mm, UTC+00:00 for UTC itself', () => {
    const winter = Date.UTC(2026, 0, 15, 12);
    expect(utcOffsetText(winter, 'Europe/Berlin')).toBe('UTC+01:00');
    expect(utcOffsetText(winter, 'America/New_York')).toBe('UTC-05:00');
    expect(utcOffsetText(winter, 'UTC')).toBe('UTC+00:00');
    expect(utcOffsetText(winter, 'Europe/London')).toBe('UTC+00:00');
  });

  it('says "unknown offset" for a zone name the machine does not know', () => {
    expect(utcOffsetText(Date.UTC(2026, 0, 15), 'Mars/Olympus_Mons')).toBe('unknown offset');
  });
});
