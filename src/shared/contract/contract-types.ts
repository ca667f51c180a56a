import type { z } from 'zod';

/** A request/response call from a renderer to main (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  channel: string;
  request: Req;
  response: Res;
}

/** A message from main to renderers (webContents.send / ipcRenderer.on). */
export interface EventSpec<Payload extends z.ZodType = z.ZodType> {
  channel: string;
  payload: Payload;
}

/** A method whose argument may be left out when its schema accepts undefined. */
export type InvokeMethod<S extends InvokeSpec> =
  undefined extends z.input<S['request']>
    ? (request?: z.input<S['request']>) => Promise<z.output<S['response']>>
    : (request: z.input<S['request']>) => Promise<z.output<S['response']>>;

/** Subscribe to an event; the callback never sees the IPC event object. Returns the unsubscribe. */
export type EventMethod<S extends EventSpec> = (listener: (payload: z.output<S['payload']>) => void) => () => void;

export type ApiOf<I extends Record<string, InvokeSpec>, E extends Record<string, EventSpec>> = {
  readonly [K in keyof I]: InvokeMethod<I[K]>;
} & {
  readonly [K in keyof E]: EventMethod<E[K]>;
};
