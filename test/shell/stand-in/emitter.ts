import { EventEmitter } from 'node:events';

/** An Electron-style event: listeners may call preventDefault, and the emitter reads defaultPrevented after. */
export interface PreventableEvent {
  preventDefault(): void;
  readonly defaultPrevented: boolean;
}

export function preventableEvent<T extends object>(fields: T = {} as T): T & PreventableEvent {
  let prevented = false;
  // defineProperty, not Object.assign: assign would copy the getter's value once instead of the getter.
  return Object.defineProperties(fields, {
    preventDefault: { value: () => void (prevented = true) },
    defaultPrevented: { get: () => prevented, enumerable: true },
  }) as T & PreventableEvent;
}

/** Emits an event and says whether a listener prevented it. */
export function emitPreventable(target: EventEmitter, name: string, event: PreventableEvent, ...args: unknown[]): boolean {
  target.emit(name, event, ...args);
  return event.defaultPrevented;
}
