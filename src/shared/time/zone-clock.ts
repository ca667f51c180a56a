/*
 * Wall clocks of IANA time zones, in numbers, and the way back from a wall clock to an instant. Built on Intl
 * so daylight-saving rules come from the platform. The way back has to admit that a wall-clock time can name
 * no instant (the hour skipped when clocks go forward) or two (the hour repeated when they go back): a typed
 * time is never silently moved to a neighbouring moment.
 */

export interface WallTime {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const numericFormatters = new Map<string, Intl.DateTimeFormat>();

function numericFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = numericFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
      era: 'short',
    });
    numericFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The machine's IANA zone ("Europe/Berlin"), as the browser or Node reports it. */
export function machineTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** What the clocks of `timeZone` showed at the instant `ms`. */
export function wallTimeAt(ms: number, timeZone: string): WallTime {
  const parts: Record<string, string> = {};
  for (const part of numericFormatter(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' || parts.era === 'B' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

/** The instant at which UTC clocks show `wall`. */
export function wallAsUtc(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

/** How far `timeZone` is ahead of UTC at `ms`, in milliseconds (Berlin in winter: 3,600,000). */
export function zoneOffsetAt(ms: number, timeZone: string): number {
  return wallAsUtc(wallTimeAt(ms, timeZone)) - ms;
}

export type WallTimeInstant =
  | { kind: 'one'; at: number }
  /** The wall time was skipped (clocks went forward over it). */
  | { kind: 'none' }
  /** The wall time happened twice (clocks went back over it): earlier is the first pass. */
  | { kind: 'two'; earlier: number; later: number };

const DAY = 86_400_000;

/** The instant(s) at which the clocks of `timeZone` showed `wall`. */
export function instantOfWallTime(wall: WallTime, timeZone: string): WallTimeInstant {
  const asUtc = wallAsUtc(wall);
  if (!Number.isFinite(asUtc)) return { kind: 'none' };
  // Every offset in force within a day either side is a candidate; an offset fits when the instant it gives
  // really has that offset. Zones change offset at most once in such a window, so two candidates suffice.
  const offsets = new Set([zoneOffsetAt(asUtc - DAY, timeZone), zoneOffsetAt(asUtc, timeZone), zoneOffsetAt(asUtc + DAY, timeZone)]);
  const fits = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((at) => zoneOffsetAt(at, timeZone) === asUtc - at)
    .sort((a, b) => a - b);
  const unique = [...new Set(fits)];
  if (unique.length === 0) return { kind: 'none' };
  if (unique.length === 1) return { kind: 'one', at: unique[0]! };
  return { kind: 'two', earlier: unique[0]!, later: unique[unique.length - 1]! };
}

/** The same wall-clock date moved by whole days (calendar arithmetic, not 24-hour steps). */
export function shiftWallDays(wall: WallTime, days: number): WallTime {
  const date = new Date(Date.UTC(2000, 0, 1));
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day + days);
  return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
