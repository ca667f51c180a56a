import { useMemo, useRef, useSyncExternalStore } from 'react';
import { useDatabase } from '../../data/database-context';
import type { ReadWindow, TimelineData } from './read-timeline';
import { timelineStore } from './timeline-store';
import { sameRowsAs } from './same-rows';

/**
 * The timeline's rows, through one live query (readTimeline). Dexie re-runs it in every window when an
 * entry is written, edited, deleted or restored, in this window or another, by any writer (a backfill with
 * an older time too): it is the only way the timeline learns of them. The view only renders what this returns.
 *
 * Read through useSyncExternalStore rather than useLiveQuery: an answer is rendered in the same task it
 * arrives in, not a scheduler task later, and opening runs the query once, not twice (useLiveQuery runs it
 * to look for a synchronous value first). Both were on the path from Enter to the row on screen.
 */
export function useTimelineRows(incidentId: string, readWindow: ReadWindow): TimelineData | undefined {
  const db = useDatabase();
  const shown = useRef<TimelineData | undefined>(undefined);
  const store = useMemo(
    () => timelineStore(db, incidentId, readWindow, shown.current),
    // shown.current is deliberately not a dependency: it only seeds the new store.
    [db, incidentId, readWindow],
  );
  const read = useSyncExternalStore(store.subscribe, store.get);
  // A re-run that read the same rows again (as fresh clones) hands back what is on screen, so React skips
  // the rows: a note to another incident re-runs this query too.
  return useMemo(() => {
    if (!read || read.incidentId !== incidentId) return undefined;
    const previous = shown.current?.incidentId === incidentId ? shown.current : undefined;
    const rows = sameRowsAs(previous?.rows, read.rows);
    const same =
      previous && previous.rows === rows && previous.count === read.count && previous.offset === read.offset && previous.counting === read.counting;
    shown.current = same ? previous : { ...read, rows };
    return shown.current;
  }, [read, incidentId]);
}
