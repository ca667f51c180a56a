import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { emitPreventable, preventableEvent } from './emitter';
import { requireReady } from './ready-state';
import { StandInWebContents } from './web-contents';

const windows: StandInBrowserWindow[] = [];
let focused: StandInBrowserWindow | null = null;
let nextId = 1;

/** Told when windows come and go, for the app's 'web-contents-created', 'browser-window-created', 'window-all-closed'. */
export const windowEvents = new EventEmitter();

/**
 * BrowserWindow over a Chromium page. The OS side (visibility, focus, always-on-top, bounds) is state the spec can
 * read through the shell controls; the page's viewport follows the window's size. Frames and title bars are not
 * drawn: a window's content is its whole size (documented in the README as a stand-in limit).
 */
export class StandInBrowserWindow extends EventEmitter {
  readonly id = nextId++;
  readonly webContents: StandInWebContents;
  private visible = false;
  private destroyed = false;
  private alwaysOnTop: boolean;
  private minimized = false;
  private maximized = false;
  private bounds: Rectangle;
  private readonly title: string;
  readonly options: BrowserWindowConstructorOptions;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    requireReady('BrowserWindow');
    this.options = options;
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width, height };
    this.alwaysOnTop = options.alwaysOnTop ?? false;
    this.title = options.title ?? '';
    this.resizable = options.resizable ?? true;
    this.webContents = new StandInWebContents({ preload: options.webPreferences?.preload, additionalArguments: options.webPreferences?.additionalArguments, width, height });
    this.webContents.title = this.title;
    windows.push(this);
    windowEvents.emit('created', this);
    if (options.show !== false) this.webContents.ready.then(() => this.show(), () => undefined);
  }

  static getAllWindows(): StandInBrowserWindow[] {
    return windows.filter((w) => !w.destroyed);
  }

  static getFocusedWindow(): StandInBrowserWindow | null {
    return focused;
  }

  static fromWebContents(contents: unknown): StandInBrowserWindow | null {
    return windows.find((w) => w.webContents === contents) ?? null;
  }

  async loadURL(url: string): Promise<void> {
    await this.webContents.loadURL(url);
    if (!this.shownOnce) {
      this.shownOnce = true;
      this.emit('ready-to-show', preventableEvent());
    }
  }
  private shownOnce = false;

  show(): void {
    this.assertAlive();
    const wasVisible = this.visible;
    this.visible = true;
    this.minimized = false;
    if (!wasVisible) this.emit('show', preventableEvent());
    this.focus();
  }

  showInactive(): void {
    this.assertAlive();
    if (this.visible) return;
    this.visible = true;
    this.emit('show', preventableEvent());
  }

  hide(): void {
    this.assertAlive();
    if (!this.visible) return;
    this.visible = false;
    this.blurIfFocused();
    this.emit('hide', preventableEvent());
  }

  focus(): void {
    this.assertAlive();
    if (!this.visible) this.show();
    if (focused === this) return;
    focused?.blurIfFocused();
    // One focused window per desktop: the module keeps which one it is.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    focused = this;
    this.emit('focus', preventableEvent());
  }

  blur(): void {
    this.blurIfFocused();
  }

  private blurIfFocused(): void {
    if (focused !== this) return;
    focused = null;
    this.emit('blur', preventableEvent());
  }

  isVisible(): boolean {
    return this.visible && !this.destroyed;
  }
  isFocused(): boolean {
    return focused === this;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
    this.blurIfFocused();
    this.emit('minimize', preventableEvent());
  }
  restore(): void {
    const was = this.minimized;
    this.minimized = false;
    this.visible = true;
    if (was) this.emit('restore', preventableEvent());
  }
  maximize(): void {
    if (this.maximized) return;
    this.maximized = true;
    this.emit('maximize', preventableEvent());
  }
  unmaximize(): void {
    if (!this.maximized) return;
    this.maximized = false;
    this.emit('unmaximize', preventableEvent());
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  setAlwaysOnTop(flag: boolean): void {
    this.alwaysOnTop = flag;
    this.emit('always-on-top-changed', preventableEvent(), flag);
  }
  isAlwaysOnTop(): boolean {
    return this.alwaysOnTop;
  }
  setVisibleOnAllWorkspaces(): void {}
  setResizable(flag: boolean): void {
    this.resizable = flag;
  }
  isResizable(): boolean {
    return this.resizable;
  }
  private resizable = true;
  getTitle(): string {
    return this.title;
  }

  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  getNormalBounds(): Rectangle {
    return { ...this.bounds };
  }
  getContentBounds(): Rectangle {
    return { ...this.bounds };
  }
  setBounds(next: Partial<Rectangle>): void {
    this.assertAlive();
    const before = this.bounds;
    this.bounds = { ...before, ...next };
    if (before.x !== this.bounds.x || before.y !== this.bounds.y) this.emit('move', preventableEvent());
    if (before.width !== this.bounds.width || before.height !== this.bounds.height) {
      const { width, height } = this.bounds;
      void this.webContents.ready.then((page) => page.setViewportSize({ width, height })).catch(() => undefined);
      this.emit('resize', preventableEvent());
    }
  }
  setSize(width: number, height: number): void {
    this.setBounds({ width, height });
  }
  getSize(): [number, number] {
    return [this.bounds.width, this.bounds.height];
  }
  setPosition(x: number, y: number): void {
    this.setBounds({ x, y });
  }
  getPosition(): [number, number] {
    return [this.bounds.x, this.bounds.y];
  }
  center(): void {}

  /** Like a click on the window's close button: 'close' may be prevented. */
  close(): void {
    if (this.destroyed) return;
    if (emitPreventable(this, 'close', preventableEvent())) return;
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.blurIfFocused();
    void this.webContents.destroy();
    this.emit('closed');
    windowEvents.emit('closed', this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  private assertAlive(): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
}
