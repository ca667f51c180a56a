// The Electron stand-in is only worth its green runs if it refuses what Electron refuses. These pin the rules it
// claims to enforce (test/shell/stand-in), each against the wrong use it must catch.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

type StandIn = typeof import('../../shell/stand-in/electron') & { markReady(): void };

async function freshStandIn(): Promise<StandIn> {
  vi.resetModules();
  const electron = await import('../../shell/stand-in/electron');
  const { markReady } = await import('../../shell/stand-in/ready-state');
  return { ...electron, markReady };
}

describe('Electron ordering rules', () => {
  let e: StandIn;
  beforeEach(async () => {
    e = await freshStandIn();
  });

  it('refuses windows, trays, notifications, shortcuts, protocol handlers and the screen before ready', () => {
    expect(() => new e.BrowserWindow({})).toThrowMessage(/before the app is ready/);
    expect(() => new e.Tray(e.nativeImage.createEmpty() as never)).toThrowMessage(/before the app is ready/);
    expect(() => new e.Notification({ title: 'x' })).toThrowMessage(/before the app is ready/);
    expect(() => e.globalShortcut.register('Alt+K', () => undefined)).toThrowMessage(/before the app is ready/);
    expect(() => e.protocol.handle('app', () => new Response(''))).toThrowMessage(/before the app is ready/);
    expect(() => e.screen.getPrimaryDisplay()).toThrowMessage(/before the app is ready/);
    expect(() => e.session.defaultSession).toThrowMessage(/before the app is ready/);
  });

  it('refuses privileged schemes and the sandbox switch after ready', () => {
    e.protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true } }]);
    e.app.enableSandbox();
    e.markReady();
    expect(() => e.protocol.registerSchemesAsPrivileged([{ scheme: 'late' }])).toThrowMessage(/before app is ready/);
    expect(() => e.app.enableSandbox()).toThrowMessage(/before app is ready/);
    expect(e.globalShortcut.register('Alt+K', () => undefined)).toBe(true);
    // A second registration of a held accelerator fails, as Electron's does.
    expect(e.globalShortcut.register('Alt+K', () => undefined)).toBe(false);
  });

  it('answers invoke like Electron: a missing handler and a throwing one become error strings, a second handler throws', async () => {
    const { invokeFromPage } = await import('../../shell/stand-in/ipc-main');
    expect(await invokeFromPage('nobody', {}, [])).toEqual({ error: "Error: No handler registered for 'nobody'" });
    e.ipcMain.handle('boom', () => {
      throw new Error('refused');
    });
    expect(() => e.ipcMain.handle('boom', () => 1)).toThrowMessage(/second handler/);
    expect(await invokeFromPage('boom', {}, [])).toEqual({ error: 'Error: refused' });
  });
});

describe('safeStorage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stand-in-keyring-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('encrypts with the keyring key: another keyring cannot decrypt, the same one after a restart can', async () => {
    vi.stubEnv('SITREP_SHELL_KEYRING', join(dir, 'a'));
    const first = await freshStandIn();
    first.markReady();
    const sealed = first.safeStorage.encryptString('ghp_secret');
    expect(sealed.toString('latin1')).not.toContain('ghp_secret');
    expect(first.safeStorage.getSelectedStorageBackend()).toBe('gnome_libsecret');
    const restarted = await freshStandIn();
    expect(restarted.safeStorage.decryptString(sealed)).toBe('ghp_secret');
    vi.stubEnv('SITREP_SHELL_KEYRING', join(dir, 'b'));
    const other = await freshStandIn();
    expect(() => other.safeStorage.decryptString(sealed)).toThrow();
    vi.unstubAllEnvs();
  });
});

