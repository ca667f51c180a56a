import type { TimelineEntry } from '../../../../shared/domain/timeline-entry';

function sameRow(a: TimelineEntry, b: TimelineEntry): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.editedAt === b.editedAt &&
      a.deletedAt === b.deletedAt &&
      a.occurredAt === b.occurredAt &&
      a.kind === b.kind &&
      a.text === b.text)
  );
}

/**
 * The rows already on screen when a read brings the same ones again (as freshly cloned objects), so React
 * skips the timeline: a live query re-run for another incident's note changes nothing on screen.
 */
export function sameRowsAs(previous: TimelineEntry[] | undefined, next: TimelineEntry[]): TimelineEntry[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (!sameRow(previous[i]!, next[i]!)) return next;
  return previous;
}
