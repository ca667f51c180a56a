import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { planChatImport } from '../../../src/shared/import/chat-entries';
import { DEFAULT_UNZIP_LIMITS } from '../../../src/shared/import/safe-unzip';
import { slackExportZip, streamedZip, ts } from '../../support/chat-export-fixtures';
import { importRefusal } from './import-refusal';

const all = { incidentId: 'INC1', from: null, to: null, includeNoise: true };
const teamsPage = (message: Record<string, unknown>) =>
  strToU8(JSON.stringify({ value: [{ id: '1768385885100', messageType: 'message', createdDateTime: '2026-01-14T10:18:05Z', chatId: '19:abc@thread.v2', from: { user: { displayName: 'Alice Moreau' } }, body: { contentType: 'text', content: 'hi' }, ...message }] }));

const refusal = (bytes: Uint8Array, name: string): Promise<string> => importRefusal(() => readChatFile(bytes, name));

describe('which reader a picked file goes to', () => {
  it('a text file named .json whose second letter is K is read as JSON, not as a zip', async () => {
    expect(await refusal(strToU8('OK, these are my notes'), 'notes.json')).toMatch(/^notes\.json is not valid JSON/);
  });

  it('a Teams file whose name only contains ".zip" is read as Teams messages', async () => {
    expect((await readChatFile(teamsPage({}), 'slack.zip.json')).platform).toBe('Teams');
  });
});

describe('Slack exports as Slack and other tools write them', () => {
  it('reads a zip written as a stream, each file\'s size after its data', async () => {
    const bytes = streamedZip({
      'users.json': [strToU8(JSON.stringify([{ id: 'U1', real_name: 'Alice Moreau' }]))],
      'inc/2026-01-14.json': [strToU8(JSON.stringify([{ type: 'message', ts: ts(1), user: 'U1', text: 'streamed' }]))],
    });
    const [channel] = (await readChatFile(bytes, 'export.zip')).channels;
    expect(channel?.messages.map((m) => [m.author, m.text])).toEqual([['Alice Moreau', 'streamed']]);
  });

  it('files the export holds besides channels do not count against the unpacked size limit', async () => {
    const zip = slackExportZip({ extra: { 'huddles/recording.bin': new Uint8Array(256 * 1024) } });
    const limits = { ...DEFAULT_UNZIP_LIMITS, maxTotalBytes: 64 * 1024 };
    expect((await readChatFile(zip, 'export.zip', limits)).channels[0]?.name).toBe('inc-4312-checkout');
  });

  it('progress rises to 0.15 while unpacking, then grows by day file read', async () => {
    const seen: number[] = [];
    const day = (t: number) => [{ type: 'message', ts: ts(t), user: 'U01ALICE', text: 'x' }];
    (await readChatFile(slackExportZip({ days: { 'inc/2026-01-14.json': day(1), 'inc/2026-01-15.json': day(86_400) } }), 'export.zip', undefined, (f) => seen.push(f)));
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.filter((f) => f >= 0.15).map((f) => Math.round(f * 1000) / 1000)).toEqual([0.15, 0.575, 1]);
  });

  it('text is trimmed, a ts with a short fraction is read as tenths, and a long author name is cut', async () => {
    const long = `${'Maximilian '.repeat(15)}`;
    const zip = slackExportZip({
      days: { 'inc/2026-01-14.json': [{ type: 'message', ts: '1768385881.5', user: 'U9', user_profile: { real_name: long }, text: '  rolled back \n' }] },
    });
    const message = (await readChatFile(zip, 'export.zip')).channels[0]?.messages[0];
    expect(message).toMatchObject({ text: 'rolled back', occurredAt: 1768385881500, author: long.trim().slice(0, 120) });
  });

  it('a message with a file and no text field at all says which file was shared', async () => {
    const zip = slackExportZip({ days: { 'inc/2026-01-14.json': [{ type: 'message', ts: ts(1), user: 'U01ALICE', files: [{ id: 'F0GRAPH', name: 'error-rate.png' }] }] } });
    const [channel] = (await readChatFile(zip, 'export.zip')).channels;
    if (!channel) throw new Error('no channel');
    expect(planChatImport(channel, all).entries[0]?.text).toBe('Shared error-rate.png');
  });

  it('a mention of someone with a very long name shows the name cut as their author name is', async () => {
    const name = 'Bartholomew-'.repeat(15);
    const zip = zipSync({
      'users.json': strToU8(JSON.stringify([{ id: 'U1', real_name: name }])),
      'inc/2026-01-14.json': strToU8(JSON.stringify([{ type: 'message', ts: ts(1), user: 'U1', text: 'paging <@U1>' }])),
    });
    const message = (await readChatFile(zip, 'export.zip')).channels[0]?.messages[0];
    expect(message?.text).toBe(`paging @${name.slice(0, 120)}`);
    expect(message?.author).toBe(name.slice(0, 120));
  });
});

describe('Teams messages with parts missing', () => {
  const entry = async (message: Record<string, unknown>, name = 'messages.json') => {
    const [channel] = (await readChatFile(teamsPage(message), name)).channels;
    if (!channel) throw new Error('no channel');
    return planChatImport(channel, all).entries[0];
  };

  it('a message without a body, or with an empty one, is an empty message', async () => {
    expect((await entry({ body: null }))?.text).toBe('(empty message)');
    expect((await entry({ body: { contentType: 'html', content: null } }))?.text).toBe('(empty message)');
  });

  it('a sender with neither user, app nor device is "Teams"', async () => {
    expect((await entry({ from: { user: null, application: null } }))?.author).toBe('Teams');
  });

  it('a reply to a bot post or a system event names the message by its time only', async () => {
    const parent = (from: unknown) => ({ id: '1768385880000', messageType: 'message', createdDateTime: '2026-01-14T10:18:00Z', chatId: '19:abc@thread.v2', from, body: { content: 'parent' } });
    for (const from of [{ application: { displayName: 'PagerBot' } }, null]) {
      const page = { value: [parent(from), { id: '1768385885100', replyToId: '1768385880000', messageType: 'message', createdDateTime: '2026-01-14T10:18:05Z', chatId: '19:abc@thread.v2', from: { user: { displayName: 'Bob Ng' } }, body: { content: 'on it' } }] };
      const [channel] = (await readChatFile(strToU8(JSON.stringify(page)), 'messages.json')).channels;
      const reply = channel?.messages.find((m) => m.text === 'on it');
      expect(reply?.thread).toEqual({ parentAuthor: null, parentAt: Date.UTC(2026, 0, 14, 10, 18) });
    }
  });

  it('an unreadable time is quoted to at most 40 characters', async () => {
    const time = `2026-01-14 at ten past ten in the morning, Paris time`;
    expect(await refusal(teamsPage({ id: 'm1', createdDateTime: time }), 'messages.json')).toBe(`messages.json, message m1 has a time Sitrep cannot read ("${time.slice(0, 40)}"). Save the Graph response again without changing it.`);
  });

  it('a Teams message from before 2001 keeps an id that sorts with later ones', async () => {
    const early = await entry({ id: '999907200500', createdDateTime: '2001-09-08T00:00:00.5Z' }, 'old.json');
    expect(early?.id).toMatch(/^teams-0999907200500\.0000-[0-9a-f]{16}-[0-9a-f]{8}$/);
  });
});
