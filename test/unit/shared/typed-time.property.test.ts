import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  emptyTimeDraft,
  readTimeDraft,
  readTypedTime,
  typedTextFor,
  typedTimeDraft,
  type TimeDraft,
  type TypedTime,
} from '../../../src/shared/time/typed-time';
import { formatUtc } from '../../../src/shared/time/format-time';

/*
 * Nothing typed is saved as another moment: whatever the zone, the typing speed, the pauses and the clock
 * (fake timers, crossing midnight and clock changes), a saved time is exactly the one the text names and the
 * one the field showed at the last keystroke, or it is refused. Seeded; the seed is printed for a rerun.
 */
const seed = Number(process.env.SITREP_SEED ?? Date.now() % 2 ** 31);
console.log(`typed-time properties: seed ${seed} (rerun with SITREP_SEED=${seed})`);

const zones = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe', // a half-hour summer time
  'America/St_Johns',
  'Pacific/Chatham',
  'Europe/London',
] as const;

const FROM = Date.UTC(2000, 0, 1);
const UNTIL = Date.UTC(2026, 10, 29);
const MINUTE = 60_000;
const instant = fc.integer({ min: FROM, max: UNTIL });
const zone = fc.constantFrom(...zones);

/** The wall clock of `zone` as text ("2026-01-14 10:18"), by the platform: an oracle apart from the parser. */
function wallText(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
}

const absoluteForms = (t: number, timeZone: string): string[] => [
  formatUtc(t, { withDate: true }),
  new Date(t).toISOString(),
  new Date(t).toUTCString(),
  typedTextFor(t, timeZone),
];

const sameSecond = (a: number, b: number) => Math.floor(a / 1000) === Math.floor(b / 1000);

afterEach(() => {
  vi.useRealTimers();
});

describe('typed times', () => {
  it('a time written out in any of the usual forms reads back as that moment', () => {
    fc.assert(
      fc.property(instant, zone, fc.nat({ max: 3 }), (t, timeZone, form) => {
        const text = absoluteForms(t, timeZone)[form]!;
        const read = readTypedTime(text, { reference: UNTIL, now: UNTIL, timeZone });
        expect(read.kind, `${text} in ${timeZone}`).toBe('time');
        if (read.kind === 'time') expect(sameSecond(read.at, t), `${text} in ${timeZone}`).toBe(true);
      }),
      { seed, numRuns: propertyRuns(400) },
    );
  }, 30_000);

  it('typed at any speed on a ticking clock, what is saved is what the field showed, and what the text names', () => {
    const typing = fc.record({
      start: fc.integer({ min: Date.UTC(2020, 0, 1), max: UNTIL }),
      timeZone: zone,
      // Absolute: a moment before typing began, written out. Relative: "yesterday HH:MM" or a bare "HH:MM".
      target: fc.oneof(
        fc.record({ kind: fc.constant('absolute' as const), back: fc.integer({ min: MINUTE, max: 400 * 24 * 60 * MINUTE }), form: fc.nat({ max: 3 }) }),
        fc.record({ kind: fc.constantFrom('yesterday' as const, 'bare' as const), hour: fc.nat({ max: 23 }), minute: fc.nat({ max: 59 }) }),
      ),
      // Per-key delays of a person: mostly 40–300 ms, sometimes a pause long enough to cross midnight.
      delays: fc.array(fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 40, max: 300 }) }, { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 3 * 3_600_000 }) }), {
        minLength: 40,
        maxLength: 40,
      }),
      beforeEnter: fc.integer({ min: 0, max: 3 * 3_600_000 }),
    });
    fc.assert(
      fc.property(typing, ({ start, timeZone, target, delays, beforeEnter }) => {
        vi.useFakeTimers({ now: start });
        const pad = (n: number) => String(n).padStart(2, '0');
        const text =
          target.kind === 'absolute'
            ? absoluteForms(start - target.back, timeZone)[target.form]!
            : `${target.kind === 'yesterday' ? 'yesterday ' : ''}${pad(target.hour)}:${pad(target.minute)}`;
        let draft: TimeDraft = emptyTimeDraft;
        let shown: TypedTime = { kind: 'empty' };
        [...text].forEach((key, i) => {
          vi.advanceTimersByTime(delays[i % delays.length]!);
          draft = typedTimeDraft(draft.text + key, Date.now());
          // What the field shows under the box after this keystroke.
          shown = readTimeDraft(draft, { now: Date.now(), timeZone });
        });
        const lastKey = Date.now();
        vi.advanceTimersByTime(beforeEnter);
        const saved = readTimeDraft(draft, { now: Date.now(), timeZone });

        expect(saved).toEqual(shown);
        if (saved.kind !== 'time') {
          // Only a wall time the clocks skipped or repeated may be refused; never silently moved.
          expect(saved.kind === 'refused' && /never happened|happened twice/.test(saved.reason), JSON.stringify(saved)).toBe(true);
          return;
        }
        if (target.kind === 'absolute') {
          expect(sameSecond(saved.at, start - target.back), text).toBe(true);
          return;
        }
        const named = `${pad(target.hour)}:${pad(target.minute)}`;
        expect(wallText(saved.at, timeZone).slice(11), text).toBe(named);
        expect(saved.at).toBeLessThanOrEqual(lastKey);
        if (target.kind === 'bare') {
          // Its latest occurrence before the last keystroke: within the day before it.
          expect(lastKey - saved.at).toBeLessThan(25 * 3_600_000);
        } else {
          const dayBefore = wallText(lastKey - 24 * 3_600_000, timeZone).slice(0, 10);
          const dayOf = (ms: number) => wallText(ms, timeZone).slice(0, 10);
          // "yesterday" is the calendar day before the one the last key was typed on (23 or 25 h days too).
          expect([dayBefore, dayOf(lastKey - 23 * 3_600_000), dayOf(lastKey - 25 * 3_600_000)]).toContain(dayOf(saved.at));
          expect(dayOf(saved.at)).not.toBe(dayOf(lastKey));
        }
      }),
      { seed, numRuns: propertyRuns(300) },
    );
    // Hundreds of parses of typed text take seconds on a shared 2-core machine; the default 5 s is too tight.
  }, 30_000);
});
