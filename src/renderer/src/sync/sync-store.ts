import { create } from 'zustand';
import type { SyncState } from '../../../shared/contract/sync-channels';

/** What main last said about team sync; not data (the log is in Dexie), only what the header shows. */
export const useSyncStore = create<{ state: SyncState | null; set(state: SyncState): void }>((set) => ({
  state: null,
  set: (state) => set({ state }),
}));

/** The sync facts of one incident, or null when it is not shared. */
export function useIncidentSync(incidentId: string) {
  return useSyncStore((s) => {
    const incident = s.state?.incidents.find((i) => i.incidentId === incidentId);
    return incident && s.state ? { connection: s.state.connection, message: s.state.message, ...incident } : null;
  });
}
