/**
 * One message of a chat export, read and cleaned, before it becomes a timeline entry. Slack and Teams
 * readers both produce these, so everything after reading (time window, noise, preview, entries) is one path.
 */
export interface ChatMessage {
  /** The timeline entry id: the same message in any later export gets the same id (see chatEntryId). */
  id: string;
  /** When it was posted (epoch ms, UTC). */
  occurredAt: number;
  /** When it was last edited, or null. */
  editedAt: number | null;
  author: string;
  /** Plain text: mentions as @names, links as "label (url)", code kept in backticks. */
  text: string;
  /** Set on a reply: whose message it answers and when that was posted (epoch ms). */
  thread: { parentAuthor: string | null; parentAt: number } | null;
  /** Why it is left out unless the user asks for everything: a join or leave, a bot, a topic change. */
  noise: 'membership' | 'bot' | 'channel-change' | null;
  files: ChatFile[];
}

export interface ChatFile {
  name: string;
  mimeType: string;
  /** The file's bytes from the export, or null when the export holds only its link. */
  bytes: Uint8Array | null;
}

export interface ChatChannel {
  id: string;
  name: string;
  /** Oldest first; ties in the same millisecond ordered by id, as the timeline orders them. */
  messages: ChatMessage[];
}

export interface ChatExport {
  platform: 'Slack' | 'Teams';
  channels: ChatChannel[];
}

/** Timeline order: time, then id (the timeline's [incidentId+occurredAt+id] index). */
export function byTimelineOrder(a: ChatMessage, b: ChatMessage): number {
  return a.occurredAt - b.occurredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * A short, stable stand-in for a channel or chat id of any length (FNV-1a, two 32-bit rounds, 16 hex
 * digits): ids must stay within 64 characters, and a collision needs two channels in one incident.
 */
export function shortKey(value: string): string {
  if (/^[A-Za-z0-9]{1,20}$/.test(value)) return value;
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ value.length;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * The entry id of a message: platform, then its time stamp written so that ids sort as the stamps do
 * (fixed-width digits, microseconds included), then the channel. Within one millisecond the timeline
 * orders by id, so messages keep the order the chat gave them; the same message imported again gets the
 * same id, which is what makes a second import change nothing.
 */
export function chatEntryId(platform: 'slack' | 'teams', sortableStamp: string, channelKey: string): string {
  return `${platform}-${sortableStamp}-${shortKey(channelKey)}`;
}
