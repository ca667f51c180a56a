import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { planChatImport } from '../../../src/shared/import/chat-entries';

/** Messages as GET /chats/{id}/messages returns them (Microsoft Graph v1.0 chatMessage), trimmed. */
const chatId = '19:2da4c29f6d7041eca70b638b43d45437@thread.v2';
const page = {
  '@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A2da4c29f6d7041eca70b638b43d45437%40thread.v2')/messages",
  '@odata.count': 5,
  value: [
    {
      id: '1768385885100', replyToId: null, messageType: 'message', createdDateTime: '2026-01-14T10:18:05.1000000Z', lastModifiedDateTime: '2026-01-14T10:18:05.1000000Z',
      lastEditedDateTime: null, deletedDateTime: null, chatId,
      from: { application: null, device: null, user: { '@odata.type': '#microsoft.graph.teamworkUserIdentity', id: '8ea0e38b', displayName: 'Alice Moreau', userIdentityType: 'aadUser' } },
      body: { contentType: 'html', content: '<p>Checkout 500s, paging <at id="0">Bob Ng</at></p><p>see <a href="https://grafana.example/d/checkout">checkout board</a> and <code>max_connections</code></p>' },
      attachments: [], mentions: [{ id: 0, mentionText: 'Bob Ng' }],
    },
    {
      id: '1768385925000', replyToId: '1768385885100', messageType: 'message', createdDateTime: '2026-01-14T10:18:45Z', lastEditedDateTime: '2026-01-14T10:20:00Z', deletedDateTime: null, chatId,
      from: { user: { id: 'b1', displayName: 'Bob Ng' } },
      body: { contentType: 'text', content: 'typed <b>literally</b> & kept' },
      attachments: [{ id: 'a1', contentType: 'reference', contentUrl: 'https://x.sharepoint.com/pool.log', name: 'pool.log' }],
    },
    {
      id: '1768385930000', messageType: 'systemEventMessage', createdDateTime: '2026-01-14T10:18:50Z', chatId, from: null,
      body: { contentType: 'html', content: '<systemEventMessage/>' },
    },
    {
      id: '1768385940000', messageType: 'message', createdDateTime: '2026-01-14T10:19:00Z', chatId, from: { application: { id: 'app', displayName: 'PagerBot' }, user: null },
      body: { contentType: 'html', content: '<div>Alert: error rate &gt; 5%</div>' },
    },
    { id: '1768385950000', messageType: 'message', createdDateTime: '2026-01-14T10:19:10Z', deletedDateTime: '2026-01-14T10:19:20Z', chatId, from: { user: { displayName: 'Bob Ng' } }, body: { contentType: 'text', content: 'oops' } },
  ],
};

const all = { incidentId: 'INC1', from: null, to: null, includeNoise: false };

async function read(value: unknown) {
  return (await readChatFile(strToU8(JSON.stringify(value)), 'messages.json'));
}

describe('Teams messages from Microsoft Graph', () => {
  it('become entries with authors, UTC times, @mentions, links and code, HTML bodies read as text', async () => {
    const exported = await read(page);
    expect(exported.platform).toBe('Teams');
    expect(exported.channels.map((c) => [c.id, c.name])).toEqual([[chatId, 'Teams chat with Alice Moreau, Bob Ng']]);
    const [channel] = exported.channels;
    if (!channel) throw new Error('no channel');
    const { entries, noise } = planChatImport(channel, all);
    expect(entries.map((e) => e.author)).toEqual(['Alice Moreau', 'Bob Ng']);
    expect(entries[0]?.text).toBe('Checkout 500s, paging @Bob Ng\nsee checkout board (https://grafana.example/d/checkout) and `max_connections`');
    expect(entries[0]?.occurredAt).toBe(Date.UTC(2026, 0, 14, 10, 18, 5, 100));
    expect(noise).toBe(2);
  });

  it('keeps text bodies literal, marks replies, names linked files and carries the edit time', async () => {
    const [channel] = (await read(page)).channels;
    if (!channel) throw new Error('no channel');
    const reply = planChatImport(channel, all).entries[1];
    expect(reply?.text).toBe("↳ in thread of Alice Moreau's message at 10:18:05 UTC\ntyped <b>literally</b> & kept\n(file not in the export: pool.log)");
    expect(reply?.editedAt).toBe(Date.UTC(2026, 0, 14, 10, 20));
  });

  it('gives the same ids on every read, sortable like the times, within 64 characters', async () => {
    const ids = async (value: unknown) => planChatImport((await read(value)).channels[0] ?? { id: '', name: '', messages: [] }, { ...all, includeNoise: true }).entries.map((e) => e.id);
    const once = await ids(page);
    expect(await ids([page])).toEqual(once);
    expect([...once].sort()).toEqual(once);
    expect(Math.max(...once.map((id) => id.length))).toBeLessThanOrEqual(64);
  });

  it('refuses JSON that is not Graph messages, and malformed JSON, in plain words', async () => {
    await expect(read({ hello: 'world' })).rejects.toThrow('messages.json is not a list of Teams messages');
    await expect(read([{ id: '1', body: { content: 'x' } }])).rejects.toThrow('messages.json, message 1 has a missing or unreadable "createdDateTime".');
    await expect(readChatFile(strToU8('{"value": [{"id": '), 'messages.json')).rejects.toThrow('messages.json is not valid JSON (it may be cut short).');
  });
});
