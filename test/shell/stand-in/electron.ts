// The 'electron' module as the Electron stand-in answers it: what `require('electron')` returns to the built
// out/main/index.js when it runs under test/shell/stand-in/boot.ts. It knows nothing of Sitrep.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StandInApp } from './app';
import { StandInBrowserWindow } from './browser-window';
import { clipboard, dialog, globalShortcut, Menu, nativeImage, nativeTheme, screen, shell, StandInNotification, StandInTray } from './desktop';
import { ipcMain } from './ipc-main';
import { protocol, session } from './protocol-session';
import { safeStorage } from './safe-storage';
import { StandInWebContents } from './web-contents';

const appPackage = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { name: string; productName?: string; version: string };

export const app = new StandInApp(appPackage);
export const BrowserWindow = StandInBrowserWindow;
export const webContents = {
  getAllWebContents: () => StandInWebContents.getAllWebContents(),
  fromId: (id: number) => StandInWebContents.getAllWebContents().find((c) => c.id === id),
};
export const Notification = StandInNotification;
export const Tray = StandInTray;
/** Electron's net.isOnline(): the stand-in's machine always has a network (its doubles go away by closing their ports). */
export const net = { isOnline: () => true };
export { clipboard, dialog, globalShortcut, ipcMain, Menu, nativeImage, nativeTheme, protocol, safeStorage, screen, session, shell };
