import { liveQuery } from 'dexie';
import type { SitrepDatabase } from '../../data/db';
import { readTimeline, type ReadWindow, type TimelineData } from './read-timeline';

/** One live query's latest answer, as a store. */
export interface LiveStore {
  subscribe: (listener: () => void) => () => void;
  get: () => TimelineData | undefined;
}

/**
 * The timeline's live query (readTimeline) as a store React reads synchronously (useSyncExternalStore).
 * `before` is what was shown: it stays until the new query answers (the page scrolled to is read while
 * the old one shows). A provisional answer (an incident's first opening, still counting) is asked again
 * once the count is known.
 */
export function timelineStore(db: SitrepDatabase, incidentId: string, readWindow: ReadWindow, before: TimelineData | undefined): LiveStore {
  const query = () => readTimeline(db, incidentId, readWindow);
  let value = before;
  let failure: { error: unknown } | null = null;
  const listeners = new Set<() => void>();
  let stop: (() => void) | null = null;
  const notify = () => listeners.forEach((listener) => listener());
  const start = () => {
    const subscription = liveQuery(query).subscribe({
      next: (next) => {
        value = next;
        notify();
        void next.counting?.then(
          () => {
            if (stop !== stopThis) return; // stopped meanwhile, or already asked again
            stopThis();
            start();
          },
          (error: unknown) => {
            failure = { error };
            notify();
          },
        );
      },
      error: (error: unknown) => {
        failure = { error };
        notify();
      },
    });
    const stopThis = () => subscription.unsubscribe();
    stop = stopThis;
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!stop) start();
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
