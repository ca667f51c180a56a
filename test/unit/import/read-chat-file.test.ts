import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { slackExportZip } from '../../support/chat-export-fixtures';
import { importRefusal } from './import-refusal';

const MB = 1024 * 1024;

const refusal = (bytes: Uint8Array, name: string): Promise<string> => importRefusal(() => readChatFile(bytes, name));

const teamsMessage = { id: '1768385885100', messageType: 'message', createdDateTime: '2026-01-14T10:18:05Z', chatId: '19:abc@thread.v2', from: { user: { displayName: 'Alice Moreau' } }, body: { contentType: 'text', content: 'Checkout 500s' } };

describe('the file the user picked, told apart by its content and its name', () => {
  it('reads a Slack zip by its first bytes even when its name does not end in .zip', async () => {
    const exported = (await readChatFile(slackExportZip(), 'slack-export (1).download'));
    expect(exported.platform).toBe('Slack');
    expect(exported.channels[0]?.name).toBe('inc-4312-checkout');
  });

  it('reads a file named .ZIP as a zip, and says so when it is not one', async () => {
    expect(await refusal(strToU8('{"value": []}'), 'export.ZIP')).toMatch(/^This file is not a zip archive\./);
  });

  it('reads a .json file starting with "P" as messages, not as a zip', async () => {
    expect(await refusal(strToU8('Pasted text, not JSON'), 'messages.json')).toBe('messages.json is not valid JSON (it may be cut short). Save the Graph response again and import the new file.');
  });

  it('reports reading a Teams file as done once it is read', async () => {
    const seen: number[] = [];
    (await readChatFile(strToU8(JSON.stringify({ value: [teamsMessage] })), 'messages.json', undefined, (fraction) => seen.push(fraction)));
    expect(seen).toEqual([1]);
  });
});

describe('a Teams messages file Sitrep cannot import', () => {
  it('an empty page is refused: it holds no messages, and the user is told what to save instead', async () => {
    expect(await refusal(strToU8('{"value": []}'), 'messages.json')).toBe("messages.json holds no messages. Save the Graph response of the incident's chat or channel and import that.");
  });

  it('a page of deleted messages and typing signals only is refused the same way', async () => {
    const page = { value: [{ ...teamsMessage, deletedDateTime: '2026-01-14T10:19:00Z' }, { ...teamsMessage, id: '2', messageType: 'typing' }] };
    expect(await refusal(strToU8(JSON.stringify(page)), 'chat.json')).toMatch(/^chat\.json holds no messages\./);
  });

  it('a file over 100 MB is refused by its size before it is read; one of exactly 100 MB is read', async () => {
    const tooBig = new Uint8Array(100 * MB + 1);
    expect(await refusal(tooBig, 'messages.json')).toBe("This file is 100 MB; Sitrep imports message files up to 100 MB. Save only the incident's chat and days, then import that.");
    // Zeros are not JSON: the 100 MB file got as far as being parsed.
    expect(await refusal(tooBig.subarray(0, 100 * MB), 'messages.json')).toMatch(/^messages\.json is not valid JSON/);
  });
});
