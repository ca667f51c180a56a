// The code a stand-in window runs before any page script: Electron's sandboxed-preload environment around the
// built out/preload/index.js. It is injected as text (see preloadScript), so everything it uses is inside it.
import { fromWire, toWire } from './wire-format';

export interface PreloadHostConfig {
  /** The Playwright binding that carries ipcRenderer calls to main; removed from window before pages run. */
  binding: string;
  /** The function main's webContents.send calls to deliver an event into this page. */
  deliver: string;
  platform: string;
  versions: Record<string, string>;
  /** webPreferences.additionalArguments, which Electron appends to the renderer's process.argv. */
  argv?: string[];
}

type Listener = (event: unknown, ...args: unknown[]) => void;

/** Runs in the page. Returns the `require` a sandboxed preload gets. */
function preloadHost(config: PreloadHostConfig, encode: typeof toWire, decode: typeof fromWire) {
  const w = window as unknown as Record<string, unknown>;
  const send = w[config.binding] as (message: unknown) => Promise<{ value?: unknown; error?: string }>;
  delete w[config.binding];

  const listeners = new Map<string, Listener[]>();
  const ipcRenderer = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      return Promise.resolve()
        .then(() => send({ kind: 'invoke', channel, args: encode(args) }))
        .then((reply) => {
          if (reply.error !== undefined) throw new Error(`Error invoking remote method '${channel}': ${reply.error}`);
          return decode(reply.value);
        });
    },
    send(channel: string, ...args: unknown[]): void {
      void send({ kind: 'send', channel, args: encode(args) });
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
      return ipcRenderer;
    },
    once(channel: string, listener: Listener) {
      const once: Listener = (...args) => {
        ipcRenderer.removeListener(channel, once);
        listener(...args);
      };
      return ipcRenderer.on(channel, once);
    },
    removeListener(channel: string, listener: Listener) {
      listeners.set(channel, (listeners.get(channel) ?? []).filter((l) => l !== listener));
      return ipcRenderer;
    },
    off(channel: string, listener: Listener) {
      return ipcRenderer.removeListener(channel, listener);
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear();
      else listeners.delete(channel);
      return ipcRenderer;
    },
    sendSync(): never {
      throw new Error('ipcRenderer.sendSync is not available on the Electron stand-in');
    },
  };
  Object.defineProperty(window, config.deliver, {
    enumerable: false,
    value: (channel: string, wire: unknown) => {
      const args = decode(wire) as unknown[];
      const event = { sender: ipcRenderer, senderId: 0, ports: [] };
      for (const listener of listeners.get(channel) ?? []) listener(event, ...args);
    },
  });

  // contextBridge: the main world gets copies; functions cross as proxies whose arguments and results are copied
  // too. Class instances arrive as plain objects, as in Electron (no prototypes cross).
  const copy = (value: unknown, depth = 0): unknown => {
    if (depth > 1000) throw new Error('contextBridge: object too deep');
    if (typeof value === 'function') {
      const fn = value as (...a: unknown[]) => unknown;
      return (...args: unknown[]) => copy(fn(...args.map((a) => copy(a, depth + 1))), depth + 1);
    }
    if (value instanceof Promise) return value.then((v) => copy(v, depth + 1));
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Date || value instanceof RegExp || value instanceof Error || ArrayBuffer.isView(value)) return structuredClone(value);
    if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = copy(v, depth + 1);
    return out;
  };
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown) {
      if (key in window) throw new Error('Cannot bind an API on top of an existing property on the window object');
      Object.defineProperty(window, key, { value: copy(api), enumerable: true, configurable: false, writable: false });
    },
  };

  class EventEmitter {
    private readonly handlers = new Map<string | symbol, ((...a: unknown[]) => void)[]>();
    on(name: string | symbol, fn: (...a: unknown[]) => void) {
      this.handlers.set(name, [...(this.handlers.get(name) ?? []), fn]);
      return this;
    }
    off(name: string | symbol, fn: (...a: unknown[]) => void) {
      this.handlers.set(name, (this.handlers.get(name) ?? []).filter((h) => h !== fn));
      return this;
    }
    emit(name: string | symbol, ...args: unknown[]) {
      const list = this.handlers.get(name) ?? [];
      for (const fn of list) fn(...args);
      return list.length > 0;
    }
  }
  // Electron: "A require function similar to Node's require module", limited to these (Process Sandboxing).
  const modules: Record<string, unknown> = {
    electron: {
      contextBridge,
      ipcRenderer,
      webFrame: { setZoomFactor() {}, getZoomFactor: () => 1 },
      crashReporter: { addExtraParameter() {} },
      nativeImage: {},
      webUtils: { getPathForFile: () => '' },
    },
    events: { EventEmitter, default: EventEmitter },
    timers: { setTimeout, clearTimeout, setInterval, clearInterval },
    url: { URL, URLSearchParams },
  };
  const require = (name: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(modules, name)) return modules[name];
    throw new Error(`module not found: ${name}`);
  };
  const process = { platform: config.platform, versions: config.versions, env: {}, type: 'renderer', sandboxed: true, contextIsolated: true, argv: [...(config.argv ?? [])] };
  return { require, process, module: { exports: {} } };
}

/**
 * The init script of one window: the host above, then the preload's own source in a function scope that sees
 * only what a sandboxed preload sees. Runs in the top frame only (Electron runs preloads in subframes only with
 * nodeIntegrationInSubFrames, which Sitrep does not set).
 */
export function preloadScript(config: PreloadHostConfig, preloadSource: string): string {
  return `(() => {
if (window !== window.top) return;
const __name = (fn) => fn;
const host = (${preloadHost.toString()})(${JSON.stringify(config)}, ${toWire.toString()}, ${fromWire.toString()});
(function (require, process, module, exports, setImmediate, clearImmediate) {
${preloadSource}
})(host.require, host.process, host.module, host.module.exports, (fn, ...a) => setTimeout(fn, 0, ...a), clearTimeout);
})();`;
}
