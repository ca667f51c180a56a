import type { BrowserWindow, BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { pageUrl, type PageName } from './app-origin';

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
  onLoadFailed?: (page: PageName, error: unknown) => void;
}): WindowFactory {
  return {
    open(page, options) {
      const win = new deps.BrowserWindow({
        backgroundColor: '#111318',
        ...options,
        webPreferences: secureWebPreferences(deps.preloadPath, { devTools: deps.devTools }),
      });
      win.loadURL(pageUrl(deps.baseUrl, page)).catch((error: unknown) => deps.onLoadFailed?.(page, error));
      return win;
    },
  };
}
