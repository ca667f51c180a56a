/**
 * One message of a chat export, read and cleaned, before it becomes a timeline entry. Slack and Teams
 * readers both produce these, so everything after reading (time window, noise, preview, entries) is one path.
 */
export interface ChatMessage {
  /** The message's own key: the same message in any later export gets the same one (see chatEntryId). */
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
  return hash64(value);
}

function hash64(value: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ value.length;
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** Eight hex digits naming the incident an entry is imported into (see importedEntryId). */
function incidentKey(incidentId: string): string {
  return hash64(incidentId).slice(0, 8);
}

/**
 * The timeline entry of a message in one incident. Entry ids are unique across the whole log, so the same
 * channel imported into two incidents must give two entries, not one that the second import finds
 * "unchanged" and leaves in the first incident. At most 64 characters: a message key is at most 44 (Slack)
 * or 41 (Teams), plus 9.
 */
export function importedEntryId(message: Pick<ChatMessage, 'id'>, incidentId: string): string {
  return `${message.id}-${incidentKey(incidentId)}`;
}

/**
 * The key of a message: platform, then its time stamp written so that keys sort as the stamps do
 * (fixed-width digits, microseconds included), then the channel. Within one millisecond the timeline
 * orders by id, so messages keep the order the chat gave them; the same message imported again gets the
 * same key, which is what makes a second import change nothing.
 */
export function chatEntryId(platform: 'slack' | 'teams', sortableStamp: string, channelKey: string): string {
  return `${platform}-${sortableStamp}-${shortKey(channelKey)}`;
}
