import { z } from 'zod';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { ChatImportError } from './import-error';
import { byTimelineOrder, chatEntryId, type ChatChannel, type ChatExport, type ChatMessage } from './chat-message';
import { cardLines, isCard } from './teams-cards';

/*
 * Microsoft Graph chatMessage resources (https://learn.microsoft.com/graph/api/resources/chatmessage), as
 * GET /chats/{id}/messages or /teams/{id}/channels/{id}/messages return them: a page `{ value: [...] }`,
 * several pages in a list, or a bare list of messages.
 */
const IdentitySchema = z.object({ id: z.string().nullish(), displayName: z.string().nullish() }).nullish();

const ChatMessageSchema = z.object({
  id: z.string().min(1),
  replyToId: z.string().nullish(),
  messageType: z.string().nullish(),
  createdDateTime: z.string().min(1),
  lastEditedDateTime: z.string().nullish(),
  deletedDateTime: z.string().nullish(),
  chatId: z.string().nullish(),
  channelIdentity: z.object({ channelId: z.string().nullish(), teamId: z.string().nullish() }).nullish(),
  from: z.object({ user: IdentitySchema, application: IdentitySchema, device: IdentitySchema }).nullish(),
  body: z.object({ contentType: z.string().nullish(), content: z.string().nullish() }).nullish(),
  attachments: z.array(z.object({ name: z.string().nullish(), contentType: z.string().nullish(), content: z.unknown().optional() })).nullish(),
});
type GraphMessage = z.infer<typeof ChatMessageSchema>;

const PageSchema = z.object({ value: z.array(z.unknown()) });

/** Reads Teams messages from the text of a Graph JSON file. */
export function readTeamsMessages(json: string, fileName: string): ChatExport {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new ChatImportError(`${fileName} is not valid JSON (it may be cut short). Save the Graph response again and import the new file.`);
  }
  const items = itemsOf(value);
  if (!items) throw new ChatImportError(`${fileName} is not a list of Teams messages: Sitrep reads what Microsoft Graph returns for a chat's or channel's messages (an object with "value", or a list).`);
  const raw = items.map((item, index) => {
    const parsed = ChatMessageSchema.safeParse(item);
    if (!parsed.success) {
      const field = parsed.error.issues[0]?.path.join('.') ?? '';
      throw new ChatImportError(`${fileName}, message ${index + 1} has a missing or unreadable "${field}". Save the Graph response again without changing it.`);
    }
    return parsed.data;
  });
  const byChannel = new Map<string, GraphMessage[]>();
  for (const message of raw) {
    if (message.messageType === 'typing' || message.deletedDateTime) continue;
    const channel = message.channelIdentity?.channelId ?? message.chatId ?? fileName;
    byChannel.set(channel, [...(byChannel.get(channel) ?? []), message]);
  }
  const channels: ChatChannel[] = [...byChannel].map(([id, messages]) => {
    const byId = new Map(messages.map((m) => [m.id, m]));
    const chatMessages = messages.map((m) => toChatMessage(m, id, byId, fileName)).sort(byTimelineOrder);
    const kind = messages.some((m) => m.channelIdentity?.channelId) ? 'Teams channel' : 'Teams chat';
    return { id, name: `${kind} with ${peopleIn(chatMessages)}`, messages: chatMessages };
  });
  return { platform: 'Teams', channels };
}

/** A chat's ids are opaque ("19:2da4…@thread.v2"): it is named by who speaks in it instead. */
function peopleIn(messages: readonly ChatMessage[]): string {
  const people = [...new Set(messages.filter((m) => !m.noise).map((m) => m.author))];
  if (people.length === 0) return 'no one';
  return people.length <= 3 ? people.join(', ') : `${people.slice(0, 3).join(', ')} and ${people.length - 3} more`;
}

