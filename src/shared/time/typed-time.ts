import * as chrono from 'chrono-node';
import { formatLocal, formatUtc } from './format-time';
import { instantOfWallTime, shiftWallDays, wallAsUtc, wallTimeAt, zoneOffsetAt, type WallTime } from './zone-clock';

/*
 * A time as a person types or pastes it: "2026-01-14 10:18 UTC", "10:18", "yesterday 16:58",
 * "Wed, 14 Jan 2026 10:18:03 GMT". chrono-node finds the parts; the instant is worked out here from the
 * wall-clock parts and the IANA zone, so daylight-saving changes between "now" and the typed date count.
 * Anything Sitrep cannot read as exactly one moment is refused with a sentence that says what to type.
 */

export type TimeDirection = 'past' | 'future';

export interface ReadTimeOptions {
  /** What "today", "yesterday" and a bare "10:18" are relative to: the moment the text was typed. */
  reference: number;
  /** The clock now, for refusing a past time in the future (or the reverse). */
  now: number;
  /** The zone a time without one is read in (the machine's). */
  timeZone: string;
  /** 'past' (default): something that happened. 'future': something planned, like the analysis sync. */
  direction?: TimeDirection;
}

export type TypedTime = { kind: 'empty' } | { kind: 'time'; at: number } | { kind: 'refused'; reason: string };

/** Nothing Sitrep logs happened before this; an earlier year is a typo. */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1);
/** The furthest ahead a planned time may be. */
const LONGEST_PLAN = 400 * 86_400_000;

const EXAMPLES = 'for example 2026-01-14 10:18 UTC, 10:18 (local time) or yesterday 16:58';

const refused = (reason: string): TypedTime => ({ kind: 'refused', reason });

// chrono reads "CET" as "+02:00 in summer"; CET is +01:00 by definition (summer time is CEST).
const fixedAbbreviations = { CET: 60 };
// Names of a zone rather than of one offset ("ET" is EST or EDT by date): read in that zone, so its
// clock changes, and its repeated hour, are handled like a local time.
const zoneNames: Record<string, string> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};

function quoted(text: string): string {
  return text.length > 40 ? `"${text.slice(0, 40)}…"` : `"${text}"`;
}

// "01/02/2026" is 1 February in most of the world and 2 January in the US: never guess.
function ambiguousNumericDate(text: string): boolean {
  const match = /(?:^|\D)(\d{1,2})[/.](\d{1,2})[/.]\d{2,4}/u.exec(text);
  if (!match) return false;
  const a = Number(match[1]);
  const b = Number(match[2]);
  return a <= 12 && b <= 12 && a !== b;
}

function wallOf(components: chrono.ParsedComponents): WallTime {
  return {
    year: components.get('year') ?? 0,
    month: components.get('month') ?? 1,
    day: components.get('day') ?? 1,
    hour: components.get('hour') ?? 0,
    minute: components.get('minute') ?? 0,
    second: components.get('second') ?? 0,
    millisecond: components.get('millisecond') ?? 0,
  };
}

function hhmm(wall: WallTime): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The instant for wall-clock parts read in `timeZone`, or why there is not exactly one. */
function instantIn(wall: WallTime, timeZone: string): TypedTime {
  const found = instantOfWallTime(wall, timeZone);
  if (found.kind === 'one') return { kind: 'time', at: found.at };
  if (found.kind === 'none') {
    return refused(`${hhmm(wall)} never happened in ${timeZone}: the clocks skipped that hour. Type the time in UTC, or the hour after.`);
  }
  return refused(
    `${hhmm(wall)} happened twice in ${timeZone} (the clocks went back): type it in UTC ` +
      `(${formatUtc(found.earlier, { withDate: true })} or ${formatUtc(found.later, { withDate: true })}).`,
  );
}

