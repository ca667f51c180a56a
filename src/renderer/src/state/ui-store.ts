import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** Which page the main window shows. */
export type View = { name: 'home' } | { name: 'incident'; incidentId: string } | { name: 'settings' };

/** Dialogs the main window can open; at most one at a time, so focus always has one home. */
export type DialogState =
  | { type: 'declare' }
  | { type: 'severity' }
  | { type: 'hand-over' }
  | { type: 'status' }
  | { type: 'resolve' }
  | { type: 'schedule-analysis' }
  | { type: 'skip-analysis' }
  | { type: 'complete-analysis' }
  | { type: 'reopen' }
  | { type: 'edit-details' }
  /** `to` and `from` when it follows a hand-over: the brief is addressed to the incoming lead, from the outgoing one. */
  | { type: 'handover-brief'; to?: string; from?: string }
  | { type: 'import-chat' }
  | { type: 'edit-entry'; entryId: string }
  | { type: 'search' }
  | { type: 'palette' }
  | { type: 'shortcuts' };

/** A request to bring one entry into view (a search result), consumed by the timeline. */
export interface JumpRequest {
  incidentId: string;
  entryId: string;
  occurredAt: number;
  nonce: number;
}

interface UiState {
  view: View;
  dialog: DialogState | null;
  jump: JumpRequest | null;
  /** The timeline row that has the keyboard's attention (its id), for row shortcuts. */
  focusedEntryId: string | null;
  /** Set when the composer should take focus as soon as it is on screen (after declaring); it clears it. */
  composerFocusRequested: boolean;
  requestComposerFocus(requested: boolean): void;
  show(view: View): void;
  openIncident(incidentId: string): void;
  openDialog(dialog: DialogState): void;
  closeDialog(): void;
  jumpTo(request: Omit<JumpRequest, 'nonce'>): void;
  clearJump(): void;
  setFocusedEntry(id: string | null): void;
}

/**
 * UI-only state of the main window. The view survives a reload (sessionStorage) so a refresh does not lose
 * the user's place; dialogs and jumps do not, because reopening a dialog out of context would surprise.
 */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      view: { name: 'home' },
      dialog: null,
      jump: null,
      focusedEntryId: null,
      composerFocusRequested: false,
      requestComposerFocus: (composerFocusRequested) => set({ composerFocusRequested }),
      show: (view) => set({ view, dialog: null }),
      openIncident: (incidentId) => set({ view: { name: 'incident', incidentId }, dialog: null }),
      openDialog: (dialog) => set({ dialog }),
      closeDialog: () => set({ dialog: null }),
      jumpTo: (request) =>
        set({
          view: { name: 'incident', incidentId: request.incidentId },
          dialog: null,
          jump: { ...request, nonce: Date.now() + Math.random() },
        }),
      clearJump: () => set({ jump: null }),
      setFocusedEntry: (focusedEntryId) => set({ focusedEntryId }),
    }),
    {
      name: 'sitrep.main-window.ui',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ view: state.view }),
    },
  ),
);
