import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  formatLocal,
  formatUtc,
  formatUtcAndLocal,
  isValidTimeZone,
  spansDays,
} from '../../../src/shared/time/format-time';

const AFTERNOON = Date.UTC(2026, 10, 26, 14, 3, 7); // 2026-11-26 14:03:07 UTC, winter in Europe
const SUMMER_NOON = Date.UTC(2026, 6, 1, 12, 0, 0);
const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatUtc', () => {
  it('shows the UTC time, with the date when asked', () => {
    expect(formatUtc(AFTERNOON)).toBe('14:03:07 UTC');
    expect(formatUtc(AFTERNOON, { withDate: true })).toBe('2026-11-26 14:03:07 UTC');
  });

  it('uses a 24-hour clock with leading zeros at midnight', () => {
    expect(formatUtc(Date.UTC(2027, 0, 1, 0, 0, 5), { withDate: true })).toBe('2027-01-01 00:00:05 UTC');
  });

  it('says so instead of printing nonsense for a value that is not a time', () => {
    expect(formatUtc(Number.NaN)).toBe('invalid time');
    expect(formatUtc(9e15)).toBe('invalid time');
  });
});

describe('formatLocal', () => {
  it.each([
    ['Europe/Berlin', AFTERNOON, '2026-11-26 15:03:07 CET'],
    ['Europe/Berlin', SUMMER_NOON, '2026-07-01 14:00:00 CEST'],
    ['America/New_York', AFTERNOON, '2026-11-26 09:03:07 GMT-5'],
    ['Asia/Kolkata', AFTERNOON, '2026-11-26 19:33:07 GMT+5:30'],
    ['Pacific/Kiritimati', AFTERNOON, '2026-11-27 04:03:07 GMT+14'],
  ])('shows the wall clock in %s, including its daylight-saving rules', (timeZone, ms, expected) => {
    expect(formatLocal(ms, { timeZone, withDate: true })).toBe(expected);
  });

  it('leaves out the date unless asked', () => {
    expect(formatLocal(AFTERNOON, { timeZone: 'Europe/Berlin' })).toBe('15:03:07 CET');
  });

  it('falls back to the machine zone for an unknown zone name instead of failing', () => {
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(formatLocal(AFTERNOON, { timeZone: 'Mars/Olympus_Mons' })).toBe(formatLocal(AFTERNOON));
  });

  it('sits beside UTC in one line', () => {
    expect(formatUtcAndLocal(AFTERNOON, { timeZone: 'Europe/Berlin' })).toBe('14:03:07 UTC · 15:03:07 CET');
    expect(formatUtcAndLocal(AFTERNOON, { timeZone: 'Asia/Tokyo', withDate: true })).toBe(
      '2026-11-26 14:03:07 UTC · 2026-11-26 23:03:07 GMT+9',
    );
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [999, '0 s'],
    [45 * SECOND, '45 s'],
    [MINUTE, '1 min 00 s'],
    [12 * MINUTE + 5 * SECOND, '12 min 05 s'],
    [2 * HOUR + 5 * MINUTE + 59 * SECOND, '2 h 05 min'],
    [23 * HOUR + 59 * MINUTE, '23 h 59 min'],
    [3 * DAY + 4 * HOUR + 30 * MINUTE, '3 d 04 h'],
    [-90 * SECOND, '-1 min 30 s'],
    [Number.NaN, 'unknown'],
  ])('%d ms reads "%s"', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('spansDays', () => {
  const lateEvening = Date.UTC(2026, 10, 26, 22, 30);
  const earlyMorning = Date.UTC(2026, 10, 27, 0, 30);

  it('is false within one calendar day and true across midnight', () => {
    expect(spansDays(Date.UTC(2026, 10, 26, 1), Date.UTC(2026, 10, 26, 23), 'UTC')).toBe(false);
    expect(spansDays(lateEvening, earlyMorning, 'UTC')).toBe(true);
  });

  it('depends on the zone: the same two instants can be one day in one zone and two in another', () => {
    expect(spansDays(lateEvening, earlyMorning, 'America/New_York')).toBe(false);
    // 23:00 and 00:30 in Tokyo, though only 14:00 and 15:30 in UTC.
    expect(spansDays(Date.UTC(2026, 10, 26, 14), Date.UTC(2026, 10, 26, 15, 30), 'Asia/Tokyo')).toBe(true);
    expect(spansDays(Date.UTC(2026, 10, 26, 14), Date.UTC(2026, 10, 26, 15, 30), 'UTC')).toBe(false);
  });

  it('is true for the same wall date a year apart', () => {
    expect(spansDays(Date.UTC(2025, 10, 26, 12), Date.UTC(2026, 10, 26, 12), 'UTC')).toBe(true);
  });
});

describe('properties over any instant', () => {
  const instant = fc.integer({ min: 0, max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) });
  const zone = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Apia');

  it('formatUtc with the date reads back as the same instant, to the second', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC$/.exec(formatUtc(ms, { withDate: true }));
        expect(match).not.toBeNull();
        const [, y, mo, d, h, mi, sec] = (match ?? []).map(Number);
        const back = new Date(0);
        back.setUTCFullYear(y ?? 0, (mo ?? 1) - 1, d ?? 0);
        back.setUTCHours(h ?? 0, mi ?? 0, sec ?? 0, 0);
        expect(back.getTime()).toBe(Math.floor(ms / SECOND) * SECOND);
      }),
    );
  });

  it('spansDays is false for one instant and true for instants 26 hours or more apart, in every zone', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 26 * HOUR, max: 400 * DAY }), zone, (ms, gap, timeZone) => {
        expect(spansDays(ms, ms, timeZone)).toBe(false);
        expect(spansDays(ms, ms + gap, timeZone)).toBe(true);
      }),
    );
  });
});
