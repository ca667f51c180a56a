import type { InvokeHandlers } from './ipc-router';
import type { ShortcutRegistry } from './shortcut-registry';
import type { PreferencesStore } from './preferences';
import type { TrayState } from './tray';
import { isSafeExternalUrl } from './security-policy';

/** What the shell's IPC handlers act on; every piece is one of the small main modules. */
export interface ShellServices {
  appInfo: () => { version: string; platform: string; userDataPath: string };
  /** Opens a link (asking first unless main issued it); false when the user declined. */
  openExternal: (url: string) => Promise<unknown>;
  quickNote: { hide(): void; fit(contentHeight: number): void };
  checklist: { show(): void };
  mainWindow: { show(incidentId?: string): void };
  shortcuts: ShortcutRegistry;
  preferences: PreferencesStore;
  /** Called after the hotkey changed, e.g. to refresh the tray menu's hint. */
  onShortcutChanged?: () => void;
  tray: { update(state: TrayState): void } | null;
  notifier: { nudge(nudge: { title: string; body: string; incidentId: string }): boolean };
}

/** The handlers of the shell's own channels. Channels owned by other parts of main are merged in index.ts. */
export function createShellHandlers(services: ShellServices) {
  return {
    getAppInfo: () => services.appInfo(),
    openExternal: async ({ url }) => {
      if (!isSafeExternalUrl(url)) {
        throw new Error(`Sitrep opens only http(s) links in the browser; refused ${JSON.stringify(url.slice(0, 200))}.`);
      }
      await services.openExternal(url);
    },
    hideQuickNote: () => services.quickNote.hide(),
    fitQuickNote: ({ height }) => services.quickNote.fit(height),
    showChecklist: () => services.checklist.show(),
    showMainWindow: (request) => services.mainWindow.show(request?.incidentId),
    getShortcutStatus: () => services.shortcuts.status(),
    setQuickNoteShortcut: ({ accelerator }) => {
      const status = services.shortcuts.change(accelerator);
      if (status.registered) {
        services.preferences.update({ quickNoteShortcut: status.accelerator });
        services.onShortcutChanged?.();
      }
      return status;
    },
    setTrayState: (state) => services.tray?.update(state),
    showNudge: (nudge) => {
      services.notifier.nudge(nudge);
    },
  } satisfies Pick<
    InvokeHandlers,
    | 'getAppInfo'
    | 'openExternal'
    | 'hideQuickNote'
    | 'fitQuickNote'
    | 'showChecklist'
    | 'showMainWindow'
    | 'getShortcutStatus'
    | 'setQuickNoteShortcut'
    | 'setTrayState'
    | 'showNudge'
  >;
}
