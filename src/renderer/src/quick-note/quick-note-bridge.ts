import type { SitrepApi } from '../../../shared/contract/ipc-contract';

/*
 * The preload's window.sitrep, typed by the contract but without importing its schemas (zod) at run time.
 * In a plain browser (npm run dev:renderer) a stand-in does nothing, so the page still works.
 */
const noop = async (): Promise<undefined> => undefined;
const noEvents = () => () => undefined;

export function quickNoteBridge(): Pick<SitrepApi, 'hideQuickNote' | 'fitQuickNote' | 'onQuickNoteShown' | 'onExternalNote'> {
  const exposed = (globalThis as unknown as { sitrep?: SitrepApi }).sitrep;
  if (exposed) return exposed;
  return { hideQuickNote: noop, fitQuickNote: noop, onQuickNoteShown: noEvents, onExternalNote: noEvents };
}
export type QuickNoteBridge = ReturnType<typeof quickNoteBridge>;
