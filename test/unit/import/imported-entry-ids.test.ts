import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { planChatImport } from '../../../src/shared/import/chat-entries';
import { slackExportZip, ts } from '../../support/chat-export-fixtures';

/*
 * An imported message's entry id is how a later import recognises it: if the id of the same message in the
 * same incident changed between versions of Sitrep, importing the export again after an update would add
 * every message a second time. These ids were written by the current version and must not change.
 */
function firstEntryId(exported: Awaited<ReturnType<typeof readChatFile>>, incidentId: string): string | undefined {
  const [channel] = exported.channels;
  if (!channel) throw new Error('no channel');
  return planChatImport(channel, { incidentId, from: null, to: null, includeNoise: true }).entries[0]?.id;
}

describe('the id of an imported message, the same in every version', () => {
  it('a Slack message in a channel known by a long folder name', async () => {
    const zip = slackExportZip({ days: { 'incident-war-room-510/2026-01-14.json': [{ type: 'message', ts: ts(1), user: 'U01ALICE', text: 'hi' }] } });
    expect(firstEntryId(await readChatFile(zip, 'export.zip'), 'INC-12')).toBe('slack-1768385881.000000-032694cb0b15cad2-00b9e7bd');
  });

  it('a Slack message in a listed channel keeps the channel id as it is', async () => {
    const zip = slackExportZip({ days: { 'inc-4312-checkout/2026-01-14.json': [{ type: 'message', ts: ts(1, 42), user: 'U01ALICE', text: 'hi' }] } });
    expect(firstEntryId(await readChatFile(zip, 'export.zip'), 'INC-12')).toBe('slack-1768385881.000042-C0INC4312-00b9e7bd');
  });

  it('a Teams chat message', async () => {
    const page = { value: [{ id: '1768385885100', messageType: 'message', createdDateTime: '2026-01-14T10:18:05.1234567Z', chatId: '19:2da4c29f6d7041eca70b638b43d45437@thread.v2', from: { user: { displayName: 'Alice Moreau' } }, body: { contentType: 'text', content: 'hi' } }] };
    expect(firstEntryId(await readChatFile(strToU8(JSON.stringify(page)), 'messages.json'), 'INC-12')).toBe('teams-1768385885123.4567-8e4e0ff727cebb54-00b9e7bd');
  });
});
