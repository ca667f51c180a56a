import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { sendEvent } from './event-sender';
import type { WindowFactory } from './window-factory';
import { placeWindow, trackWindowState, type WindowStateStore } from './window-state';

export const MAIN_DEFAULT_SIZE = { width: 1280, height: 820 };

export const mainWindowOptions: Omit<BrowserWindowConstructorOptions, 'webPreferences'> = {
  ...MAIN_DEFAULT_SIZE,
  minWidth: 720,
  minHeight: 480,
  show: false,
  title: 'Sitrep',
};

export interface MainWindow {
  /** Brings the main window up (creating it after a close), optionally on one incident. */
  show(incidentId?: string): void;
  /** A command from the tray or the command line, after the window is up. */
  command(command: 'declare' | 'command-palette' | 'open-settings'): void;
  current(): BrowserWindow | null;
}

export function createMainWindow(deps: {
  factory: WindowFactory;
  store: WindowStateStore;
  workAreas: () => Rectangle[];
  /** When true (a tray exists and the app is not quitting), closing the window hides it instead. */
  hideOnClose: () => boolean;
}): MainWindow {
  let win: BrowserWindow | null = null;

  const create = (): BrowserWindow => {
    const { bounds, maximized } = placeWindow(deps.store.get('main'), deps.workAreas(), MAIN_DEFAULT_SIZE);
    const created = deps.factory.open('main', { ...mainWindowOptions, ...bounds });
    trackWindowState(created, (state) => deps.store.set('main', state));
    created.once('ready-to-show', () => {
      if (maximized) created.maximize();
      created.show();
    });
    created.on('close', (event) => {
      // The hotkey and the checklist keep working with the main window tucked away in the tray.
      if (deps.hideOnClose()) {
        event.preventDefault();
        created.hide();
      }
    });
    created.on('closed', () => {
      if (win === created) win = null;
    });
    return created;
  };

  const reveal = (): BrowserWindow => {
    if (!win || win.isDestroyed()) {
      win = create();
      return win;
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    return win;
  };

  return {
    show(incidentId) {
      const shown = reveal();
      if (incidentId) sendEvent(shown.webContents, 'onAppCommand', { command: 'open-incident', incidentId });
    },
    command(command) {
      sendEvent(reveal().webContents, 'onAppCommand', { command });
    },
    current: () => win,
  };
}
