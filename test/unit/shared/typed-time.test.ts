import { describe, expect, it } from 'vitest';
import { readTypedTime, typedTextFor, type ReadTimeOptions } from '../../../src/shared/time/typed-time';

// Wednesday 2026-07-01 12:00 UTC, 14:00 in Berlin (summer time).
const NOW = Date.UTC(2026, 6, 1, 12, 0, 0);
const berlin: ReadTimeOptions = { reference: NOW, now: NOW, timeZone: 'Europe/Berlin' };

function at(text: string, options: ReadTimeOptions = berlin): string {
  const read = readTypedTime(text, options);
  if (read.kind !== 'time') throw new Error(`expected a time for ${text}, got ${JSON.stringify(read)}`);
  return new Date(read.at).toISOString();
}

function refusal(text: string, options: ReadTimeOptions = berlin): string {
  const read = readTypedTime(text, options);
  if (read.kind !== 'refused') throw new Error(`expected a refusal for ${text}, got ${JSON.stringify(read)}`);
  return read.reason;
}

describe('readTypedTime', () => {
  it('reads the forms people type or paste, in UTC or in local time', () => {
    expect(at('2026-01-14 10:18 UTC')).toBe('2026-01-14T10:18:00.000Z');
    expect(at('10:18')).toBe('2026-07-01T08:18:00.000Z');
    expect(at('yesterday 16:58')).toBe('2026-06-30T14:58:00.000Z');
    expect(at('Wed, 14 Jan 2026 10:18:03 GMT')).toBe('2026-01-14T10:18:03.000Z');
    expect(at('2026-01-14T10:18:03.123Z')).toBe('2026-01-14T10:18:03.123Z');
    expect(at('2026-01-14 10:18 +05:30')).toBe('2026-01-14T04:48:00.000Z');
    expect(at('14 Jan 2026 10:18')).toBe('2026-01-14T09:18:00.000Z');
  });

  it('reads a winter date typed in summer with the winter offset', () => {
    // Berlin is UTC+2 on the day it is typed and UTC+1 on the day typed: 10:18 there is 09:18 UTC.
    expect(at('2026-01-14 10:18')).toBe('2026-01-14T09:18:00.000Z');
  });

  it('takes a bare time later than now as yesterday\'s, and as tomorrow\'s for a plan', () => {
    expect(at('15:30')).toBe('2026-06-30T13:30:00.000Z');
    expect(at('10:00', { ...berlin, direction: 'future' })).toBe('2026-07-02T08:00:00.000Z');
  });

  it('refuses the future, the absurd and the unreadable with a sentence', () => {
    expect(refusal('2099-01-01 10:00')).toMatch(/^2099-01-01 09:00:00 UTC is in the future; .*Check the date/);
    expect(refusal('1999-12-31 10:00')).toMatch(/before the year 2000; check the year/);
    expect(refusal('01142026020300A')).toMatch(/^Sitrep cannot read "01142026020300A" as a time\. Type a date and time, for example/);
    expect(refusal('10:18 or so')).toMatch(/cannot read "10:18 or so"/);
    expect(refusal('2026-01-14')).toMatch(/Add the time of day/);
    expect(refusal('01/02/2026 10:00')).toMatch(/could be read two ways/);
    expect(refusal('2027-12-01 10:00', { ...berlin, direction: 'future' })).toMatch(/more than a year ahead/);
    for (const text of ['2099-01-01 10:00', '01142026020300A', '1999-12-31 10:00']) {
      expect(refusal(text)).not.toMatch(/expected|Too small|zod|NaN/);
    }
  });

  it('refuses a wall time the clocks skipped or repeated instead of guessing', () => {
    const late = { ...berlin, reference: Date.UTC(2026, 10, 1), now: Date.UTC(2026, 10, 1) };
    expect(refusal('2026-03-29 02:30', late)).toMatch(/never happened in Europe\/Berlin/);
    expect(refusal('2026-10-25 02:30', late)).toMatch(
      /happened twice in Europe\/Berlin .*2026-10-25 00:30:00 UTC or 2026-10-25 01:30:00 UTC/,
    );
    // With the zone named, the repeated hour is one moment.
    expect(at('2026-10-25 02:30 CEST', late)).toBe('2026-10-25T00:30:00.000Z');
    expect(at('2026-10-25 02:30 CET', late)).toBe('2026-10-25T01:30:00.000Z');
  });

  it('gives empty text as empty, not as now', () => {
    expect(readTypedTime('   ', berlin)).toEqual({ kind: 'empty' });
  });
});

describe('typedTextFor', () => {
  it('writes local time that reads back to the same second, and UTC inside a repeated hour', () => {
    const summer = Date.UTC(2026, 6, 1, 9, 5, 7, 250);
    expect(typedTextFor(summer, 'Europe/Berlin')).toBe('2026-07-01 11:05:07');
    const repeated = Date.UTC(2026, 9, 25, 0, 30, 0);
    expect(typedTextFor(repeated, 'Europe/Berlin')).toBe('2026-10-25 00:30:00 UTC');
    expect(at(typedTextFor(repeated, 'Europe/Berlin'), { ...berlin, now: Date.UTC(2026, 10, 1) })).toBe('2026-10-25T00:30:00.000Z');
  });
});

describe('zone abbreviations', () => {
  const late = { ...berlin, reference: Date.UTC(2026, 11, 1), now: Date.UTC(2026, 11, 1) };
  it('reads CET as +01:00 in summer too, and a zone name like ET by the date', () => {
    expect(at('2026-07-01 10:00 CET', late)).toBe('2026-07-01T09:00:00.000Z');
    expect(at('2026-07-01 10:00 ET', late)).toBe('2026-07-01T14:00:00.000Z');
    expect(at('2026-01-14 10:00 ET', late)).toBe('2026-01-14T15:00:00.000Z');
    expect(refusal('2026-11-01 01:30 ET', late)).toMatch(/happened twice in America\/New_York/);
  });
});
