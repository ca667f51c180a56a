import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  /** An undo the user can trigger from the toast's button or with Ctrl/Cmd+Z while it is shown. */
  undo?: { label: string; run: () => Promise<void> };
}

interface ToastState {
  toasts: Toast[];
  push(toast: Omit<Toast, 'id'>): number;
  dismiss(id: number): void;
}

let nextId = 1;
export const MAX_TOASTS = 3;

/** Short messages at the bottom of the window. Undo toasts stay until used or dismissed: no race with a timer. */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  push: (toast) => {
    const id = nextId++;
    // Only the newest undo is offered: older ones would undo something the user no longer has in mind.
    // At most three at once: a taller stack would climb over the incident list.
    set((state) => ({ toasts: [...state.toasts.filter((t) => !(toast.undo && t.undo)).slice(-(MAX_TOASTS - 1)), { ...toast, id }] }));
    return id;
  },
  dismiss: (id) => set((state) => ({ toasts: state.toasts.filter((t) => t.id !== id) })),
}));

/** The newest toast with an undo, if any: Ctrl/Cmd+Z runs it. */
export function latestUndoToast(): Toast | undefined {
  return [...useToastStore.getState().toasts].reverse().find((t) => t.undo);
}
