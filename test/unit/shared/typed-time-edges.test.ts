import { describe, expect, it } from 'vitest';
import { readTimeDraft, readTypedTime, type ReadTimeOptions } from '../../../src/shared/time/typed-time';

// The edges of reading a typed time: a time of exactly now, a plan exactly 400 days ahead, a bare time equal
// to the moment it was typed, which day/month dates are ambiguous, and how much of unreadable text is quoted.

// Wednesday 2026-07-01 12:00 UTC, 14:00 in Berlin (summer time).
const NOW = Date.UTC(2026, 6, 1, 12, 0, 0);
const DAY = 86_400_000;
const berlin: ReadTimeOptions = { reference: NOW, now: NOW, timeZone: 'Europe/Berlin' };
const read = (text: string, options: ReadTimeOptions = berlin) => readTypedTime(text, options);

describe('reading a typed time at its limits', () => {
  it('accepts a past time of exactly now, and a plan exactly 400 days ahead but not a minute more', () => {
    expect(read('2026-07-01 12:00 UTC')).toEqual({ kind: 'time', at: NOW });
    const future = { ...berlin, direction: 'future' as const };
    expect(read('2027-08-05 12:00 UTC', future)).toEqual({ kind: 'time', at: NOW + 400 * DAY });
    expect(read('2027-08-05 12:01 UTC', future)).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/more than a year ahead/) });
  });

  it('takes a bare time equal to the moment it was typed as that moment, for the past and for a plan', () => {
    expect(read('14:00')).toEqual({ kind: 'time', at: NOW });
    expect(read('14:00', { ...berlin, direction: 'future' })).toEqual({ kind: 'time', at: NOW });
  });

  it('refuses every day/month date that could be read both ways, up to 12 on either side, but not a day like 05/05', () => {
    for (const text of ['12/01/2026 10:00', '01/12/2026 10:00', '12.11.2026 10:00']) {
      expect(read(text, { ...berlin, now: Date.UTC(2027, 0, 1) })).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/could be read two ways/) });
    }
    expect(read('05/05/2026 10:00')).toEqual({ kind: 'time', at: Date.UTC(2026, 4, 5, 8, 0) });
    // Year first is never ambiguous, though "11/03/04" inside it looks like a day/month date.
    expect(read('2011/03/04 10:00')).toEqual({ kind: 'time', at: Date.UTC(2011, 2, 4, 9, 0) });
  });

  it('quotes unreadable text of up to 40 characters in full, and cuts longer text with an ellipsis', () => {
    const forty = 'q'.repeat(40);
    expect(read(forty)).toMatchObject({ reason: expect.stringContaining(`Sitrep cannot read "${forty}" as a time.`) });
    expect(read(`${forty}z`)).toMatchObject({ reason: expect.stringContaining(`Sitrep cannot read "${forty}…" as a time.`) });
  });
});

describe('a time field never typed in', () => {
  it('reads a bare time against the clock now, not against the start of 1970', () => {
    expect(readTimeDraft({ text: '10:18', typedAt: 0 }, { now: NOW, timeZone: 'Europe/Berlin' })).toEqual({ kind: 'time', at: Date.UTC(2026, 6, 1, 8, 18) });
  });
});