describe('single instance lock', () => {
  it('a second process on the same profile gets false and hands its argv and data to the first', { timeout: 30_000 }, async () => {
    const userData = mkdtempSync(join(tmpdir(), 'stand-in-lock-'));
    const { acquireLock, releaseLock } = await import('../../shell/stand-in/single-instance');
    const received = new Promise((resolve) => {
      expect(acquireLock(userData, { argv: [], cwd: '', additionalData: null }, resolve)).toBe(true);
    });
    // Asynchronously: the first process must keep serving its socket while the second runs.
    const second = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'second-instance.fixture.ts'), userData],
    ).then(() => 0, (error: { code: number }) => error.code);
    expect(second).toBe(0);
    await expect(received).resolves.toEqual({ argv: ['sitrep', '--note', 'hi'], cwd: '/x', additionalData: { startedAt: 5 } });
    releaseLock();
    rmSync(userData, { recursive: true, force: true });
  });
});

describe('sandboxed preload', () => {
  /** Runs a preload the way a stand-in window does, in a bare context standing in for the page. */
  function runPreload(source: string) {
    const sent: unknown[] = [];
    const page: Record<string, unknown> = { structuredClone, btoa, atob, setTimeout, clearTimeout, setInterval, clearInterval, URL, URLSearchParams, Promise, Error, Date, Map, Set, ArrayBuffer, Uint8Array, RegExp };
    page.window = page;
    page.top = page;
    page.__ipc = (message: { kind: string; channel: string }) => {
      sent.push(message);
      return Promise.resolve(message.channel === 'fails' ? { error: 'Error: nope' } : { value: { $t: 'u' } });
    };
    return import('../../shell/stand-in/preload-host').then(({ preloadScript }) => {
      runInNewContext(preloadScript({ binding: '__ipc', deliver: '__deliver', platform: 'linux', versions: {} }, source), page);
      return { page, sent };
    });
  }

  it('loads only what a sandboxed preload may require', async () => {
    const { page } = await runPreload(`
      const results = {};
      for (const name of ['electron', 'events', 'timers', 'url', 'fs', 'path', 'child_process']) {
        try { require(name); results[name] = 'ok'; } catch (e) { results[name] = e.message; }
      }
      require('electron').contextBridge.exposeInMainWorld('results', results);`);
    expect(page.results).toEqual({
      electron: 'ok',
      events: 'ok',
      timers: 'ok',
      url: 'ok',
      fs: 'module not found: fs',
      path: 'module not found: path',
      child_process: 'module not found: child_process',
    });
    // The binding the preload talks through is gone before any page script runs.
    expect(page.__ipc).toBeUndefined();
  });

  it('contextBridge copies: class instances lose their prototype, functions cross as proxies, a taken name throws', async () => {
    const { page } = await runPreload(`
      class Secret { constructor() { this.visible = 1; } reveal() { return 'prototype'; } }
      const { contextBridge, ipcRenderer } = require('electron');
      contextBridge.exposeInMainWorld('api', { thing: new Secret(), call: (x) => ({ got: x }), fails: () => ipcRenderer.invoke('fails') });
      try { contextBridge.exposeInMainWorld('api', {}); } catch (e) { contextBridge.exposeInMainWorld('second', e.message); }`);
    const api = page.api as { thing: { visible: number; reveal?: unknown }; call(x: unknown): { got: unknown }; fails(): Promise<unknown> };
    expect(api.thing).toEqual({ visible: 1 });
    expect(api.thing.reveal).toBeUndefined();
    expect(api.call({ a: [1] })).toEqual({ got: { a: [1] } });
    expect(page.second).toMatch(/existing property/);
    await expect(api.fails()).rejects.toThrow("Error invoking remote method 'fails': Error: nope");
  });
});

describe('IPC payloads', () => {
  it('carry what structured clone carries and refuse what it refuses', async () => {
    const { fromWire, toWire } = await import('../../shell/stand-in/wire-format');
    const value = { bytes: new Uint8Array([0, 255, 7]), when: new Date(5), map: new Map([['k', [1]]]), none: undefined, nan: NaN, text: 'ü\u0000' };
    expect(fromWire(JSON.parse(JSON.stringify(toWire(value))))).toEqual(value);
    expect(() => toWire({ f: () => 1 })).toThrowMessage(/could not be cloned/);
  });
});
