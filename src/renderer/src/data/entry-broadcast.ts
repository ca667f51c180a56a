import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';

/*
 * New entries, announced to every window (this one included) once their transaction has committed. The
 * live queries would show them anyway, but only after reading IndexedDB again; with the entries in hand,
 * a window following the end of a timeline paints them at once. The log stays the only source of truth:
 * a lost message only means the live query shows the entry a few milliseconds later.
 */

type Listener = (entries: readonly TimelineEntry[]) => void;

const channelName = (db: SitrepDatabase): string => `sitrep-entries-added:${db.name}`;
const senders = new Map<string, BroadcastChannel>();

/** Node's BroadcastChannel (unit tests) would otherwise keep the process alive. */
function unref(channel: BroadcastChannel): BroadcastChannel {
  (channel as { unref?: () => void }).unref?.();
  return channel;
}

/** Call only after the entries' transaction committed: receivers show them as saved. */
export function announceAddedEntries(db: SitrepDatabase, entries: readonly TimelineEntry[]): void {
  if (entries.length === 0 || typeof BroadcastChannel === 'undefined') return;
  const name = channelName(db);
  let sender = senders.get(name);
  if (!sender) senders.set(name, (sender = unref(new BroadcastChannel(name))));
  try {
    sender.postMessage(entries);
  } catch {
    // See above: the live query still shows them.
  }
}

/** Listens for entries added in any window, this one included; returns the function that stops it. */
export function onAddedEntries(db: SitrepDatabase, listener: Listener): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = unref(new BroadcastChannel(channelName(db)));
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (Array.isArray(event.data)) listener(event.data as TimelineEntry[]);
  };
  return () => channel.close();
}