/** Reads typed or pasted text as one instant, or says why it cannot. Never throws. */
export function readTypedTime(input: string, options: ReadTimeOptions): TypedTime {
  const text = (input ?? '').trim();
  if (text.length === 0) return { kind: 'empty' };
  const direction = options.direction ?? 'past';
  let results: chrono.ParsedResult[];
  try {
    const reference = { instant: new Date(options.reference), timezone: zoneOffsetAt(options.reference, options.timeZone) / 60_000 };
    results = chrono.parse(text, reference, { timezones: fixedAbbreviations });
  } catch {
    results = [];
  }
  const [result] = results;
  // Only a reading of the whole text counts: "10:18 or so" must not quietly become 10:18.
  if (!result || results.length !== 1 || result.index !== 0 || result.text.length !== text.length) {
    return refused(`Sitrep cannot read ${quoted(text)} as a time. Type a date and time, ${EXAMPLES}.`);
  }
  const start = result.start;
  if (!start.isCertain('hour')) return refused(`Add the time of day to ${quoted(text)}, for example ${text} 10:18.`);
  if (ambiguousNumericDate(result.text)) {
    return refused(`${quoted(text)} could be read two ways (day/month or month/day). Write the month as a word or as 2026-01-14.`);
  }
  const namedZone = zoneNames[/\b([A-Z]{2})$/u.exec(result.text)?.[1] ?? ''];
  const zoneOffset = !namedZone && start.isCertain('timezoneOffset') ? (start.get('timezoneOffset') ?? null) : null;
  // With an offset in the text ("UTC", "+05:30", "CEST") it is given; else the named or the machine's zone decides.
  const toInstant = (wall: WallTime): TypedTime =>
    zoneOffset !== null ? { kind: 'time', at: wallAsUtc(wall) - zoneOffset * 60_000 } : instantIn(wall, namedZone ?? options.timeZone);
  const wall = wallOf(start);
  let read = toInstant(wall);
  // A bare time of day means its latest occurrence for something that happened ("23:50" typed just after
  // midnight is last night), and its next one for something planned.
  if (read.kind === 'time' && !start.isCertain('day')) {
    const wrongSide = direction === 'past' ? read.at > options.reference : read.at < options.reference;
    if (wrongSide) read = toInstant(shiftWallDays(wall, direction === 'past' ? -1 : 1));
  }
  if (read.kind !== 'time') return read;
  return withinBounds(read.at, options.now, direction);
}

function withinBounds(at: number, now: number, direction: TimeDirection): TypedTime {
  const shown = formatUtc(at, { withDate: true });
  if (!Number.isFinite(at) || at < EARLIEST_TIME) return refused(`${shown} is before the year 2000; check the year.`);
  if (direction === 'past' && at > now) {
    return refused(`${shown} is in the future; the timeline records what already happened. Check the date and the zone.`);
  }
  if (direction === 'future' && at > now + LONGEST_PLAN) return refused(`${shown} is more than a year ahead; check the year.`);
  return { kind: 'time', at };
}

/** What the typed time reads as, in UTC and in `timeZone`, both with dates: shown before anything is saved. */
export function describeInstant(at: number, timeZone: string): string {
  return `${formatUtc(at, { withDate: true })} · ${formatLocal(at, { withDate: true, timeZone })}`;
}

/**
 * The text to put in a time field for an existing instant: the local wall clock to the second, which reads
 * back to the same second; in the repeated hour of a clock change, where local text would be ambiguous, UTC.
 */
export function typedTextFor(at: number, timeZone: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const wall = wallTimeAt(at, timeZone);
  const local = `${wall.year}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  const back = instantOfWallTime({ ...wall, millisecond: 0 }, timeZone);
  if (back.kind === 'one' && back.at === at - wall.millisecond) return local;
  return `${formatUtc(at, { withDate: true })}`;
}

/** What a time field holds: the text, and the moment it was last typed (what "yesterday" or "10:18" mean). */
export interface TimeDraft {
  text: string;
  typedAt: number;
}

export const emptyTimeDraft: TimeDraft = { text: '', typedAt: 0 };

/** The field after a keystroke (or paste) that left `text` in it at the moment `typedAt`. */
export function typedTimeDraft(text: string, typedAt: number): TimeDraft {
  return { text, typedAt };
}

/**
 * Reads a field's draft. Relative words are read against the moment of the last keystroke, not the moment of
 * saving, so what the field showed is what is saved even if midnight passes before Enter; `now` only decides
 * whether the time is in the future.
 */
export function readTimeDraft(draft: TimeDraft, options: Omit<ReadTimeOptions, 'reference'>): TypedTime {
  return readTypedTime(draft.text, { ...options, reference: draft.typedAt || options.now });
}
