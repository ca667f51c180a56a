import { useMemo, useRef, useSyncExternalStore } from 'react';
import { liveQuery } from 'dexie';
import { useDatabase } from '../../data/database-context';
import { readTimeline, type ReadWindow, type TimelineData } from './read-timeline';
import { sameRowsAs } from './same-rows';

/** One live query's latest answer, as a store React reads synchronously. */
interface LiveStore {
  subscribe: (listener: () => void) => () => void;
  get: () => TimelineData | undefined;
}

function liveStore(query: () => Promise<TimelineData>, before: TimelineData | undefined): LiveStore {
  // Until the new query answers, what was shown stays (the page scrolled to is read while the old one shows).
  let value = before;
  let failure: { error: unknown } | null = null;
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  const notify = () => listeners.forEach((listener) => listener());
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!stop) {
        const subscription = liveQuery(query).subscribe({
          next: (next) => {
            value = next;
            notify();
          },
          error: (error: unknown) => {
            failure = { error };
            notify();
          },
        });
        stop = () => subscription.unsubscribe();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          stop?.();
          stop = null;
        }
      };
    },
    get() {
      // Thrown while rendering, so the error boundary says what failed (as useLiveQuery would).
      if (failure) throw failure.error;
      return value;
    },
  };
}

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
    () => liveStore(() => readTimeline(db, incidentId, readWindow), shown.current),
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
    const same = previous && previous.rows === rows && previous.count === read.count && previous.offset === read.offset;
    shown.current = same ? previous : { ...read, rows };
    return shown.current;
  }, [read, incidentId]);
}