function itemsOf(value: unknown): unknown[] | null {
  const page = PageSchema.safeParse(value);
  if (page.success) return page.data.value;
  if (!Array.isArray(value)) return null;
  // A list of pages, as saved when following @odata.nextLink, or a bare list of messages.
  return value.flatMap((item) => {
    const inner = PageSchema.safeParse(item);
    return inner.success ? inner.data.value : [item];
  });
}

/** Graph's "2026-01-14T10:18:03.1234567Z" as epoch ms, and as digits that also keep the part below a ms. */
function teamsStamp(iso: string, fileName: string, index: string): { ms: number; sortable: string } {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms) || ms < 0) throw new ChatImportError(`${fileName}, message ${index} has a time Sitrep cannot read ("${iso.slice(0, 40)}"). Save the Graph response again without changing it.`);
  const below = (/\.\d{3}(\d{1,4})/.exec(iso)?.[1] ?? '').padEnd(4, '0');
  return { ms, sortable: `${String(ms).padStart(13, '0')}.${below}` };
}

function toChatMessage(m: GraphMessage, channelId: string, byId: Map<string, GraphMessage>, fileName: string): ChatMessage {
  const stamp = teamsStamp(m.createdDateTime, fileName, m.id);
  const parent = m.replyToId ? byId.get(m.replyToId) : undefined;
  const edited = m.lastEditedDateTime ? Date.parse(m.lastEditedDateTime) : NaN;
  const content = m.body?.content ?? '';
  const attachments = m.attachments ?? [];
  let text = [(m.body?.contentType === 'html' ? htmlToText(content) : content).trim(), ...attachments.flatMap(cardLines)].filter(Boolean).join('\n');
  // A file is named; a card was read above.
  const files = attachments.filter((a) => a.name && !isCard(a)).map((a) => a.name ?? '');
  if (files.length > 0) text = `${text}${text ? '\n' : ''}(file not in the export: ${files.join(', ')})`;
  return {
    // Message ids are unique within their chat, so chat and message together name it; the stamp first keeps
    // the timeline's order.
    id: chatEntryId('teams', stamp.sortable, `${channelId}\n${m.id}`),
    occurredAt: stamp.ms,
    editedAt: Number.isFinite(edited) ? edited : null,
    author: (m.from?.user?.displayName ?? m.from?.application?.displayName ?? m.from?.device?.displayName ?? 'Teams').trim().slice(0, 120) || 'Teams',
    text,
    thread: m.replyToId ? { parentAuthor: parent?.from?.user?.displayName ?? null, parentAt: parent ? Date.parse(parent.createdDateTime) : Number(m.replyToId) } : null,
    noise: m.messageType && m.messageType !== 'message' ? 'membership' : m.from?.application && !m.from.user ? 'bot' : null,
    files: [],
  };
}

const BLOCKS = new Set(['p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'blockquote']);

/** A message body in HTML as the text a person read: @mentions, "label (url)" links, code in backticks. */
export function htmlToText(html: string): string {
  return render(fromHtml(html, { fragment: true })).replace(/\n{3,}/g, '\n\n');
}

function render(node: Nodes): string {
  if (node.type === 'text') return node.value.replace(/\u00a0/g, ' ');
  if (node.type !== 'root' && node.type !== 'element') return '';
  const inner = () => node.children.map((child) => render(child as Nodes)).join('');
  if (node.type === 'root') return inner();
  switch (node.tagName) {
    case 'br':
      return '\n';
    case 'at':
      return `@${inner()}`;
    case 'a': {
      const href = typeof node.properties.href === 'string' ? node.properties.href : '';
      const label = inner();
      return !href || label === href ? label : `${label} (${href})`;
    }
    case 'code':
      return `\`${inner()}\``;
    case 'pre':
      return `\`\`\`${inner().replace(/^`|`$/g, '')}\`\`\`\n`;
    case 'img':
      return `[image${typeof node.properties.alt === 'string' && node.properties.alt ? `: ${node.properties.alt}` : ''}]`;
    case 'script':
    case 'style':
      return '';
    default:
      return BLOCKS.has(node.tagName) ? `${inner()}\n` : inner();
  }
}
