import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { ts } from '../../support/chat-export-fixtures';

const text = (value: unknown) => ({ type: 'message', user: 'U1', text: value });

describe('messages and channels in the order the user reads them', () => {
  it('Teams messages, which Graph returns newest first, come out oldest first', async () => {
    const chatId = '19:abc@thread.v2';
    const at = (iso: string, content: string, id: string) => ({ id, messageType: 'message', createdDateTime: iso, chatId, from: { user: { displayName: 'Alice Moreau' } }, body: { contentType: 'text', content } });
    const page = { value: [at('2026-01-14T10:20:00Z', 'third', '3'), at('2026-01-14T10:19:00Z', 'second', '2'), at('2026-01-14T10:18:00Z', 'first', '1')] };
    const [channel] = (await readChatFile(strToU8(JSON.stringify(page)), 'messages.json')).channels;
    expect(channel?.messages.map((m) => m.text)).toEqual(['first', 'second', 'third']);
  });

  it('Slack messages listed out of order in a day file come out in time order', async () => {
    const day = [{ ...text('later'), ts: ts(9) }, { ...text('earliest'), ts: ts(1) }, { ...text('same second, later micro'), ts: ts(1, 5) }];
    const zip = zipSync({ 'users.json': strToU8('[]'), 'inc/2026-01-14.json': strToU8(JSON.stringify(day)) });
    expect((await readChatFile(zip, 'export.zip')).channels[0]?.messages.map((m) => m.text)).toEqual(['earliest', 'same second, later micro', 'later']);
  });

  it('channels with as many messages as each other are listed by name', async () => {
    const one = strToU8(JSON.stringify([{ ...text('hi'), ts: ts(1) }]));
    const zip = zipSync({ 'users.json': strToU8('[]'), 'zeta/2026-01-14.json': one, 'alpha/2026-01-14.json': one, 'mid/2026-01-14.json': one });
    expect((await readChatFile(zip, 'export.zip')).channels.map((c) => c.name)).toEqual(['alpha', 'mid', 'zeta']);
  });
});
