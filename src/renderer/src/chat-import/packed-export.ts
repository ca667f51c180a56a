import type { ChatChannel, ChatExport, ChatMessage } from '../../../shared/import/chat-message';

/**
 * A chat export as the worker hands it to the window: each channel's messages as columns (one array per
 * field) rather than one object per message. Copying 50,000 small objects between threads writes and reads
 * every field name of every message; columns copy as a few long lists, several times quicker, and the
 * window rebuilds the messages from them in a few milliseconds.
 */
export interface PackedExport {
  platform: ChatExport['platform'];
  channels: PackedChannel[];
}

interface PackedChannel {
  id: string;
  name: string;
  ids: string[];
  occurredAt: Float64Array;
  editedAt: (number | null)[];
  authors: string[];
  texts: string[];
  threads: ChatMessage['thread'][];
  noise: ChatMessage['noise'][];
  /** null for a message without files, which is nearly every one. */
  files: (ChatMessage['files'] | null)[];
}

export function packExport(exported: ChatExport): PackedExport {
  return { platform: exported.platform, channels: exported.channels.map(packChannel) };
}

function packChannel({ id, name, messages }: ChatChannel): PackedChannel {
  return {
    id,
    name,
    ids: messages.map((m) => m.id),
    occurredAt: Float64Array.from(messages, (m) => m.occurredAt),
    editedAt: messages.map((m) => m.editedAt),
    authors: messages.map((m) => m.author),
    texts: messages.map((m) => m.text),
    threads: messages.map((m) => m.thread),
    noise: messages.map((m) => m.noise),
    files: messages.map((m) => (m.files.length > 0 ? m.files : null)),
  };
}

export function unpackExport(packed: PackedExport): ChatExport {
  return { platform: packed.platform, channels: packed.channels.map(unpackChannel) };
}

function unpackChannel(c: PackedChannel): ChatChannel {
  const messages: ChatMessage[] = c.ids.map((id, i) => ({
    id,
    occurredAt: c.occurredAt[i] ?? 0,
    editedAt: c.editedAt[i] ?? null,
    author: c.authors[i] ?? '',
    text: c.texts[i] ?? '',
    thread: c.threads[i] ?? null,
    noise: c.noise[i] ?? null,
    files: c.files[i] ?? [],
  }));
  return { id: c.id, name: c.name, messages };
}
