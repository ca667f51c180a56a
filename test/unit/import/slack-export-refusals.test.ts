import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { ts } from '../../support/chat-export-fixtures';
import { importRefusal } from './import-refusal';

const day = 'inc/2026-01-14.json';
const fine = JSON.stringify([{ type: 'message', ts: ts(1), user: 'U1', text: 'fine' }]);

function refusal(files: Record<string, string | Uint8Array>): Promise<string> {
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? strToU8(content) : content])));
  return importRefusal(() => readChatFile(zip, 'export.zip'));
}

describe('a Slack export whose lists or days are not as Slack writes them', () => {
  it('a users.json that is not a list says the file is not laid out as an export', async () => {
    expect(await refusal({ 'users.json': '{"members": []}', [day]: fine })).toBe(
      'users.json is not laid out as a Slack export is. Export again from Slack, or import the channel\'s file without changing it.',
    );
  });

  it('a user without an id names the item and the field', async () => {
    expect(await refusal({ 'users.json': '[{"id": "U1"}, {"name": "ghost"}]', [day]: fine })).toBe(
      'users.json, item 2 has a missing or unreadable "id". Export again from Slack, or import the channel\'s file without changing it.',
    );
  });

  it('a channel whose name is not text names the nested field', async () => {
    expect(await refusal({ 'channels.json': '[{"id": "C1", "name": 7}]', [day]: fine })).toMatch(/^channels\.json, item 1 has a missing or unreadable "name"\./);
  });

  it('a private channel list that is not JSON says so', async () => {
    expect(await refusal({ 'users.json': '[]', 'groups.json': '[{', [day]: fine })).toBe(
      'groups.json in this export is not valid JSON (it may be cut short or edited by hand). Export again from Slack and import the new zip.',
    );
  });

  it('a day file that is not a list of messages says so', async () => {
    expect(await refusal({ 'users.json': '[]', [day]: '{"messages": []}' })).toBe('inc/2026-01-14.json in this export is not a list of messages. Export again from Slack and import the new zip.');
  });

  it('a message whose edit has no readable time names the nested field', async () => {
    expect(await refusal({ 'users.json': '[]', [day]: JSON.stringify([{ type: 'message', ts: ts(1), edited: { ts: 'yesterday' } }]) })).toBe(
      'inc/2026-01-14.json, item 1 has a missing or unreadable "edited.ts". Export again from Slack and import the new zip.',
    );
  });

  it('a day file that is not UTF-8 text is refused as not valid JSON', async () => {
    expect(await refusal({ 'users.json': '[]', [day]: new Uint8Array([0x5b, 0xff, 0xfe, 0x5d]) })).toMatch(/^inc\/2026-01-14\.json in this export is not valid JSON/);
  });

  it('an export with lists but no day files says it holds no messages', async () => {
    expect(await refusal({ 'users.json': '[]', 'channels.json': '[]', 'inc/notes.json': '[]' })).toBe(
      "This Slack export holds no messages: it has no day files such as general/2026-01-14.json. Export again with the incident's dates included.",
    );
  });

  it('an export with only a channel list (no users.json) is still read', async () => {
    const zip = zipSync({ 'channels.json': strToU8('[{"id": "C1", "name": "inc"}]'), [day]: strToU8(fine) });
    expect((await readChatFile(zip, 'export.zip')).channels.map((c) => [c.id, c.messages[0]?.author])).toEqual([['C1', 'U1']]);
  });
});
