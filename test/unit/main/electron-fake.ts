// A stand-in for the 'electron' module, just wide enough for src/main/index.ts: lets the wiring run in Node
// and lets a test look at what it registered, created and showed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeEmitter, FakeWindow } from './fakes';

export const userData = mkdtempSync(join(tmpdir(), 'sitrep-wiring-'));

class FakeApp extends FakeEmitter {
  isPackaged = false;
  quitCalled = false;
  hidden = 0;
  sandboxEnabled = false;
  lockData: unknown = null;
  private ready!: () => void;
  readonly readyPromise = new Promise<void>((resolve) => (this.ready = resolve));
  whenReady() {
    return this.readyPromise;
  }
  becomeReady() {
    this.ready();
  }
  setPath() {}
  getPath() {
    return userData;
  }
  getVersion() {
    return '0.1.0-test';
  }
  enableSandbox() {
    this.sandboxEnabled = true;
  }
  setAppUserModelId() {}
  requestSingleInstanceLock(data: unknown) {
    this.lockData = data;
    return true;
  }
  quit() {
    this.quitCalled = true;
  }
  exitCode: number | null = null;
  exit(code = 0) {
    this.exitCode = code;
  }
  hide() {
    this.hidden += 1;
  }
}

export const app = new FakeApp();
export const BrowserWindow = FakeWindow;

export const globalShortcut = {
  held: new Map<string, () => void>(),
  register(accelerator: string, callback: () => void) {
    this.held.set(accelerator, callback);
    return true;
  },
  unregister(accelerator: string) {
    this.held.delete(accelerator);
  },
  unregisterAll() {
    this.held.clear();
  },
  isRegistered(accelerator: string) {
    return this.held.has(accelerator);
  },
};

export const ipcMain = {
  handlers: new Map<string, (event: unknown, request: unknown) => Promise<unknown>>(),
  handle(channel: string, listener: (event: unknown, request: unknown) => Promise<unknown>) {
    this.handlers.set(channel, listener);
  },
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  },
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void) {
    this.listeners.set(channel, listener);
  },
};

export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]) {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    this.handlers.set(scheme, handler);
  },
};

const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
export const screen = {
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
  getDisplayNearestPoint: () => display,
  getDisplayMatching: () => display,
  getCursorScreenPoint: () => ({ x: 10, y: 10 }),
};

export const session = {
  defaultSession: {
    requestHandler: null as unknown,
    checkHandler: null as unknown,
    setPermissionRequestHandler(handler: unknown) {
      this.requestHandler = handler;
    },
    setPermissionCheckHandler(handler: unknown) {
      this.checkHandler = handler;
    },
  },
};

export const shell = { opened: [] as string[], openExternal: async (url: string) => void shell.opened.push(url) };

export const Menu = { buildFromTemplate: (template: unknown) => template };
export const nativeImage = {
  createFromPath: (path: string) => ({ path, representations: 0, addRepresentation() {
    this.representations += 1;
  } }),
};

export class Tray extends FakeEmitter {
  static instances: Tray[] = [];
  tooltip = '';
  menu: unknown = null;
  image: unknown;
  constructor(image: unknown) {
    super();
    this.image = image;
    Tray.instances.push(this);
  }
  setToolTip(tooltip: string) {
    this.tooltip = tooltip;
  }
  setContextMenu(menu: unknown) {
    this.menu = menu;
  }
  setImage(image: unknown) {
    this.image = image;
  }
}

export class Notification extends FakeEmitter {
  static shown: Notification[] = [];
  static isSupported() {
    return true;
  }
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  show() {
    Notification.shown.push(this);
  }
  close() {}
}

/** No keyring here: the token store must cope (it keeps a token in memory only, with consent). */
export const safeStorage = {
  isEncryptionAvailable: () => false,
  encryptString: (plain: string) => Buffer.from(plain),
  decryptString: (encrypted: Buffer) => encrypted.toString(),
};

export const dialog = {
  showOpenDialog: async () => ({ canceled: true, filePaths: [] as string[] }),
  /** Button indexes to answer with, in order; unanswered boxes get 0 (Sitrep puts Cancel first). */
  answers: [] as number[],
  shown: [] as { message?: string }[],
  showMessageBox: async (options: { message?: string }) => {
    dialog.shown.push(options);
    return { response: dialog.answers.shift() ?? 0, checkboxChecked: false };
  },
};

export const nativeTheme = { shouldUseDarkColors: true };
/** The machine's network as a test sets it (net.isOnline in main). */
export const net = { online: true, isOnline: () => net.online };
