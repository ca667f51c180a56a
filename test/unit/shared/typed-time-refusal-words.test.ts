import { describe, expect, it } from 'vitest';
import { describeInstant, readTypedTime, type ReadTimeOptions } from '../../../src/shared/time/typed-time';

// What a person reads under a time field: the whole sentence when a local time names no moment or two, the
// line that shows what was read before anything is saved, and dates and zones read the one way they can be.

// Wednesday 2026-07-01 12:00 UTC, 14:00 in Berlin (summer time).
const NOW = Date.UTC(2026, 6, 1, 12, 0, 0);
const berlin: ReadTimeOptions = { reference: NOW, now: NOW, timeZone: 'Europe/Berlin' };
const read = (text: string, options: ReadTimeOptions = berlin) => readTypedTime(text, options);

describe('a local time the clocks skipped or repeated', () => {
  const autumn = { ...berlin, reference: Date.UTC(2026, 10, 1), now: Date.UTC(2026, 10, 1) };

  it('is refused with the typed date and time written out, month and hour with two digits', () => {
    expect(read('2026-03-29 02:30', autumn)).toEqual({
      kind: 'refused',
      reason: '2026-03-29 02:30 never happened in Europe/Berlin: the clocks skipped that hour. Type the time in UTC, or the hour after.',
    });
    expect(read('2026-10-25 02:30', autumn)).toEqual({
      kind: 'refused',
      reason:
        '2026-10-25 02:30 happened twice in Europe/Berlin (the clocks went back): type it in UTC ' +
        '(2026-10-25 00:30:00 UTC or 2026-10-25 01:30:00 UTC).',
    });
  });
});

describe('a date with a day over 12', () => {
  it('is read as the only date it can be, day first or month first', () => {
    const jan13 = { kind: 'time', at: Date.UTC(2026, 0, 13, 9, 0) };
    expect(read('13/01/2026 10:00')).toEqual(jan13);
    expect(read('13.01.2026 10:00')).toEqual(jan13);
    expect(read('01/13/2026 10:00')).toEqual(jan13);
  });
});

describe('a US zone name after the time', () => {
  it('reads "10:18 PM PT" on the Pacific clock, in its summer time', () => {
    // 22:18 Pacific daylight time (UTC-7) on 30 June is 05:18 UTC on 1 July.
    expect(read('2026-06-30 10:18 PM PT')).toEqual({ kind: 'time', at: Date.UTC(2026, 6, 1, 5, 18) });
  });

  it('refuses "1:30 AM PT" on the night the Pacific clocks go back, naming both moments', () => {
    const december = { ...berlin, reference: Date.UTC(2026, 11, 1), now: Date.UTC(2026, 11, 1) };
    expect(read('2026-11-01 1:30 AM PT', december)).toEqual({
      kind: 'refused',
      reason:
        '2026-11-01 01:30 happened twice in America/Los_Angeles (the clocks went back): type it in UTC ' +
        '(2026-11-01 08:30:00 UTC or 2026-11-01 09:30:00 UTC).',
    });
  });
});

describe('a zone name the platform does not know', () => {
  it('gives a refusal to show, not an error', () => {
    expect(read('10:18', { ...berlin, timeZone: 'Mars/Olympus_Mons' })).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/^Sitrep cannot read "10:18" as a time\./),
    });
  });
});

describe('what a typed time reads as', () => {
  it('shows the date and time in UTC and in the zone, with the zone named', () => {
    expect(describeInstant(NOW, 'Europe/Berlin')).toBe('2026-07-01 12:00:00 UTC · 2026-07-01 14:00:00 CEST');
    expect(describeInstant(Date.UTC(2026, 0, 14, 23, 30), 'Asia/Tokyo')).toBe('2026-01-14 23:30:00 UTC · 2026-01-15 08:30:00 GMT+9');
  });
});
