import type { WebContents } from 'electron';
import type { z } from 'zod';
import { eventContract, type EventContract, type EventName } from '../shared/contract/ipc-contract';

export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed' | 'isLoading' | 'once'>;

/**
 * Sends a contract event to one page, parsed with its schema first so main can never send what the renderer's
 * types do not promise. A page still loading gets the event once it has loaded (the quick-note window is
 * created at startup and the hotkey can beat its first paint).
 */
export function sendEvent<K extends EventName>(
  target: EventTarget,
  name: K,
  payload: z.input<EventContract[K]['payload']>,
): void {
  const spec = eventContract[name];
  const parsed = spec.payload.parse(payload);
  if (target.isDestroyed()) return;
  if (target.isLoading()) {
    target.once('did-finish-load', () => {
      if (!target.isDestroyed()) target.send(spec.channel, parsed);
    });
    return;
  }
  target.send(spec.channel, parsed);
}
