// The OS around the app, as state a spec can read and drive: global shortcuts, the tray and its menu,
// notifications, the screen, the browser that external links go to, dialogs and the clipboard.
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { MenuItemConstructorOptions } from 'electron';
import { HELD_BY_OTHER_APP_ENV } from '../shell-controls';
import { requireReady } from './ready-state';

const heldByOtherApps = new Set((process.env[HELD_BY_OTHER_APP_ENV] ?? '').split(',').filter(Boolean));
export const shortcuts = new Map<string, () => void>();

export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    requireReady('globalShortcut');
    // Electron returns false (and logs) when another app, or this one, already holds the accelerator.
    if (heldByOtherApps.has(accelerator) || shortcuts.has(accelerator)) return false;
    shortcuts.set(accelerator, callback);
    return true;
  },
  isRegistered(accelerator: string): boolean {
    return shortcuts.has(accelerator);
  },
  unregister(accelerator: string): void {
    shortcuts.delete(accelerator);
  },
  unregisterAll(): void {
    shortcuts.clear();
  },
};

export class StandInNativeImage {
  private readonly representations: { scaleFactor: number }[] = [];
  constructor(readonly path: string) {}
  static createFromPath(path: string): StandInNativeImage {
    return new StandInNativeImage(path);
  }
  static createEmpty(): StandInNativeImage {
    return new StandInNativeImage('');
  }
  isEmpty(): boolean {
    return this.path === '' || !existsSync(this.path);
  }
  addRepresentation(options: { scaleFactor: number }): void {
    this.representations.push({ scaleFactor: options.scaleFactor });
  }
  getSize() {
    return { width: 16, height: 16 };
  }
}
export const nativeImage = { createFromPath: StandInNativeImage.createFromPath, createEmpty: StandInNativeImage.createEmpty };

export interface StandInMenu {
  items: MenuItemConstructorOptions[];
}
export const Menu = {
  buildFromTemplate(template: MenuItemConstructorOptions[]): StandInMenu {
    return { items: template };
  },
  setApplicationMenu(): void {},
};

export const trays: StandInTray[] = [];
export class StandInTray extends EventEmitter {
  image: StandInNativeImage;
  tooltip = '';
  menu: StandInMenu | null = null;
  destroyed = false;
  constructor(image: StandInNativeImage) {
    super();
    requireReady('Tray');
    this.image = image;
    trays.push(this);
  }
  setImage(image: StandInNativeImage): void {
    this.image = image;
  }
  setToolTip(tooltip: string): void {
    this.tooltip = tooltip;
  }
  setContextMenu(menu: StandInMenu | null): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export const notifications: StandInNotification[] = [];
export class StandInNotification extends EventEmitter {
  readonly title: string;
  readonly body: string;
  shown = false;
  constructor(options: { title?: string; body?: string } = {}) {
    super();
    requireReady('Notification');
    this.title = options.title ?? '';
    this.body = options.body ?? '';
  }
  static isSupported(): boolean {
    return true;
  }
  show(): void {
    this.shown = true;
    notifications.push(this);
    this.emit('show', {});
  }
  close(): void {
    this.emit('close', {});
  }
}

const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1050 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
};
export const screen = Object.assign(new EventEmitter(), {
  getPrimaryDisplay() {
    requireReady('screen');
    return display;
  },
  getAllDisplays() {
    requireReady('screen');
    return [display];
  },
  getDisplayNearestPoint() {
    requireReady('screen');
    return display;
  },
  getDisplayMatching() {
    requireReady('screen');
    return display;
  },
  getCursorScreenPoint() {
    requireReady('screen');
    return { x: 960, y: 540 };
  },
});

export const openedExternally: string[] = [];
export const shell = {
  async openExternal(url: string): Promise<void> {
    openedExternally.push(url);
  },
  async openPath(path: string): Promise<string> {
    openedExternally.push(path);
    return '';
  },
  showItemInFolder(path: string): void {
    openedExternally.push(path);
  },
};

export const openDialogAnswers: { canceled: boolean; filePaths: string[] }[] = [];
export const messageBoxAnswers: number[] = [];
export const messageBoxes: { message: string; detail: string; buttons: string[] }[] = [];
export const dialog = {
  async showOpenDialog(): Promise<{ canceled: boolean; filePaths: string[] }> {
    // No person is there to answer: a dialog the spec did not answer is cancelled.
    return openDialogAnswers.shift() ?? { canceled: true, filePaths: [] };
  },
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    // Electron's signature is (options) or (window, options).
    const options = (args.length > 1 ? args[1] : args[0]) as { message?: string; detail?: string; buttons?: string[] } | undefined;
    messageBoxes.push({ message: options?.message ?? '', detail: options?.detail ?? '', buttons: options?.buttons ?? [] });
    // No person is there to answer: a box the spec did not answer gets the first button.
    return { response: messageBoxAnswers.shift() ?? 0, checkboxChecked: false };
  },
  showErrorBox(): void {},
};

let clipboardText = '';
export const clipboard = {
  writeText(text: string): void {
    clipboardText = text;
  },
  readText(): string {
    return clipboardText;
  },
};

export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: process.env.SITREP_SHELL_DARK === '1',
  themeSource: 'system' as 'system' | 'light' | 'dark',
  shouldUseHighContrastColors: false,
});
