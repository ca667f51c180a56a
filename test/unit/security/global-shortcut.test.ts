import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createShellHandlers, type ShellServices } from '../../../src/main/app-handlers';
import { registerIpcHandlers, type InvokeHandlers } from '../../../src/main/ipc-router';
import { createShortcutRegistry, DEFAULT_QUICK_NOTE_SHORTCUT } from '../../../src/main/shortcut-registry';
import { invokeContract } from '../../../src/shared/contract/ipc-contract';
import { as } from '../main/fakes';

/*
 * Finding 10 of issue 10: a page could bind Shift+A or Ctrl+C as the global quick-note shortcut, and from then
 * on no app on the computer could type a capital A or copy. Driven through the IPC router and the real registry.
 */
function setup() {
  const bound = new Set<string>();
  const globalShortcut = {
    register: vi.fn((accelerator: string) => (bound.add(accelerator), true)),
    unregister: vi.fn((accelerator: string) => void bound.delete(accelerator)),
    unregisterAll: vi.fn(() => bound.clear()),
  };
  const shortcuts = createShortcutRegistry({ globalShortcut, platform: 'linux', initial: DEFAULT_QUICK_NOTE_SHORTCUT, onPressed: () => {} });
  const services = {
    appInfo: () => ({ version: '1', platform: 'linux', userDataPath: '/tmp/x' }),
    openExternal: vi.fn(async () => undefined),
    quickNote: { hide: vi.fn() },
    checklist: { show: vi.fn() },
    mainWindow: { show: vi.fn() },
    shortcuts,
    preferences: { read: vi.fn(), update: vi.fn() },
    onShortcutChanged: vi.fn(),
    tray: { update: vi.fn() },
    notifier: { nudge: vi.fn(() => true) },
  } as unknown as ShellServices;
  const registered = new Map<string, (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>>();
  const shell = createShellHandlers(services);
  const handlers = new Proxy(shell as unknown as InvokeHandlers, { get: (t, n: string) => (t as Record<string, unknown>)[n] ?? (() => undefined) });
  registerIpcHandlers(as<IpcMain>({ handle: (c: string, l: never) => registered.set(c, l), removeHandler: () => {} }), handlers, { trustedOrigins: ['app://sitrep'] });
  const setShortcut = (accelerator: string) =>
    registered.get(invokeContract.setQuickNoteShortcut.channel)!(as<IpcMainInvokeEvent>({ senderFrame: { url: 'app://sitrep/index.html', parent: null } }), { accelerator });
  return { bound, setShortcut, services };
}

describe('the global quick-note shortcut, set through the IPC router', () => {
  it.each(['Shift+A', 'Shift+num5', 'Ctrl+C', 'CommandOrControl+V', 'Control+/', 'CmdOrCtrl+Shift+Z', 'AltGr+E'])(
    'refuses %s, which would shadow typing or editing in every app, and keeps the old one',
    async (accelerator) => {
      const { bound, setShortcut, services } = setup();
      const status = (await setShortcut(accelerator)) as { registered: boolean; message: string };
      expect(status.registered).toBe(false);
      expect(status.message).toMatch(/typing|editing|app shortcut/);
      expect([...bound]).toEqual([DEFAULT_QUICK_NOTE_SHORTCUT]);
      expect(services.preferences.update).not.toHaveBeenCalled();
    },
  );

  it.each(['Ctrl+Alt+N', 'CommandOrControl+Shift+K', 'Super+Shift+Space', 'F13'])('accepts %s', async (accelerator) => {
    const { bound, setShortcut } = setup();
    expect(await setShortcut(accelerator)).toMatchObject({ registered: true });
    expect([...bound]).toEqual([accelerator]);
  });
});
