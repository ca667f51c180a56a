import type { TimelineEntry } from './timeline-entry';

/*
 * Which of two copies of one entry wins (last writer wins): the one changed later, and between two changed in
 * the same millisecond on different machines, the same one everywhere, so every log ends up alike.
 */

/** The moment an entry last changed, which decides between two copies of it. */
export function lastChangedAt(entry: TimelineEntry): number {
  return Math.max(entry.capturedAt, entry.editedAt ?? 0, entry.deletedAt ?? 0, entry.changedAt ?? 0);
}

/** The copy as one string with its keys in a fixed order: the tie-break must not depend on how it was stored. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** True when `candidate` should replace `current`; false for an identical copy. */
export function supersedes(candidate: TimelineEntry, current: TimelineEntry): boolean {
  const a = lastChangedAt(candidate);
  const b = lastChangedAt(current);
  if (a !== b) return a > b;
  return canonical(candidate) > canonical(current);
}

/**
 * The time to stamp on a change of `entry` made at `now`: never at or before the copy it changes, so a change
 * made after seeing a copy wins over it even when two changes fall in one millisecond or this clock runs
 * behind the machine that wrote that copy.
 */
export function nextChangeAt(entry: TimelineEntry, now: number): number {
  return Math.max(now, lastChangedAt(entry) + 1);
}
