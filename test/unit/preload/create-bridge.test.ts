import type { IpcRenderer } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createBridge } from '../../../src/preload/create-bridge';
import {
  BRIDGE_SUBSCRIBED_CHANNEL,
  eventContract,
  invokeContract,
  type EventName,
  type InvokeName,
} from '../../../src/shared/contract/ipc-contract';
import { windowSlices } from '../../../src/shared/contract/window-slices';

/** A slice with every channel, to check the bridge's shape; each window's own slice is checked below. */
const everything = { invoke: Object.keys(invokeContract) as InvokeName[], events: Object.keys(eventContract) as EventName[] };

type Listener = (event: unknown, payload: unknown) => void;

function fakeIpcRenderer() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, request: unknown) => ({ channel, request })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipc;
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
      return ipc;
    }),
    // Things a bridge must never hand out.
    send: vi.fn(),
    sendSync: vi.fn(),
  };
  const emit = (channel: string, payload: unknown) =>
    listeners.get(channel)?.forEach((l) => l({ sender: ipc, senderId: 0, ports: [] }, payload));
  return { ipc, emit, listeners };
}

describe('preload bridge', () => {
  it("exposes only the window's slice: the quick note has no GitHub or file channel, the checklist only sending comms", () => {
    const quickNote = createBridge(fakeIpcRenderer().ipc as unknown as IpcRenderer, windowSlices.quickNote) as unknown as Record<string, unknown>;
    expect(Object.keys(quickNote).sort()).toEqual(['fitQuickNote', 'hideQuickNote', 'onExternalNote', 'onQuickNoteShown']);
    // The checklist may send an update and see how sends stand; it cannot read or change a credential.
    expect(Object.keys(createBridge(fakeIpcRenderer().ipc as unknown as IpcRenderer, windowSlices.checklist)).sort()).toEqual([
      'getCommsSettings',
      'listCommsSends',
      'onCommsSendsChanged',
      'retryCommsSend',
      'sendCommsUpdate',
    ]);
  });

  it('exposes exactly one function per contract entry and nothing else', () => {
    const bridge = createBridge(fakeIpcRenderer().ipc as unknown as IpcRenderer, everything) as unknown as Record<string, unknown>;
    const expected = [...Object.keys(invokeContract), ...Object.keys(eventContract)].sort();
    expect(Object.keys(bridge).sort()).toEqual(expected);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('never leaks ipcRenderer: no method returns it, and invoke results are only what main answered', async () => {
    const { ipc } = fakeIpcRenderer();
    const bridge = createBridge(ipc as unknown as IpcRenderer, everything) as unknown as Record<string, (arg?: unknown) => unknown>;
    for (const name of Object.keys(invokeContract) as InvokeName[]) {
      const result = await bridge[name]?.({ probe: name });
      expect(result).toEqual({ channel: invokeContract[name].channel, request: { probe: name } });
    }
    for (const name of Object.keys(eventContract) as EventName[]) {
      const unsubscribe = bridge[name]?.(() => undefined);
      expect(typeof unsubscribe).toBe('function');
      expect(unsubscribe).not.toBe(ipc);
      expect((unsubscribe as () => unknown)()).toBeUndefined();
    }
    expect(Object.values(bridge)).not.toContain(ipc.send);
    expect(Object.values(bridge)).not.toContain(ipc.invoke);
    // The one message the bridge sends by itself: "this page now listens to <event channel>".
    expect(ipc.send.mock.calls).toEqual(Object.values(eventContract).map((spec) => [BRIDGE_SUBSCRIBED_CHANNEL, spec.channel]));
    expect(ipc.sendSync).not.toHaveBeenCalled();
  });

  it.each(Object.keys(eventContract) as EventName[])(
    '%s hands the listener the payload without the IPC event, and unsubscribing stops it',
    (name) => {
      const { ipc, emit, listeners } = fakeIpcRenderer();
      const bridge = createBridge(ipc as unknown as IpcRenderer, everything);
      const channel = eventContract[name].channel;
      const received: unknown[][] = [];
      const unsubscribe = (bridge[name] as (l: (...args: unknown[]) => void) => () => void)((...args) => received.push(args));
      emit(channel, { pressedAt: 1 });
      expect(received).toEqual([[{ pressedAt: 1 }]]);
      unsubscribe();
      emit(channel, { pressedAt: 2 });
      expect(received).toHaveLength(1);
      expect(listeners.get(channel)?.size).toBe(0);
    },
  );

  it('keeps two subscribers of one event apart', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const bridge = createBridge(ipc as unknown as IpcRenderer, everything);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.onQuickNoteShown(a);
    bridge.onQuickNoteShown(b);
    offA();
    emit(eventContract.onQuickNoteShown.channel, { pressedAt: 5 });
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith({ pressedAt: 5 });
  });
});
