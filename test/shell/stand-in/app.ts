import { EventEmitter } from 'node:events';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { StandInBrowserWindow, windowEvents } from './browser-window';
import { preventableEvent } from './emitter';
import { isReady, requireNotReady } from './ready-state';
import { acquireLock, handOff, releaseLock, type SecondInstanceMessage } from './single-instance';

interface AppPackage {
  name: string;
  productName?: string;
  version: string;
}

/**
 * The parts of Electron's `app` Sitrep's main uses, with Electron's lifecycle: 'ready' after the main script's
 * first run; quit = before-quit, every window's close (a prevented close cancels the quit), will-quit, quit,
 * exit. window-all-closed is emitted only when the last window closes outside a quit, and quits when no one
 * listens for it.
 */
export class StandInApp extends EventEmitter {
  private readonly paths = new Map<string, string>();
  private readyResolve!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.readyResolve = resolve));
  private quitting = false;
  get quitRequested(): boolean {
    return this.quitting;
  }
  exitCode: number | null = null;
  readonly isPackaged = false;
  commandLine = { appendSwitch() {}, hasSwitch: () => false, getSwitchValue: () => '' };
  private pendingSecondInstances: SecondInstanceMessage[] = [];
  /** Set by boot: closes the browser and ends the process. */
  shutdown: (code: number) => Promise<void> = async () => undefined;

  constructor(private readonly pkg: AppPackage) {
    super();
    const appData = process.platform === 'darwin' ? join(homedir(), 'Library/Application Support') : join(homedir(), '.config');
    this.paths.set('appData', appData);
    this.paths.set('userData', join(appData, pkg.productName ?? pkg.name));
    this.paths.set('temp', process.env.TMPDIR ?? '/tmp');
    this.paths.set('home', homedir());
    windowEvents.on('created', (win: StandInBrowserWindow) => {
      this.emit('web-contents-created', preventableEvent(), win.webContents);
      this.emit('browser-window-created', preventableEvent(), win);
    });
    windowEvents.on('closed', () => {
      if (this.quitting || StandInBrowserWindow.getAllWindows().length > 0) return;
      if (this.listenerCount('window-all-closed') > 0) this.emit('window-all-closed');
      else this.quit();
    });
  }

  getName(): string {
    return this.pkg.productName ?? this.pkg.name;
  }
  getVersion(): string {
    return this.pkg.version;
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (!path) throw new Error(`Failed to get '${name}' path`);
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getAppPath(): string {
    return process.cwd();
  }
  setAppUserModelId(): void {}
  enableSandbox(): void {
    requireNotReady('app.enableSandbox');
  }
  isReady(): boolean {
    return isReady();
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  becomeReady(): void {
    this.emit('will-finish-launching');
    this.emit('ready', preventableEvent(), {});
    this.readyResolve();
    for (const message of this.pendingSecondInstances.splice(0)) this.deliverSecondInstance(message);
  }

  requestSingleInstanceLock(additionalData?: unknown): boolean {
    const message = { argv: process.argv, cwd: process.cwd(), additionalData: additionalData ?? null };
    return acquireLock(this.getPath('userData'), message, (second) => {
      if (isReady()) this.deliverSecondInstance(second);
      else this.pendingSecondInstances.push(second);
    });
  }
  private deliverSecondInstance(message: SecondInstanceMessage): void {
    this.emit('second-instance', preventableEvent(), message.argv, message.cwd, message.additionalData);
  }

  hide(): void {
    this.emit('hidden');
  }
  show(): void {}
  focus(): void {}

  quit(): void {
    if (this.quitting) return;
    if (!isReady()) {
      // Before ready (a second instance): no windows, no browser; just hand off and exit.
      this.quitting = true;
      void handOff.then(() => this.finish(0));
      return;
    }
    const beforeQuit = preventableEvent();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    this.quitting = true;
    for (const win of StandInBrowserWindow.getAllWindows()) {
      win.close();
      if (!win.isDestroyed()) {
        this.quitting = false; // a window refused to close: Electron cancels the quit
        return;
      }
    }
    const willQuit = preventableEvent();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', preventableEvent(), 0);
    void this.finish(0);
  }

  exit(code = 0): void {
    this.quitting = true;
    void this.finish(code);
  }

  private async finish(code: number): Promise<void> {
    this.exitCode = code;
    releaseLock();
    await this.shutdown(code);
  }
}
