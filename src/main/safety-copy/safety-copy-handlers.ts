import type { InvokeHandlers } from '../ipc-router';
import type { SafetyCopyStore } from './safety-copy-store';

/** The safety copy's IPC handlers. Requests arrive parsed and from the main window only (ipc-router, window-slices). */
export function createSafetyCopyHandlers(store: SafetyCopyStore): Pick<InvokeHandlers, 'getSafetyCopyStatus' | 'writeSafetyCopy' | 'readSafetyCopy'> {
  return {
    getSafetyCopyStatus: () => store.status(),
    writeSafetyCopy: (batch) => store.write(batch),
    readSafetyCopy: ({ from }) => store.read(from),
  };
}
