import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { planChatImport } from '../../../src/shared/import/chat-entries';
import type { ChatChannel } from '../../../src/shared/import/chat-message';
import { slackExportZip, ts, type SlackMessageFixture } from '../../support/chat-export-fixtures';

const all = { incidentId: 'INC1', from: null, to: null, includeNoise: true };
const day = 'inc-4312-checkout/2026-01-14.json';

async function channelOf(messages: SlackMessageFixture[], extra?: Record<string, Uint8Array>): Promise<ChatChannel> {
  const channel = (await readChatFile(slackExportZip({ days: { [day]: messages }, extra }), 'export.zip')).channels[0];
  if (!channel) throw new Error('no channel');
  return channel;
}

function message(over: SlackMessageFixture): SlackMessageFixture {
  return { type: 'message', ts: ts(1), text: 'hi', ...over };
}

describe('who wrote a Slack message', () => {
  it('a user is named by full name, else the name they show, else their handle, else their id', async () => {
    const people = [
      { id: 'U1', name: 'ana', real_name: 'Ana Top', profile: { real_name: '  ', display_name: 'ana.d' } },
      { id: 'U2', name: 'ben', profile: { display_name: 'Ben D' } },
      { id: 'U3', name: 'cy' },
      { id: 'U4', name: '  ' },
      { id: 'U5', profile: { real_name: ` ${'Dee'.repeat(50)} ` } },
    ];
    const zip = zipSync({
      'users.json': strToU8(JSON.stringify(people)),
      [day]: strToU8(JSON.stringify(['U1', 'U2', 'U3', 'U4', 'U5'].map((user, i) => message({ ts: ts(i), user })))),
    });
    const channel = (await readChatFile(zip, 'export.zip')).channels[0];
    expect(channel?.messages.map((m) => m.author)).toEqual(['Ana Top', 'Ben D', 'cy', 'U4', 'Dee'.repeat(40)]);
  });

  it('someone not in users.json is named from the message itself: profile, then bot, then id', async () => {
    const channel = await channelOf([
      message({ ts: ts(1), user: 'U9GUEST', user_profile: { real_name: 'Gia Guest', display_name: 'gia' } }),
      message({ ts: ts(2), user: 'U9GUEST', user_profile: { display_name: 'gia' } }),
      message({ ts: ts(3), subtype: 'bot_message', bot_id: 'B1', username: 'Deploy bot' }),
      message({ ts: ts(4), bot_id: 'B2', bot_profile: { name: 'Grafana' } }),
      message({ ts: ts(5), user: 'U9NOBODY' }),
      message({ ts: ts(6), bot_id: 'B3' }),
      message({ ts: ts(7) }),
      message({ ts: ts(8), username: '   ' }),
    ]);
    expect(channel.messages.map((m) => m.author)).toEqual(['Gia Guest', 'gia', 'Deploy bot', 'Grafana', 'U9NOBODY', 'B3', 'Slack', 'Slack']);
  });

  it('a message by a bot without a user is a bot post; one with both a bot and a user is the user\'s', async () => {
    const channel = await channelOf([message({ ts: ts(1), bot_id: 'B1' }), message({ ts: ts(2), bot_id: 'B1', user: 'U01ALICE' })]);
    expect(channel.messages.map((m) => m.noise)).toEqual(['bot', null]);
  });

  it.each([
    ['channel_join', 'membership'],
    ['group_leave', 'membership'],
    ['channel_topic', 'channel-change'],
    ['pinned_item', 'channel-change'],
    ['tombstone', 'channel-change'],
    ['bot_add', 'bot'],
    ['thread_broadcast', null],
    ['me_message', null],
  ])('a %s message is left out as %s', async (subtype, noise) => {
    expect((await channelOf([message({ subtype, user: "U01ALICE" })])).messages[0]?.noise).toBe(noise);
  });
});

