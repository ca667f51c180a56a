import type { z } from 'zod';
import { ChatImportError } from './import-error';
import { safeUnzip, DEFAULT_UNZIP_LIMITS, type UnzipLimits } from './safe-unzip';
import { byTimelineOrder, chatEntryId, type ChatChannel, type ChatExport, type ChatFile, type ChatMessage } from './chat-message';
import { mrkdwnToText, type MentionNames } from './slack-mrkdwn';
import { postedContent } from './slack-attachments';
import {
  describeIssue,
  SlackChannelListSchema,
  SlackMessageSchema,
  SlackUserListSchema,
  type SlackMessage,
  type SlackUser,
} from './slack-schemas';

/** A day of one channel: `<channel folder>/YYYY-MM-DD.json`. */
const DAY_FILE = /^(.+)\/(\d{4}-\d{2}-\d{2})\.json$/;
/**
 * Where an export may hold a file's bytes: Slack's own export with files (`__uploads/<file id>/<name>`) and
 * slackdump's (`<channel>/attachments/<file id>-<name>`). Other exports hold only links, which are named.
 */
const UPLOAD = /^__uploads\/([^/]+)\/[^/]+$/;
const DUMP_ATTACHMENT = /^[^/]+\/attachments\/([^-/]+)-[^/]+$/;
const LISTS = new Set(['channels.json', 'groups.json', 'users.json']);
/** The part of the progress bar unpacking takes: in Chromium, inflating the 50,000-message bench export takes about 45 ms of a 300 ms read. */
const UNZIP_SHARE = 0.15;

const MEMBERSHIP = new Set(['channel_join', 'channel_leave', 'group_join', 'group_leave']);
const CHANNEL_CHANGE = new Set(['channel_topic', 'channel_purpose', 'channel_name', 'channel_archive', 'channel_unarchive', 'group_topic', 'group_purpose', 'group_name', 'pinned_item', 'unpinned_item', 'tombstone']);
const BOT = new Set(['bot_message', 'bot_add', 'bot_remove', 'bot_enable', 'bot_disable']);

/** Reads a Slack export zip: every channel with its messages, oldest first. */
export async function readSlackExport(zip: Uint8Array, limits: UnzipLimits = DEFAULT_UNZIP_LIMITS, onProgress?: (fraction: number) => void): Promise<ChatExport> {
  // Unpacking is the first part of the work, reading the messages (JSON, mrkdwn) the larger second part.
  const wanted = (path: string) => LISTS.has(path) || DAY_FILE.test(path) || UPLOAD.test(path) || DUMP_ATTACHMENT.test(path);
  const files = await safeUnzip(zip, wanted, limits, (read, total) => onProgress?.((UNZIP_SHARE * read) / total));
  const days = [...files.keys()].filter((path) => DAY_FILE.test(path) && !path.includes('/attachments/'));
  if (!files.has('users.json') && !files.has('channels.json')) {
    throw new ChatImportError('This zip is not a Slack export: it has no channels.json or users.json. In Slack, export the workspace or channel (Settings → Import/Export data) and choose that zip.');
  }
  if (days.length === 0) throw new ChatImportError('This Slack export holds no messages: it has no day files such as general/2026-01-14.json. Export again with the incident\'s dates included.');

  const users = new Map((files.has('users.json') ? readJson('users.json', files, SlackUserListSchema) : []).map((u) => [u.id, displayName(u)]));
  const listed = [...(files.has('channels.json') ? readJson('channels.json', files, SlackChannelListSchema) : []), ...(files.has('groups.json') ? readJson('groups.json', files, SlackChannelListSchema) : [])];
  const channelByFolder = new Map(listed.map((c) => [c.name ?? c.id, c]));
  const channelNames = new Map(listed.map((c) => [c.id, c.name ?? c.id]));
  const names: MentionNames = { user: (id) => users.get(id), channel: (id) => channelNames.get(id) };
  const bytesOf = fileBytes(files);

  const byFolder = new Map<string, string[]>();
  for (const path of days.sort()) {
    const folder = DAY_FILE.exec(path)?.[1] ?? '';
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
  }
  const channels: ChatChannel[] = [];
  let daysRead = 0;
  for (const [folder, paths] of byFolder) {
    const id = channelByFolder.get(folder)?.id ?? folder;
    const messages: ChatMessage[] = [];
    for (const path of paths) {
      for (const raw of readDay(path, files)) messages.push(toChatMessage(raw, id, users, names, bytesOf));
      daysRead += 1;
      onProgress?.(UNZIP_SHARE + ((1 - UNZIP_SHARE) * daysRead) / days.length);
    }
    channels.push({ id, name: folder, messages: messages.sort(byTimelineOrder) });
  }
  return { platform: 'Slack', channels: channels.sort((a, b) => b.messages.length - a.messages.length) };
}

