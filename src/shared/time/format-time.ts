/*
 * Times are stored as epoch ms UTC and shown as UTC and local side by side, because people in one incident
 * call sit in different zones and the analysis document speaks UTC. Built on Intl so every IANA zone and
 * its daylight-saving rules come from the platform, never from our own tables.
 */

interface WallClock {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  zoneName: string;
}

// One formatter per zone: constructing Intl.DateTimeFormat is far slower than using one, and a long
// timeline formats thousands of instants.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Whether the platform knows this IANA time zone name ("Europe/Berlin"); for validating a setting. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function formatterFor(requested: string | undefined): Intl.DateTimeFormat {
  // A zone name the platform does not know (a stale setting, say) falls back to the machine's zone
  // rather than breaking every timestamp on screen.
  const key = requested ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    const timeZone = requested !== undefined && isValidTimeZone(requested) ? requested : undefined;
    // en-GB only fixes the digits and the zone abbreviation style ("CET", "GMT-5"); the layout is ours.
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The parts the formatter is asked for, each empty until Intl fills it in (it gives every one of them). */
const NO_PARTS = { year: '', month: '', day: '', hour: '', minute: '', second: '', timeZoneName: '' };
type PartName = keyof typeof NO_PARTS;

function wallClock(ms: number, timeZone: string | undefined): WallClock {
  const parts = { ...NO_PARTS };
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    // Only the named parts: a key of any other type ("literal") would make every later read of the object slower.
    if (part.type in parts) parts[part.type as PartName] = part.value;
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
    zoneName: parts.timeZoneName,
  };
}

function render(clock: WallClock, withDate: boolean, zoneLabel: string): string {
  const time = `${clock.hour}:${clock.minute}:${clock.second}`;
  const date = `${clock.year}-${clock.month}-${clock.day}`;
  return `${withDate ? `${date} ` : ''}${time} ${zoneLabel}`;
}

function isFormattable(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15;
}

const INVALID = 'invalid time';

/** "14:03:07 UTC", or "2026-11-26 14:03:07 UTC" with the date. */
export function formatUtc(ms: number, opts: { withDate?: boolean } = {}): string {
  if (!isFormattable(ms)) return INVALID;
  return render(wallClock(ms, 'UTC'), opts.withDate ?? false, 'UTC');
}

/** The same instant on the wall clock of `timeZone` (default: this machine's), with the zone's short name. */
export function formatLocal(ms: number, opts: { withDate?: boolean; timeZone?: string } = {}): string {
  if (!isFormattable(ms)) return INVALID;
  const clock = wallClock(ms, opts.timeZone);
  return render(clock, opts.withDate ?? false, clock.zoneName);
}

/** UTC and local side by side: "14:03:07 UTC · 15:03:07 CET". */
export function formatUtcAndLocal(ms: number, opts: { withDate?: boolean; timeZone?: string } = {}): string {
  return `${formatUtc(ms, opts)} · ${formatLocal(ms, opts)}`;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * A span of time in the units a person reads at a glance: "45 s", "12 min 05 s", "2 h 05 min", "3 d 04 h".
 * The smaller unit is dropped beyond two, since "2 h 05 min 13 s" is noise in a status update.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return 'unknown';
  if (ms < 0) return `-${formatDuration(-ms)}`;
  const total = Math.floor(ms / SECOND) * SECOND;
  if (total < MINUTE) return `${total / SECOND} s`;
  if (total < HOUR) return `${Math.floor(total / MINUTE)} min ${pad2(Math.floor((total % MINUTE) / SECOND))} s`;
  if (total < DAY) return `${Math.floor(total / HOUR)} h ${pad2(Math.floor((total % HOUR) / MINUTE))} min`;
  return `${Math.floor(total / DAY)} d ${pad2(Math.floor((total % DAY) / HOUR))} h`;
}

/** Whether two instants fall on different calendar days in `timeZone` (default: this machine's). */
export function spansDays(fromMs: number, toMs: number, timeZone?: string): boolean {
  if (!isFormattable(fromMs) || !isFormattable(toMs)) return false;
  const a = wallClock(fromMs, timeZone);
  const b = wallClock(toMs, timeZone);
  return a.year !== b.year || a.month !== b.month || a.day !== b.day;
}

/**
 * Whether times of an incident that started at `startMs` need their dates: once it crosses midnight, or when
 * it did not start today, "09:14" alone is ambiguous. `startMs` should be its earliest time.
 */
export function incidentNeedsDates(startMs: number, nowMs: number, timeZone?: string): boolean {
  return spansDays(startMs, nowMs, timeZone);
}

/** The earliest time an incident names: the impact start if it came first, else the declaration. */
export function incidentStart(incident: { impactStartedAt: number | null; declaredAt: number }): number {
  return Math.min(incident.impactStartedAt ?? incident.declaredAt, incident.declaredAt);
}
