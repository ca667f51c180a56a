import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { WindowFactory } from './window-factory';
import { placeWindow, trackWindowState, type WindowStateStore } from './window-state';

export const CHECKLIST_DEFAULT_SIZE = { width: 340, height: 520 };

/**
 * The most a window frame takes from the outer size on the systems Sitrep ships for (a Windows 11 title bar and
 * borders, a GNOME header bar): the page inside a default-sized checklist gets at least checklistContentSize().
 */
export const WINDOW_FRAME_ALLOWANCE = { width: 16, height: 40 };

/** The smallest page (viewport) a default-sized checklist window gives its content; the layout is designed for it. */
export function checklistContentSize(): { width: number; height: number } {
  return {
    width: CHECKLIST_DEFAULT_SIZE.width - WINDOW_FRAME_ALLOWANCE.width,
    height: CHECKLIST_DEFAULT_SIZE.height - WINDOW_FRAME_ALLOWANCE.height,
  };
}

export const checklistWindowOptions: Omit<BrowserWindowConstructorOptions, 'webPreferences'> = {
  ...CHECKLIST_DEFAULT_SIZE,
  minWidth: 260,
  minHeight: 240,
  show: false,
  alwaysOnTop: true,
  minimizable: true,
  maximizable: false,
  fullscreenable: false,
  // A compact window has no room for a menu bar (Alt shows it on Windows and Linux).
  autoHideMenuBar: true,
  title: 'Sitrep checklist',
};

export interface ChecklistWindow {
  /** Shows the checklist above other windows, creating it the first time (or after it was closed). */
  show(): void;
  current(): BrowserWindow | null;
}

/** The lead's duties float over the call and the dashboards; where they put it is remembered. */
export function createChecklistWindow(deps: {
  factory: WindowFactory;
  store: WindowStateStore;
  workAreas: () => Rectangle[];
}): ChecklistWindow {
  let win: BrowserWindow | null = null;
  const create = (): BrowserWindow => {
    const { bounds } = placeWindow(deps.store.get('checklist'), deps.workAreas(), CHECKLIST_DEFAULT_SIZE);
    const created = deps.factory.open('checklist', { ...checklistWindowOptions, ...bounds });
    // 'floating' keeps it above normal windows without covering menus and system dialogs.
    created.setAlwaysOnTop(true, 'floating');
    trackWindowState(created, (state) => deps.store.set('checklist', state));
    created.once('ready-to-show', () => created.show());
    created.on('closed', () => {
      if (win === created) win = null;
    });
    return created;
  };
  return {
    show() {
      if (!win || win.isDestroyed()) {
        win = create();
        return;
      }
      if (win.isMinimized()) win.restore();
      win.show();
      win.focus();
    },
    current: () => win,
  };
}
