import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { invokeContract, type InvokeName } from '../../../src/shared/contract/ipc-contract';
import { registerIpcHandlers, type InvokeHandlers } from '../../../src/main/ipc-router';
import { as } from './fakes';

type Listener = (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>;

function setup(answers: Partial<Record<InvokeName, unknown>> = {}) {
  const registered = new Map<string, Listener>();
  const ipcMain = as<IpcMain>({
    handle: (channel: string, listener: Listener) => registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  });
  const calls: { name: string; request: unknown }[] = [];
  const handlers = new Proxy({} as InvokeHandlers, {
    get: (_target, name: string) => (request: unknown) => {
      calls.push({ name, request });
      return answers[name as InvokeName];
    },
  });
  const unregister = registerIpcHandlers(ipcMain, handlers, { trustedOrigins: ['app://sitrep'] });
  const invoke = (name: InvokeName, request: unknown, from = { url: 'app://sitrep/index.html', parent: null as unknown }) => {
    const listener = registered.get(invokeContract[name].channel);
    if (!listener) throw new Error(`${name} was not registered`);
    return listener(as<IpcMainInvokeEvent>({ senderFrame: from }), request);
  };
  return { registered, calls, invoke, unregister };
}

const channels = Object.keys(invokeContract) as InvokeName[];
/** A payload no channel may accept: every request schema must be stricter than "anything". */
const badPayload = 42;

describe('IPC router', () => {
  it('registers one handler per contract channel and removes them all again', () => {
    const { registered, unregister } = setup();
    expect([...registered.keys()].sort()).toEqual(channels.map((n) => invokeContract[n].channel).sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  describe.each(channels)('%s', (name) => {
    it('refuses a malformed request with a clear error, before the handler runs', async () => {
      expect(invokeContract[name].request.safeParse(badPayload).success).toBe(false);
      const { invoke, calls } = setup();
      await expect(invoke(name, badPayload)).rejects.toThrow(`Sitrep refused ${name}: the request is malformed.`);
      expect(calls).toEqual([]);
    });

    it.each([
      ['a foreign page', { url: 'https://example.com/', parent: null }],
      ['a look-alike host', { url: 'app://sitrep.evil.com/index.html', parent: null }],
      ['a file: page', { url: 'file:///tmp/index.html', parent: null }],
      ['an embedded frame of the app', { url: 'app://sitrep/index.html', parent: {} }],
      ['a frame that is gone', null],
    ])('refuses a call from %s, before the handler runs', async (_label, frame) => {
      const { registered, calls } = setup();
      const listener = registered.get(invokeContract[name].channel) as Listener;
      await expect(listener(as<IpcMainInvokeEvent>({ senderFrame: frame }), undefined)).rejects.toThrowMessage(/Sitrep refused an IPC call/);
      expect(calls).toEqual([]);
    });
  });

  it.each([[{ height: -1 }], [{ height: 0 }], [{ height: 180.5 }], [{ height: 1e9 }], [{ height: '300' }], [{}]])(
    'refuses a quick-note size the page could not need (%j): the window is never sized from a bad number',
    async (request) => {
      const { invoke, calls } = setup();
      await expect(invoke('fitQuickNote', request)).rejects.toThrow('Sitrep refused fitQuickNote: the request is malformed.');
      expect(calls).toEqual([]);
    },
  );

  it('passes the parsed request to the handler and returns its parsed answer', async () => {
    const { invoke, calls } = setup({
      getShortcutStatus: { accelerator: 'CommandOrControl+Shift+Space', registered: true, message: null },
    });
    await expect(invoke('setQuickNoteShortcut', { accelerator: '  Alt+N  ' })).rejects.toThrowMessage(/malformed answer/);
    expect(calls).toEqual([{ name: 'setQuickNoteShortcut', request: { accelerator: 'Alt+N' } }]);
    await expect(invoke('getShortcutStatus', undefined)).resolves.toEqual({
      accelerator: 'CommandOrControl+Shift+Space',
      registered: true,
      message: null,
    });
  });

  it('reports what is wrong with a request', async () => {
    const { invoke } = setup();
    const error = await invoke('showNudge', { title: '', body: 'x', incidentId: 'i1' }).catch((e: Error) => e);
    expect(String(error)).toMatch(/title/);
  });
});
