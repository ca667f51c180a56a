import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { BRIDGE_SUBSCRIBED_CHANNEL, eventContract, invokeContract, type SitrepApi } from '../shared/contract/ipc-contract';
import type { WindowSlice } from '../shared/contract/window-slices';

type IpcPort = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener' | 'send'>;

/**
 * Builds the one bridge object from the contract: one method per channel of this window's slice, nothing
 * else. The renderer never sees ipcRenderer or an IpcRendererEvent; event callbacks get the payload alone and
 * an unsubscribe back. Main checks the slice again on its side: this only keeps the rest out of reach.
 */
export function createBridge(ipc: IpcPort, slice: WindowSlice): SitrepApi {
  const api: Record<string, unknown> = {};
  for (const name of slice.invoke) {
    const spec = invokeContract[name];
    api[name] = (request?: unknown) => ipc.invoke(spec.channel, request);
  }
  for (const name of slice.events) {
    const spec = eventContract[name];
    api[name] = (listener: (payload: unknown) => void) => {
      const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
      ipc.on(spec.channel, forward);
      // Main releases whatever it held for this channel while the page was still starting.
      ipc.send(BRIDGE_SUBSCRIBED_CHANNEL, spec.channel);
      return () => {
        ipc.removeListener(spec.channel, forward);
      };
    };
  }
  return Object.freeze(api) as unknown as SitrepApi;
}
