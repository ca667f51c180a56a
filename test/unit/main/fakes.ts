// Small stand-ins for the Electron objects main modules receive. Each keeps just enough behaviour to let a test
// drive the module the way Electron would (fire an event, call a handler) and observe what it did.

type Listener = (...args: never[]) => unknown;

/** An emitter that records listeners by event name and lets the test fire them. */
export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped = ((...args: never[]) => {
      this.removeListener(event, wrapped);
      return listener(...args);
    }) as Listener;
    return this.on(event, wrapped);
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

/** An Electron-style event: preventDefault() marks it, as Electron's do. */
export function fakeEvent<T extends object>(params: T): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Treats a fake as the Electron type a module declares; the fake must implement what the module calls. */
export function as<T>(fake: unknown): T {
  return fake as T;
}

/** webContents as the event sender sees it: records what was sent. */
export class FakeWebContents extends FakeEmitter {
  sent: { channel: string; payload: unknown }[] = [];
  destroyed = false;
  url = '';
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

/** A BrowserWindow that keeps the state a user would see: shown, focused, minimised, on top, where. */
export class FakeWindow extends FakeEmitter {
  static created: FakeWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  focused = false;
  minimized = false;
  maximized = false;
  destroyed = false;
  alwaysOnTop: { flag: boolean; level?: string } = { flag: false };
  bounds: { x: number; y: number; width: number; height: number };
  loadedUrl: string | null = null;
  calls: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: (options.x as number) ?? 0,
      y: (options.y as number) ?? 0,
      width: (options.width as number) ?? 800,
      height: (options.height as number) ?? 600,
    };
    this.alwaysOnTop = { flag: options.alwaysOnTop === true };
    FakeWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.calls.push('show');
    this.visible = true;
    this.focused = true;
  }
  hide(): void {
    this.calls.push('hide');
    this.visible = false;
    this.focused = false;
  }
  focus(): void {
    this.calls.push('focus');
    this.focused = true;
  }
  minimize(): void {
    this.calls.push('minimize');
    this.minimized = true;
    this.focused = false;
  }
  restore(): void {
    this.calls.push('restore');
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.alwaysOnTop = { flag, level };
  }
  allWorkspaces: { visible: boolean; options?: unknown } = { visible: false };
  setVisibleOnAllWorkspaces(visible: boolean, options?: unknown): void {
    this.allWorkspaces = { visible, options };
  }
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.resizableWhileResized.push(this.resizable);
    this.bounds = bounds;
  }
  getNormalBounds() {
    return this.bounds;
  }
  getBounds() {
    return this.bounds;
  }
  resizable = true;
  resizableWhileResized: boolean[] = [];
  setResizable(resizable: boolean): void {
    this.resizable = resizable;
  }
  /** The user closes the window: 'close' may be prevented; otherwise it is destroyed. */
  userClose(): boolean {
    const event = fakeEvent({});
    this.emit('close', event);
    if (event.defaultPrevented) return false;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
    return true;
  }
}