function readJson<T>(path: string, files: Map<string, Uint8Array>, schema: z.ZodType<T>): T {
  const value = parseJson(path, files.get(path));
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ChatImportError(`${describeIssue(path, parsed.error.issues[0])} Export again from Slack, or import the channel's file without changing it.`);
  return parsed.data;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function parseJson(path: string, bytes: Uint8Array | undefined): unknown {
  try {
    return JSON.parse(decoder.decode(bytes ?? new Uint8Array()));
  } catch {
    throw new ChatImportError(`${path} in this export is not valid JSON (it may be cut short or edited by hand). Export again from Slack and import the new zip.`);
  }
}

/** A day file's messages. Items that are not messages (no ts) are refused by name, never skipped silently. */
function readDay(path: string, files: Map<string, Uint8Array>): SlackMessage[] {
  const value = parseJson(path, files.get(path));
  if (!Array.isArray(value)) throw new ChatImportError(`${path} in this export is not a list of messages. Export again from Slack and import the new zip.`);
  return value.map((item, index) => {
    const parsed = SlackMessageSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ChatImportError(`${describeIssue(path, issue && { ...issue, path: [index, ...issue.path] })} Export again from Slack and import the new zip.`);
    }
    return parsed.data;
  });
}

/** The name people know someone by: their full name, else the name they chose to show, else their handle. */
function displayName(user: SlackUser): string {
  const candidates = [user.profile?.real_name, user.real_name, user.profile?.display_name, user.name, user.id];
  return candidates.find((name) => name?.trim())?.trim().slice(0, 120) ?? user.id;
}

/** Slack's "1705227480.123456" as fixed-width digits that sort as the stamps do, and as epoch ms. */
export function slackStamp(ts: string): { sortable: string; ms: number } {
  const [seconds = '0', fraction = ''] = ts.split('.');
  const micro = fraction.padEnd(6, '0');
  return { sortable: `${seconds.padStart(10, '0')}.${micro}`, ms: Number(seconds) * 1000 + Math.floor(Number(micro) / 1000) };
}

function toChatMessage(raw: SlackMessage, channelId: string, users: Map<string, string>, names: MentionNames, bytesOf: (id: string | undefined) => Uint8Array | null): ChatMessage {
  const stamp = slackStamp(raw.ts);
  const isReply = raw.thread_ts !== undefined && raw.thread_ts !== raw.ts;
  const files: ChatFile[] = (raw.files ?? []).map((f) => ({
    name: (f.name ?? f.title ?? f.id ?? 'file').slice(0, 500),
    mimeType: f.mimetype ?? 'application/octet-stream',
    bytes: bytesOf(f.id),
  }));
  let text = [mrkdwnToText(raw.text ?? '', names).trim(), ...postedContent(raw, names)].filter(Boolean).join('\n');
  const linkedOnly = files.filter((f) => !f.bytes).map((f) => f.name);
  if (linkedOnly.length > 0) text = `${text}${text ? '\n' : ''}(file not in the export: ${linkedOnly.join(', ')})`;
  return {
    id: chatEntryId('slack', stamp.sortable, channelId),
    occurredAt: stamp.ms,
    editedAt: raw.edited ? slackStamp(raw.edited.ts).ms : null,
    author: authorOf(raw, users),
    text,
    thread: isReply && raw.thread_ts ? { parentAuthor: raw.parent_user_id ? (users.get(raw.parent_user_id) ?? raw.parent_user_id) : null, parentAt: slackStamp(raw.thread_ts).ms } : null,
    noise: noiseOf(raw),
    files,
  };
}

function authorOf(raw: SlackMessage, users: Map<string, string>): string {
  const name =
    (raw.user && users.get(raw.user)) ??
    raw.user_profile?.real_name ??
    raw.user_profile?.display_name ??
    raw.username ??
    raw.bot_profile?.name ??
    raw.user ??
    raw.bot_id;
  return name?.trim().slice(0, 120) || 'Slack';
}

function noiseOf(raw: SlackMessage): ChatMessage['noise'] {
  const subtype = raw.subtype ?? '';
  if (MEMBERSHIP.has(subtype)) return 'membership';
  if (CHANNEL_CHANGE.has(subtype)) return 'channel-change';
  if (BOT.has(subtype) || (raw.bot_id && !raw.user)) return 'bot';
  return null;
}

function fileBytes(files: Map<string, Uint8Array>): (id: string | undefined) => Uint8Array | null {
  const byId = new Map<string, Uint8Array>();
  for (const [path, bytes] of files) {
    const id = UPLOAD.exec(path)?.[1] ?? DUMP_ATTACHMENT.exec(path)?.[1];
    if (id) byId.set(id, bytes);
  }
  return (id) => (id ? (byId.get(id) ?? null) : null);
}
