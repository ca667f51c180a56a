import { create } from 'zustand';
import type { SafetyCopyStatus } from '../../../shared/contract/safety-copy-channels';

/** What Settings shows of the safety copy: main's last word on it, and why the last send failed, if it did. */
interface SafetyCopyState {
  status: SafetyCopyStatus | null;
  /** Main's refusal, or a send that did not reach main, in words for the user; null after a good send. */
  problem: string | null;
  report(status: SafetyCopyStatus | null, problem: string | null): void;
}

export const useSafetyCopyState = create<SafetyCopyState>()((set) => ({
  status: null,
  problem: null,
  report: (status, problem) => set((state) => ({ status: status ?? state.status, problem })),
}));
