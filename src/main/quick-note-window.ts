import type { App, BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { sendEvent } from './event-sender';
import type { WindowFactory } from './window-factory';

export const QUICK_NOTE_SIZE = { width: 560, height: 132 };

/**
 * The tallest the box grows to show everything it holds (declaring: title, three severities, a message, the keys),
 * in DIPs, which are the page's CSS pixels. A long note scrolls inside its box beyond this.
 */
export const QUICK_NOTE_MAX_HEIGHT = 640;

/** A small, frameless box over every app; kept out of the taskbar and created hidden so the hotkey is instant. */
export const quickNoteWindowOptions: Omit<BrowserWindowConstructorOptions, 'webPreferences'> = {
  ...QUICK_NOTE_SIZE,
  show: false,
  frame: false,
  resizable: false,
  movable: true,
  minimizable: false,
  maximizable: false,
  fullscreenable: false,
  alwaysOnTop: true,
  skipTaskbar: true,
  title: 'Sitrep quick note',
};

type QuickNoteWindow = Pick<
  BrowserWindow,
  | 'show'
  | 'hide'
  | 'focus'
  | 'isVisible'
  | 'isFocused'
  | 'isMinimized'
  | 'minimize'
  | 'restore'
  | 'setBounds'
  | 'getBounds'
  | 'setResizable'
  | 'isDestroyed'
  | 'setAlwaysOnTop'
  | 'setVisibleOnAllWorkspaces'
  | 'on'
> & { webContents: Parameters<typeof sendEvent>[0] };

export interface QuickNoteController {
  /** Shows the box for a hotkey press; the renderer gets pressedAt as the note's occurredAt. */
  show(pressedAt: number): void;
  /** The hotkey (or `--toggle-quick-note`) again while the box has focus closes it. */
  toggle(pressedAt: number): void;
  /** Hides the box and gives the keyboard back to the app the user was in. */
  hide(): void;
  /** A note from `sitrep --note`, saved by the quick-note renderer without showing anything. */
  deliverExternalNote(text: string, pressedAt: number): void;
  /** The page needs this many CSS pixels of height to show everything: the box takes it, within the work area. */
  fit(contentHeight: number): void;
  readonly window: QuickNoteWindow;
}

/** The box sits in the upper third of the display the pointer is on, where the eye already is. */
export function quickNotePosition(workArea: Rectangle, size = QUICK_NOTE_SIZE): Rectangle {
  const width = Math.min(size.width, workArea.width);
  return {
    x: workArea.x + Math.round((workArea.width - width) / 2),
    y: workArea.y + Math.round(workArea.height / 4),
    width,
    height: Math.min(size.height, workArea.height),
  };
}

/**
 * The box's bounds for a page that needs `contentHeight` px: never shorter than QUICK_NOTE_SIZE, never taller than
 * the work area or QUICK_NOTE_MAX_HEIGHT, and moved up when it would hang below the work area's bottom edge.
 */
export function fitQuickNoteBounds(current: Rectangle, contentHeight: number, workArea: Rectangle | null): Rectangle {
  const limit = Math.min(QUICK_NOTE_MAX_HEIGHT, workArea?.height ?? QUICK_NOTE_MAX_HEIGHT);
  const height = Math.max(Math.min(Math.ceil(contentHeight), limit), Math.min(QUICK_NOTE_SIZE.height, limit));
  if (!workArea) return { ...current, height };
  const bottom = workArea.y + workArea.height;
  return { ...current, y: Math.max(workArea.y, Math.min(current.y, bottom - height)), height };
}

export function createQuickNote(deps: {
  factory: WindowFactory;
  app: Pick<App, 'hide'>;
  platform: NodeJS.Platform;
  /** The work area of the display under the pointer, or null to leave the box where it was. */
  activeWorkArea?: () => Rectangle | null;
  /** The work area of the display the box is on (to grow it without leaving the screen). */
  workAreaOf?: (bounds: Rectangle) => Rectangle | null;
  /** While false, closing the box (Alt+F4) only hides it: the hotkey must always find it. */
  isQuitting: () => boolean;
}): QuickNoteController {
  const window = deps.factory.open('quickNote', quickNoteWindowOptions) as QuickNoteWindow;
  // On macOS the box must come up over full-screen apps and on whichever Space the user is in;
  // elsewhere plain alwaysOnTop is enough.
  if (deps.platform === 'darwin') {
    window.setAlwaysOnTop(true, 'screen-saver');
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
  }

  const isShown = (): boolean => window.isVisible() && !window.isMinimized();
  // A window that is not resizable may refuse to get smaller on Linux (electron/electron#42258): it is made
  // resizable for the moment of the change only, so the user still cannot drag its edges.
  const setBounds = (next: Rectangle): void => {
    const shrinking = next.height < window.getBounds().height;
    if (shrinking) window.setResizable(true);
    window.setBounds(next);
    if (shrinking) window.setResizable(false);
  };
  // What the page last said it needs, so the box comes up at that height rather than cut back to the default.
  let contentHeight: number = QUICK_NOTE_SIZE.height;

  const show = (pressedAt: number): void => {
    if (window.isDestroyed()) return;
    sendEvent(window.webContents, 'onQuickNoteShown', { pressedAt });
    const area = deps.activeWorkArea?.() ?? null;
    if (area) setBounds(fitQuickNoteBounds(quickNotePosition(area), contentHeight, area));
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  };

  const hide = (): void => {
    if (window.isDestroyed()) return;
    if (deps.platform === 'darwin') {
      // Hiding the app (not just the window) is what hands focus back to the previous app on macOS.
      window.hide();
      deps.app.hide();
    } else if (deps.platform === 'win32') {
      // Windows gives focus back to the previous window on minimize, not on hide.
      window.minimize();
      window.hide();
    } else {
      window.hide();
    }
  };

  window.on('close', (event) => {
    if (deps.isQuitting()) return;
    event.preventDefault();
    hide();
  });

  return {
    window,
    show,
    hide,
    toggle(pressedAt) {
      if (isShown() && window.isFocused()) hide();
      else show(pressedAt);
    },
    fit(height) {
      contentHeight = height;
      if (window.isDestroyed()) return;
      const bounds = window.getBounds();
      const next = fitQuickNoteBounds(bounds, height, deps.workAreaOf?.(bounds) ?? null);
      if (next.height !== bounds.height || next.y !== bounds.y) setBounds(next);
    },
    deliverExternalNote(text, pressedAt) {
      if (!window.isDestroyed()) sendEvent(window.webContents, 'onExternalNote', { text, pressedAt });
    },
  };
}
