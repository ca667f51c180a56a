import { EventEmitter } from 'node:events';
import type { IpcMain } from 'electron';

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/** ipcMain: handle/removeHandler for invoke, EventEmitter for send. */
class StandInIpcMain extends EventEmitter {
  readonly _invokeHandlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this._invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this._invokeHandlers.set(channel, handler);
  }
  handleOnce(channel: string, handler: InvokeHandler): void {
    this.handle(channel, (...args) => {
      this._invokeHandlers.delete(channel);
      return handler(...args);
    });
  }
  removeHandler(channel: string): void {
    this._invokeHandlers.delete(channel);
  }
}

export const ipcMain = new StandInIpcMain() as StandInIpcMain & Pick<IpcMain, 'handle' | 'removeHandler' | 'on'>;

/** What a page's ipcRenderer.invoke gets back: Electron rejects with "Error invoking remote method …: <error>". */
export async function invokeFromPage(channel: string, event: unknown, args: unknown[]): Promise<{ value: unknown } | { error: string }> {
  const handler = ipcMain._invokeHandlers.get(channel);
  if (!handler) return { error: `Error: No handler registered for '${channel}'` };
  try {
    return { value: await handler(event, ...args) };
  } catch (error) {
    return { error: String(error) };
  }
}