describe('threads, edits and files of a Slack message', () => {
  it('a reply whose parent author is unknown names the message by time; an unknown author id is shown as is', async () => {
    const { entries } = planChatImport(
      await channelOf([
        message({ ts: ts(2), user: 'U01ALICE', thread_ts: ts(1) }),
        message({ ts: ts(3), user: 'U01ALICE', thread_ts: ts(1), parent_user_id: 'U9GONE' }),
      ]),
      all,
    );
    expect(entries.map((e) => e.text.split('\n')[0])).toEqual(['↳ in thread of the message at 10:18:01 UTC', "↳ in thread of U9GONE's message at 10:18:01 UTC"]);
  });

  it('a file is named by its name, else its title, else its id; its type defaults to bytes', async () => {
    const files = [{ id: 'F1', title: 'Error graph' }, { id: 'F2' }, {}, { id: 'F0GRAPH', name: 'g.png' }];
    const channel = await channelOf([message({ user: 'U01ALICE', text: '', files })]);
    expect(channel.messages[0]?.files.map((f) => [f.name, f.mimeType, f.bytes !== null])).toEqual([
      ['Error graph', 'application/octet-stream', false],
      ['F2', 'application/octet-stream', false],
      ['file', 'application/octet-stream', false],
      ['g.png', 'application/octet-stream', true],
    ]);
    expect(channel.messages[0]?.text).toBe('(file not in the export: Error graph, F2, file)');
  });

  it('a file name longer than 500 characters is cut', async () => {
    const channel = await channelOf([message({ user: 'U01ALICE', files: [{ id: 'F1', name: `${'n'.repeat(600)}.log` }] })]);
    expect(channel.messages[0]?.files[0]?.name).toBe('n'.repeat(500));
  });

  it('an edit carries its time; a ts without a fraction is read as whole seconds', async () => {
    const channel = await channelOf([message({ ts: '1768385881', user: 'U01ALICE', edited: { ts: '1768385990.250000' } })]);
    expect(channel.messages[0]).toMatchObject({ occurredAt: 1768385881000, editedAt: 1768385990250 });
  });
});

describe('the channels of a Slack export', () => {
  it('private channels come from groups.json; a folder in no list keeps its folder name as id; the busiest channel comes first', async () => {
    const zip = zipSync({
      'users.json': strToU8('[]'),
      'groups.json': strToU8(JSON.stringify([{ id: 'G0PRIVATE', name: 'inc-private' }])),
      'inc-private/2026-01-14.json': strToU8(JSON.stringify([message({ ts: ts(1) })])),
      'unlisted/2026-01-14.json': strToU8(JSON.stringify([message({ ts: ts(1) }), message({ ts: ts(2) })])),
    });
    expect((await readChatFile(zip, 'export.zip')).channels.map((c) => [c.id, c.name, c.messages.length])).toEqual([
      ['unlisted', 'unlisted', 2],
      ['G0PRIVATE', 'inc-private', 1],
    ]);
  });

  it('a channel listed by id only is matched by its id as folder name', async () => {
    const zip = zipSync({
      'channels.json': strToU8(JSON.stringify([{ id: 'C0NONAME' }])),
      'C0NONAME/2026-01-14.json': strToU8(JSON.stringify([message({ text: 'see <#C0NONAME>' })])),
    });
    const [channel] = (await readChatFile(zip, 'export.zip')).channels;
    expect([channel?.id, channel?.messages[0]?.text]).toEqual(['C0NONAME', 'see #C0NONAME']);
  });

  it('JSON files inside a channel\'s attachments folder are files, not days of messages', async () => {
    const channel = await channelOf([message({ user: 'U01ALICE', files: [{ id: 'F0DUMP', name: '2026-01-14.json' }] })], {
      'inc-4312-checkout/attachments/F0DUMP-2026-01-14.json': strToU8('{"not": "messages"}'),
    });
    expect(channel.messages).toHaveLength(1);
    expect(channel.messages[0]?.files[0]?.bytes?.byteLength).toBe(19);
  });
});
