import type { IpcMain, WebContents } from 'electron';
import type { z } from 'zod';
import {
  BRIDGE_SUBSCRIBED_CHANNEL,
  eventContract,
  type EventContract,
  type EventName,
} from '../shared/contract/ipc-contract';
import { assertTrustedSender } from './ipc-router';
import { mayReceive } from './window-kinds';

export type EventTarget = Pick<WebContents, 'send' | 'isDestroyed' | 'on'>;

/** Held per page and channel until the page listens; a page that never listens must not grow without bound. */
const MAX_HELD = 100;

interface PageChannels {
  listening: Set<string>;
  held: Map<string, unknown[]>;
}

const pages = new WeakMap<object, PageChannels>();

function channelsOf(target: EventTarget): PageChannels {
  let page = pages.get(target);
  if (!page) {
    const created: PageChannels = { listening: new Set(), held: new Map() };
    // A reload starts a new page: its listeners must announce themselves again.
    target.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) created.listening.clear();
    });
    pages.set(target, created);
    page = created;
  }
  return page;
}

/**
 * Sends a contract event to one page, parsed with its schema first so main can never send what the renderer's
 * types do not promise. Until the page has subscribed to that channel (the preload says so), the event is
 * held: the quick-note window is created at startup, and a hotkey or a cold-start `--note` can beat React.
 */
export function sendEvent<K extends EventName>(
  target: EventTarget,
  name: K,
  payload: z.input<EventContract[K]['payload']>,
): void {
  const spec = eventContract[name];
  const parsed = spec.payload.parse(payload);
  // A window whose slice lacks this event never listens to it: sending or holding it there would only pile up.
  if (target.isDestroyed() || !mayReceive(target, name)) return;
  const page = channelsOf(target);
  if (page.listening.has(spec.channel)) {
    target.send(spec.channel, parsed);
    return;
  }
  const held = page.held.get(spec.channel) ?? [];
  held.push(parsed);
  page.held.set(spec.channel, held.slice(-MAX_HELD));
}

/** Marks a channel as listened to by a page and sends it what was held. */
export function markSubscribed(target: EventTarget, channel: string): void {
  if (target.isDestroyed()) return;
  const page = channelsOf(target);
  page.listening.add(channel);
  const held = page.held.get(channel);
  page.held.delete(channel);
  for (const payload of held ?? []) target.send(channel, payload);
}

/** Listens for the preload's subscription notes, from the app's own pages only. */
export function listenForSubscriptions(
  ipcMain: Pick<IpcMain, 'on'>,
  options: { trustedOrigins: readonly string[] },
): void {
  const known = new Map(Object.entries(eventContract).map(([name, spec]) => [spec.channel, name as EventName]));
  ipcMain.on(BRIDGE_SUBSCRIBED_CHANNEL, (event, channel: unknown) => {
    try {
      assertTrustedSender(event, options.trustedOrigins);
    } catch {
      return;
    }
    const name = typeof channel === 'string' ? known.get(channel) : undefined;
    if (name && mayReceive(event.sender, name)) markSubscribed(event.sender, channel as string);
  });
}
