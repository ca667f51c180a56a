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
