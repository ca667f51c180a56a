import type { EventName, InvokeName } from './ipc-contract';

/*
 * Which channels each window may use. A window's preload exposes only its slice, and main's router refuses a
 * call from a window outside its slice, so script running in the quick note or the always-on-top checklist
 * cannot reach the GitHub token, publish an analysis or write files. A new channel is the main window's only
 * until it is added to another window's slice here.
 */
export type WindowKind = 'main' | 'quickNote' | 'checklist';

export interface WindowSlice {
  invoke: readonly InvokeName[];
  events: readonly EventName[];
}

const quickNote: WindowSlice = { invoke: ['hideQuickNote', 'fitQuickNote'], events: ['onQuickNoteShown', 'onExternalNote'] };
/** The checklist sends the lead's updates and learns how they went; it cannot read or change credentials. */
const checklist: WindowSlice = {
  invoke: ['getCommsSettings', 'sendCommsUpdate', 'listCommsSends', 'retryCommsSend'],
  events: ['onCommsSendsChanged'],
};

/** The main window: every channel except the ones that belong to the quick note alone. */
const main: WindowSlice = {
  invoke: [
    'getAppInfo', 'openExternal', 'showChecklist', 'showMainWindow', 'getShortcutStatus', 'setQuickNoteShortcut', 'setTrayState',
    'showNudge', 'getGitHubSettings', 'setGitHubSettings', 'getGitHubAuthStatus', 'setGitHubToken', 'clearGitHubToken',
    'startDeviceFlow', 'publishAnalysis', 'listOutbox', 'retryOutboxItem', 'saveAnalysisToFolder', 'getCommsSettings', 'setSlackWebhook',
    'setStatuspageCredentials', 'clearCommsCredential', 'sendHandoverBrief', 'listCommsSends', 'retryCommsSend',
    'getSyncSettings', 'setSyncSettings', 'setSyncToken', 'clearSyncToken', 'getSyncState', 'shareIncident', 'pushSyncEntries',
    'setSyncPresence', 'getSafetyCopyStatus', 'writeSafetyCopy', 'readSafetyCopy',
  ],
  events: ['onAppCommand', 'onExportProgress', 'onOutboxChanged', 'onDeviceCode', 'onCommsSendsChanged', 'onSyncState', 'onSyncEntries'],
};

export const windowSlices: Record<WindowKind, WindowSlice> = { main, quickNote, checklist };

/** The switch main adds to a window's renderer command line (webPreferences.additionalArguments). */
export const WINDOW_KIND_SWITCH = '--sitrep-window=';

export function windowKindFromArgv(argv: readonly string[]): WindowKind | null {
  const value = argv.find((a) => a.startsWith(WINDOW_KIND_SWITCH))?.slice(WINDOW_KIND_SWITCH.length);
  return value === 'main' || value === 'quickNote' || value === 'checklist' ? value : null;
}
