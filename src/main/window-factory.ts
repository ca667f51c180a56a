import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { WINDOW_KIND_SWITCH } from '../shared/contract/window-slices';
import { pageUrl, type PageName } from './app-origin';
import { rememberWindowKind } from './window-kinds';

/**
 * The webPreferences of every Sitrep window. The page runs sandboxed and isolated, with no Node; the only way
 * out is the preload's contract bridge. Spellcheck is off: it would send typed incident notes to a dictionary
 * service on some platforms, and the notes are full of hostnames anyway.
 */
export function secureWebPreferences(preloadPath: string, options: { devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: options.devTools,
  };
}

/** The renderer's --bg colours (src/renderer/src/styles/theme.css). */
export const WINDOW_BACKGROUND = { light: '#f6f7f9', dark: '#111418' } as const;

export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface WindowFactory {
  /** A new window with the secure preferences, loading one of the app's pages. */
  open(page: PageName, options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow;
}

export function createWindowFactory(deps: {
  BrowserWindow: WindowConstructor;
  preloadPath: string;
  baseUrl: string;
  devTools: boolean;
  /** Painted before the page: matching the theme avoids a white flash at 3 am (or a dark one at noon). */
  prefersDark?: () => boolean;
  onLoadFailed?: (page: PageName, error: unknown) => void;
}): WindowFactory {
  return {
    open(page, options) {
      const win = new deps.BrowserWindow({
        backgroundColor: deps.prefersDark?.() === false ? WINDOW_BACKGROUND.light : WINDOW_BACKGROUND.dark,
        ...options,
        webPreferences: {
          ...secureWebPreferences(deps.preloadPath, { devTools: deps.devTools }),
          // Tells the preload which slice of the contract to expose; main checks the same slice on each call.
          additionalArguments: [`${WINDOW_KIND_SWITCH}${page}`],
        },
      });
      rememberWindowKind(win.webContents, page);
      win.loadURL(pageUrl(deps.baseUrl, page)).catch((error: unknown) => deps.onLoadFailed?.(page, error));
      return win;
    },
  };
}
