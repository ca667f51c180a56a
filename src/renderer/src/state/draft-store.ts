import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { emptyTimeDraft, type TimeDraft } from '../../../shared/time/typed-time';

/** What the user has typed but not yet saved, per incident. Cleared only after the write has committed. */
export interface Draft {
  text: string;
  /** "Happened at" for a backfilled entry as typed (empty text: now). */
  happenedAt: TimeDraft;
}

const empty: Draft = { text: '', happenedAt: emptyTimeDraft };

// Drafts written before the typed time field held the datetime-local value as a plain string.
function normalised(draft: Draft | undefined): Draft {
  if (!draft) return empty;
  const happenedAt = draft.happenedAt as TimeDraft | string | undefined;
  if (typeof happenedAt === 'object' && happenedAt !== null) return draft;
  return { ...draft, happenedAt: { text: typeof happenedAt === 'string' ? happenedAt : '', typedAt: 0 } };
}

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
          drafts: { ...state.drafts, [incidentId]: { ...normalised(state.drafts[incidentId]), ...patch } },
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
  return normalised(useDraftStore((state) => state.drafts[incidentId]));
}

/** The draft as it is now, outside React (the composer reads it at the moment of saving). */
export function currentDraft(incidentId: string): Draft {
  return normalised(useDraftStore.getState().drafts[incidentId]);
}
