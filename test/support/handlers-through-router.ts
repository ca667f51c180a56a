import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { registerIpcHandlers, type InvokeHandlers } from '../../src/main/ipc-router';
import { invokeContract, type InvokeName } from '../../src/shared/contract/ipc-contract';
import type { WindowKind } from '../../src/shared/contract/window-slices';
import { as } from '../unit/main/fakes';

type Listener = (event: IpcMainInvokeEvent, request: unknown) => Promise<unknown>;

/** Where each window's page is loaded from, as main knows its windows. */
export const windowPages: Record<WindowKind, string> = {
  main: 'app://sitrep/index.html',
  checklist: 'app://sitrep/checklist.html',
  quickNote: 'app://sitrep/quick-note.html',
};

export type RouterCall = (window: WindowKind, name: InvokeName, request?: unknown) => Promise<unknown>;

/**
 * Main's real handlers behind the real IPC router, as a compromised page would reach them: `call` sends from the
 * named window's page, so the router's sender check, the window's slice and the request and response schemas
 * all apply. Channels of other areas, not under test, answer nothing.
 */
export function handlersThroughRouter(given: Partial<InvokeHandlers>): RouterCall {
  const registered = new Map<string, Listener>();
  const handlers = new Proxy(given as InvokeHandlers, {
    get: (target, name: string) => (target as Record<string, unknown>)[name] ?? (() => undefined),
  });
  registerIpcHandlers(
    as<IpcMain>({ handle: (channel: string, listener: Listener) => registered.set(channel, listener), removeHandler: (channel: string) => registered.delete(channel) }),
    handlers,
    { trustedOrigins: ['app://sitrep'], windowKindOf: (event) => (Object.entries(windowPages).find(([, url]) => url === event.senderFrame?.url)?.[0] as WindowKind) ?? null },
  );
  return (window, name, request) => registered.get(invokeContract[name].channel)!(as<IpcMainInvokeEvent>({ senderFrame: { url: windowPages[window], parent: null } }), request);
}
