import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** What the user has typed but not yet saved, per incident. Cleared only after the write has committed. */
export interface Draft {
  text: string;
  /** "Happened at" for a backfilled entry, as the datetime-local input's value, or '' for now. */
  happenedAt: string;
}

const empty: Draft = { text: '', happenedAt: '' };

interface DraftState {
  drafts: Record<string, Draft>;
  setDraft(incidentId: string, patch: Partial<Draft>): void;
  clearDraft(incidentId: string): void;
}

/**
 * Drafts live in sessionStorage: a reload or a crash of the page keeps what was typed. They are UI state,
 * not data: nothing in them is on the timeline until the composer's write has committed.
 */
export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      setDraft: (incidentId, patch) =>
        set((state) => ({
          drafts: { ...state.drafts, [incidentId]: { ...(state.drafts[incidentId] ?? empty), ...patch } },
        })),
      clearDraft: (incidentId) =>
        set((state) => {
          const { [incidentId]: _gone, ...rest } = state.drafts;
          return { drafts: rest };
        }),
    }),
    { name: 'sitrep.main-window.drafts', storage: createJSONStorage(() => sessionStorage) },
  ),
);

export function useDraft(incidentId: string): Draft {
  return useDraftStore((state) => state.drafts[incidentId] ?? empty);
}
