import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { planChatImport } from '../../../src/shared/import/chat-entries';
import type { ChatExport } from '../../../src/shared/import/chat-message';
import { importRefusal } from './import-refusal';

/** Graph chatMessage resources, trimmed to what each test varies. */
const chatId = '19:2da4c29f6d7041eca70b638b43d45437@thread.v2';
let next = 0;
function graph(over: Record<string, unknown> = {}): Record<string, unknown> {
  next += 1;
  return {
    id: String(1768385885000 + next),
    messageType: 'message',
    createdDateTime: `2026-01-14T10:18:${String(next % 60).padStart(2, '0')}Z`,
    chatId,
    from: { user: { id: `u${next}`, displayName: 'Alice Moreau' } },
    body: { contentType: 'text', content: 'Checkout 500s' },
    ...over,
  };
}

async function read(value: unknown, name = 'messages.json'): Promise<ChatExport> {
  return (await readChatFile(strToU8(JSON.stringify(value)), name));
}

async function entriesOf(value: unknown, includeNoise = false) {
  const [channel] = (await read(value)).channels;
  if (!channel) throw new Error('no channel');
  return planChatImport(channel, { incidentId: 'INC1', from: null, to: null, includeNoise }).entries;
}

const refusal = (value: unknown): Promise<string> => importRefusal(() => read(value));

const by = (displayName: string) => ({ user: { displayName } });

describe('Teams messages: who wrote them', () => {
  it('a bot post is by its application, a device post by its device, and one with no sender by "Teams"', async () => {
    const entries = await entriesOf(
      [
        graph({ from: { application: { displayName: 'PagerBot' }, user: null } }),
        graph({ from: { device: { displayName: 'Room 4 phone' } } }),
        graph({ from: null }),
        graph({ from: by('   ') }),
        graph({ from: by(`  ${'Ana'.repeat(50)}`) }),
      ],
      true,
    );
    expect(entries.map((e) => e.author)).toEqual(['PagerBot', 'Room 4 phone', 'Teams', 'Teams', 'Ana'.repeat(40)]);
  });

  it('a post by an application alone is a bot post; one by a user through an app is not; a system event is a join or leave', async () => {
    const [channel] = (await read([
      graph({ from: { application: { displayName: 'PagerBot' }, user: null } }),
      graph({ from: { application: { displayName: 'Forms' }, user: { displayName: 'Bob Ng' } } }),
      graph({ messageType: 'systemEventMessage', from: null }),
      graph({ messageType: null }),
    ])).channels;
    expect(channel?.messages.map((m) => m.noise)).toEqual(['bot', null, 'membership', null]);
  });
});

describe('Teams messages: chats and channels, named by who speaks', () => {
  it('names a chat by up to three people, then how many more; noise does not count', async () => {
    const people = ['Alice Moreau', 'Bob Ng', 'Chen Wei', 'Dana Ruiz', 'Eli Park'];
    expect((await read(people.map((name) => graph({ from: by(name) })))).channels[0]?.name).toBe('Teams chat with Alice Moreau, Bob Ng, Chen Wei and 2 more');
    expect((await read(people.slice(0, 3).map((name) => graph({ from: by(name) })))).channels[0]?.name).toBe('Teams chat with Alice Moreau, Bob Ng, Chen Wei');
    expect((await read([graph({ from: by('Alice Moreau') }), graph({ from: by('Alice Moreau') })])).channels[0]?.name).toBe('Teams chat with Alice Moreau');
    expect((await read([graph({ messageType: 'systemEventMessage', from: null })])).channels[0]?.name).toBe('Teams chat with no one');
  });

  it('a channel\'s messages form one channel named as such; chats without an id are named by the file', async () => {
    const inChannel = { channelIdentity: { teamId: 't1', channelId: '19:incident@thread.tacv2' }, chatId: null };
    const exported = await read([graph(inChannel), graph({ ...inChannel, from: by('Bob Ng') }), graph({ chatId: null, from: by('Chen Wei') })], 'export.json');
    expect(exported.channels.map((c) => [c.id, c.name, c.messages.length])).toEqual([
      ['19:incident@thread.tacv2', 'Teams channel with Alice Moreau, Bob Ng', 2],
      ['export.json', 'Teams chat with Chen Wei', 1],
    ]);
  });

  it('reads several saved pages and a bare list alike', async () => {
    const first = graph({ body: { content: 'page one' } });
    const second = graph({ body: { content: 'page two' } });
    const texts = async (value: unknown) => (await entriesOf(value)).map((e) => e.text);
    expect(await texts([{ value: [first] }, { value: [second] }])).toEqual(['page one', 'page two']);
    expect(await texts([first, second])).toEqual(['page one', 'page two']);
  });
});

describe('Teams messages: times, replies and files', () => {
  it('orders messages of one millisecond by the digits Graph gives below it', async () => {
    const entries = await entriesOf([
      graph({ createdDateTime: '2026-01-14T10:18:05.1239Z', body: { content: 'later' } }),
      graph({ createdDateTime: '2026-01-14T10:18:05.1231Z', body: { content: 'earlier' } }),
    ]);
    expect(entries.map((e) => e.text)).toEqual(['earlier', 'later']);
    expect(entries[0]?.occurredAt).toBe(entries[1]?.occurredAt);
    expect((entries[0]?.id ?? '') < (entries[1]?.id ?? '')).toBe(true);
  });

  it('refuses a message whose time cannot be read, naming the message and the time', async () => {
    expect(await refusal([graph({ id: 'm7', createdDateTime: 'yesterday at ten' })])).toBe('messages.json, message m7 has a time Sitrep cannot read ("yesterday at ten"). Save the Graph response again without changing it.');
    expect(await refusal([graph({ id: 'm8', createdDateTime: '1969-12-31T23:59:59Z' })])).toMatch(/^messages\.json, message m8 has a time Sitrep cannot read/);
    // The first millisecond of 1970 is still a time.
    expect((await entriesOf([graph({ createdDateTime: '1970-01-01T00:00:00Z' })]))[0]?.occurredAt).toBe(0);
  });

  it('names the field a message lacks, by its path', async () => {
    expect(await refusal([graph(), graph({ body: { content: 42 } })])).toBe('messages.json, message 2 has a missing or unreadable "body.content". Save the Graph response again without changing it.');
  });

  it('a reply to a message not in the file gives the time its id stands for, and no author', async () => {
    const [reply] = await entriesOf([graph({ replyToId: '1768385000000' })]);
    expect(reply?.text.split('\n')[0]).toBe('↳ in thread of the message at 10:03:20 UTC');
    const [odd] = await entriesOf([graph({ replyToId: 'not-a-time' })]);
    expect(odd?.text.split('\n')[0]).toBe('↳ in thread of an earlier message');
  });

  it('keeps the edit time, and only names attachments that have a name', async () => {
    const [entry] = await entriesOf([graph({ lastEditedDateTime: '2026-01-14T11:00:00Z', body: { content: '' }, attachments: [{ name: 'pool.log' }, { name: null }, { name: 'trace.txt' }] })]);
    expect(entry?.editedAt).toBe(Date.UTC(2026, 0, 14, 11));
    expect(entry?.text).toBe('(file not in the export: pool.log, trace.txt)');
  });

  it('a body that is not HTML is kept literally, trimmed', async () => {
    const [entry] = await entriesOf([graph({ body: { contentType: 'text', content: '  <p>typed</p> &amp; kept \n' } })]);
    expect(entry?.text).toBe('<p>typed</p> &amp; kept');
  });
});
