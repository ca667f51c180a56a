import { describe, expect, it } from 'vitest';
import { formatDuration, formatLocal, formatUtc, formatUtcAndLocal, isValidTimeZone, spansDays } from '../../../src/shared/time/format-time';

// Each unit of a duration at, below and above the point where the next unit takes over, and the last instant
// a date can hold: the places where a `<` turned `<=` would show a person "60 s" or "24 h 00 min".

const S = 1_000;
const M = 60 * S;
const H = 60 * M;
const D = 24 * H;

describe('formatDuration at the edges of each unit', () => {
  it.each([
    [M - 1, '59 s'],
    [M, '1 min 00 s'],
    [M + S, '1 min 01 s'],
    [H - 1, '59 min 59 s'],
    [H, '1 h 00 min'],
    [H + M, '1 h 01 min'],
    [D - 1, '23 h 59 min'],
    [D, '1 d 00 h'],
    [D + H, '1 d 01 h'],
    [-1, '-0 s'],
    [Number.POSITIVE_INFINITY, 'unknown'],
  ])('%d ms reads "%s"', (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});

describe('the last instant a date can hold', () => {
  const last = 8.64e15;
  it('is shown; one millisecond later is called an invalid time, in both columns', () => {
    expect(formatUtc(last, { withDate: true })).toBe('275760-09-13 00:00:00 UTC');
    expect(formatUtc(-last)).toBe('00:00:00 UTC');
    expect(formatUtc(last + 1)).toBe('invalid time');
    expect(formatLocal(last + 1)).toBe('invalid time');
    expect(formatUtcAndLocal(Number.NaN)).toBe('invalid time · invalid time');
    expect(spansDays(0, last + 1, 'UTC')).toBe(false);
    expect(spansDays(Number.NaN, 0, 'UTC')).toBe(false);
  });
});

describe('local time', () => {
  it('names the zone it is shown in', () => {
    expect(formatLocal(Date.UTC(2026, 10, 26, 14, 3, 7), { timeZone: 'Europe/Berlin', withDate: true })).toBe('2026-11-26 15:03:07 CET');
    expect(formatUtcAndLocal(Date.UTC(2026, 6, 1, 8), { timeZone: 'Europe/Berlin' })).toBe('08:00:00 UTC · 10:00:00 CEST');
  });

  it('tells a real zone name from a made-up one', () => {
    expect(isValidTimeZone('Asia/Kolkata')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('knows a month apart is another day even on the same day number', () => {
    expect(spansDays(Date.UTC(2026, 9, 26, 12), Date.UTC(2026, 10, 26, 12), 'UTC')).toBe(true);
  });
});
