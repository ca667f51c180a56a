import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { invokeContract, type InvokeContract, type InvokeName } from '../shared/contract/ipc-contract';
import type { WindowKind } from '../shared/contract/window-slices';
import { isTrustedUrl } from './app-origin';
import { mayInvoke } from './window-kinds';

/** One handler per invoke channel: it gets the parsed request and returns what the response schema accepts. */
export type InvokeHandlers = {
  [K in InvokeName]: (
    request: z.output<InvokeContract[K]['request']>,
    event: IpcMainInvokeEvent,
  ) => Promise<z.input<InvokeContract[K]['response']>> | z.input<InvokeContract[K]['response']>;
};

type HandlerRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>;

/**
 * Checks that an IPC call comes from a top-level app page: the sender frame's URL is parsed and its origin
 * compared with the trusted ones. An iframe, a foreign page or a frame that is already gone is refused.
 */
export function assertTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, trustedOrigins: readonly string[]): void {
  const frame = event.senderFrame;
  if (!frame) throw new Error('Sitrep refused an IPC call from a frame that no longer exists.');
  if (frame.parent !== null) throw new Error('Sitrep refused an IPC call from an embedded frame.');
  if (!isTrustedUrl(frame.url, trustedOrigins)) {
    throw new Error(`Sitrep refused an IPC call from ${JSON.stringify(frame.url)}: only its own pages may call it.`);
  }
}

/**
 * Registers every channel of the contract with ipcMain.handle, each guarded by the sender check and the
 * channel's request schema; what a handler returns is parsed with the response schema before it leaves main.
 * Returns a function that removes them all.
 */
export function registerIpcHandlers(
  ipcMain: HandlerRegistry,
  handlers: InvokeHandlers,
  options: {
    trustedOrigins: readonly string[];
    /** Which window sent a call; then a channel outside that window's slice is refused (an unknown window has none). */
    windowKindOf?: (event: IpcMainInvokeEvent) => WindowKind | null;
  },
): () => void {
  const entries = Object.entries(invokeContract) as [InvokeName, InvokeContract[InvokeName]][];
  for (const [name, spec] of entries) {
    const handler = handlers[name] as (request: unknown, event: IpcMainInvokeEvent) => unknown;
    ipcMain.handle(spec.channel, async (event, request: unknown) => {
      assertTrustedSender(event, options.trustedOrigins);
      if (options.windowKindOf && !mayInvoke(options.windowKindOf(event), name)) {
        throw new Error(`Sitrep refused ${name} from this window: only the main window may use it.`);
      }
      const parsed = spec.request.safeParse(request);
      if (!parsed.success) {
        throw new Error(`Sitrep refused ${name}: the request is malformed.\n${z.prettifyError(parsed.error)}`);
      }
      const response = spec.response.safeParse(await handler(parsed.data, event));
      if (!response.success) {
        throw new Error(`Sitrep's ${name} produced a malformed answer (a bug): ${z.prettifyError(response.error)}`);
      }
      return response.data;
    });
  }
  return () => {
    for (const [, spec] of entries) ipcMain.removeHandler(spec.channel);
  };
}
