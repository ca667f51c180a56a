import { useMemo } from 'react';
import { create } from 'zustand';
import type { SyncState } from '../../../shared/contract/sync-channels';

/** What main last said about team sync; not data (the log is in Dexie), only what the header shows. */
export const useSyncStore = create<{ state: SyncState | null; set(state: SyncState): void }>((set) => ({
  state: null,
  set: (state) => set({ state }),
}));

/** The sync facts of one incident, or null when it is not shared. */
export function useIncidentSync(incidentId: string) {
  // Select the stored state itself (stable until main sends a new one), then pick from it: a selector that
  // builds a new object each time would re-render without end.
  const state = useSyncStore((s) => s.state);
  return useMemo(() => {
    const incident = state?.incidents.find((i) => i.incidentId === incidentId);
    return incident && state ? { connection: state.connection, message: state.message, ...incident } : null;
  }, [state, incidentId]);
}
