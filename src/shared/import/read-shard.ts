import { byTimelineOrder, type ChatChannel, type ChatExport, type ChatMessage } from './chat-message';

/**
 * A share of an export's messages for one of several readers working side by side: every count-th message,
 * starting at index. Reading a message into text (the mrkdwn parse) is most of an import's read, and each
 * message is read on its own, so two readers on two cores take about half the time.
 */
export interface ReadShard {
  index: number;
  count: number;
}

export const WHOLE: ReadShard = { index: 0, count: 1 };

/** The shards' exports as one, as a single reader would have read it: channels by size, messages in timeline order. */
export function joinShards(parts: readonly ChatExport[]): ChatExport {
  const [first] = parts;
  if (!first || parts.length === 1) return first ?? { platform: 'Slack', channels: [] };
  const byId = new Map<string, ChatChannel>();
  for (const part of parts) {
    for (const channel of part.channels) {
      const known = byId.get(channel.id);
      byId.set(channel.id, known ? { ...known, messages: mergeSorted(known.messages, channel.messages) } : channel);
    }
  }
  // Ties in size keep the single reader's order, which is that of the day files' paths ("<folder>/<day>.json").
  const inPathOrder = (a: ChatChannel, b: ChatChannel) => (`${a.name}/` < `${b.name}/` ? -1 : `${a.name}/` > `${b.name}/` ? 1 : 0);
  return { platform: first.platform, channels: [...byId.values()].sort((a, b) => b.messages.length - a.messages.length || inPathOrder(a, b)) };
}

/** Two lists already in timeline order, as one: linear, where sorting 50,000 messages again is not. */
function mergeSorted(a: readonly ChatMessage[], b: readonly ChatMessage[]): ChatMessage[] {
  const out: ChatMessage[] = new Array<ChatMessage>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byTimelineOrder(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}
