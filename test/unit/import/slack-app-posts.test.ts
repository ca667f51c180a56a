import { describe, expect, it } from 'vitest';
import { readChatFile } from '../../../src/shared/import/read-chat-file';
import { slackExportZip, ts, type SlackMessageFixture } from '../../support/chat-export-fixtures';

// Alerts and bots in an incident channel often post their content as attachments or blocks, with little or
// no text. What the channel showed must reach the timeline; a link preview must not repeat the link.

const day = 'inc-4312-checkout/2026-01-14.json';

async function textsOf(messages: SlackMessageFixture[]): Promise<string[]> {
  const channel = (await readChatFile(slackExportZip({ days: { [day]: messages } }), 'export.zip')).channels[0];
  return channel?.messages.map((m) => m.text) ?? [];
}

const bot = (over: SlackMessageFixture): SlackMessageFixture => ({ type: 'message', subtype: 'bot_message', bot_id: 'B0PAGER', username: 'PagerBot', ts: ts(1), text: '', ...over });

describe('what an app posted beside its text', () => {
  it('an alert laid out as an attachment reads as its pretext, linked title, text and fields', async () => {
    const alert = bot({
      attachments: [
        {
          fallback: '[Triggered] checkout-api error rate',
          pretext: '  Incident opened by <@U01ALICE>\n',
          title: '[Triggered] checkout-api error rate &gt; 5%',
          title_link: 'https://pager.example/incidents/P123',
          text: 'Error rate *7.2%* over 5 min',
          fields: [{ title: 'Service', value: 'checkout-api' }, { title: 'Urgency', value: 'high' }, { title: '', value: '' }],
        },
      ],
    });
    expect(await textsOf([alert])).toEqual([
      [
        'Incident opened by @Alice Moreau',
        '[Triggered] checkout-api error rate > 5% (https://pager.example/incidents/P123)',
        'Error rate 7.2% over 5 min',
        'Service: checkout-api',
        'Urgency: high',
      ].join('\n'),
    ]);
  });

  it("an attachment with nothing laid out reads as Slack's plain summary of it, after the message's own text", async () => {
    const post = bot({
      text: 'Deploy finished',
      attachments: [{ fallback: 'checkout-api v2.3.1 to production', title_link: 'https://deploy.example/812' }, { color: 'good' }],
    });
    expect(await textsOf([post])).toEqual(['Deploy finished\ncheckout-api v2.3.1 to production']);
  });

  it('a title that is its own link is shown once', async () => {
    const post = bot({ attachments: [{ title: 'https://pager.example/P123', title_link: 'https://pager.example/P123' }] });
    expect(await textsOf([post])).toEqual(['https://pager.example/P123']);
  });

  it('a link preview Slack added to a message stays out: the link is in the text already', async () => {
    const shared = {
      type: 'message',
      user: 'U02BOB',
      ts: ts(2),
      text: 'See <https://status.example/incidents/42>',
      attachments: [
        { from_url: 'https://status.example/incidents/42', title: 'Checkout degraded', text: 'We are investigating' },
        { is_app_unfurl: true, title: 'PR #812', text: 'Revert pool size' },
      ],
    };
    expect(await textsOf([shared])).toEqual(['See https://status.example/incidents/42']);
  });

  it('a post made only of blocks reads as its header, sections, fields and context, plain text as written', async () => {
    const post = bot({
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: ' SEV2 *declared* ' } },
        { type: 'section', text: { type: 'mrkdwn', text: '*Lead:* <@U03CHEN>' }, fields: [{ type: 'mrkdwn', text: '*Status:* investigating' }] },
        { type: 'divider' },
        { type: 'context', elements: [{ type: 'image', image_url: 'https://x.example/i.png', alt_text: 'icon' }, { type: 'mrkdwn', text: 'via <https://incident.example|the incident bot>' }] },
      ],
    });
    expect(await textsOf([post])).toEqual(['SEV2 *declared*\nLead: @陈伟\nStatus: investigating\nvia the incident bot (https://incident.example)']);
  });

  it('blocks beside a text are not read again: the text says what they lay out; beside a blank text they are', async () => {
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: 'Rolling *back* now' } }];
    const posts = [
      { type: 'message', user: 'U01ALICE', ts: ts(3), text: 'Rolling back now', blocks },
      { type: 'message', user: 'U01ALICE', ts: ts(4), text: ' \n', blocks },
    ];
    expect(await textsOf(posts)).toEqual(['Rolling back now', 'Rolling back now']);
  });

  it('attachments or blocks laid out some other way are left out, and the export still imports', async () => {
    const odd = [bot({ ts: ts(4), text: 'kept', attachments: 'not a list' }), bot({ ts: ts(5), text: 'also kept', blocks: [{ text: 'a string, not a text object' }] })];
    expect(await textsOf(odd)).toEqual(['kept', 'also kept']);
  });
});
