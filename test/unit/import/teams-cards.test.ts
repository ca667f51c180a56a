import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { readChatFile } from '../../../src/shared/import/read-chat-file';

// Bots and connectors post cards: Graph returns a body of only <attachment id="…"></attachment> and the card's
// JSON as the attachment's content. An alert card's title, text and facts must reach the timeline as text.

const chatId = '19:2da4c29f6d7041eca70b638b43d45437@thread.v2';

function cardMessage(id: string, contentType: string, card: unknown, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    messageType: 'message',
    createdDateTime: `2026-01-14T10:18:${id.padStart(2, '0')}.1234567Z`,
    chatId,
    from: { user: null, application: { id: 'a1', displayName: 'Grafana Alerts', applicationIdentityType: 'bot' } },
    body: { contentType: 'html', content: `<attachment id="card${id}"></attachment>` },
    attachments: [{ id: `card${id}`, contentType, contentUrl: null, content: typeof card === 'string' ? card : JSON.stringify(card), name: null, thumbnailUrl: null }],
    ...over,
  };
}

async function textsOf(messages: unknown[]): Promise<string[]> {
  const [channel] = (await readChatFile(strToU8(JSON.stringify({ value: messages })), 'messages.json')).channels;
  return channel?.messages.map((m) => m.text) ?? [];
}

describe('Teams cards read as the lines they show', () => {
  it('an Adaptive Card: text blocks, rich text, facts, and what columns, containers and tables hold; buttons and pictures left out', async () => {
    const card = {
      type: 'AdaptiveCard',
      version: '1.5',
      body: [
        { type: 'TextBlock', text: ' [FIRING:1] checkout-api error rate ', weight: 'Bolder' },
        null,
        { type: 'RichTextBlock' },
        { type: 'Image', url: 'https://grafana.example/render.png', altText: 'graph' },
        { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: 'Error rate ' }, { type: 'TextRun', text: '7.2%', weight: 'Bolder' }, ' over 5 min'] },
        { type: 'FactSet', facts: [{ title: 'Service', value: 'checkout-api' }, null, { title: ' Severity ', value: ' critical ' }, { value: 'untitled' }] },
        { type: 'ColumnSet', columns: [{ type: 'Column', items: [{ type: 'TextBlock', text: 'Region: eu-west-1' }] }, null, { type: 'Column', items: [{ type: 'TextBlock', text: 'Since 10:12 UTC' }] }] },
        { type: 'Container', items: [{ type: 'TextBlock', text: 'Runbook: https://runbooks.example/checkout' }] },
        {
          type: 'Table',
          rows: [
            null,
            { type: 'TableRow', cells: [{ type: 'TableCell', items: [{ type: 'TextBlock', text: 'p99' }, { type: 'TextBlock', text: 'latency' }] }, null, { type: 'TableCell', items: [{ type: 'TextBlock', text: '2.3 s' }] }] },
          ],
        },
        { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: 'View alert', url: 'https://grafana.example/a/1' }] },
      ],
      actions: [{ type: 'Action.OpenUrl', title: 'Silence', url: 'https://grafana.example/s/1' }],
    };
    expect(await textsOf([cardMessage('1', 'application/vnd.microsoft.card.adaptive', card)])).toEqual([
      [
        '[FIRING:1] checkout-api error rate',
        'Error rate 7.2% over 5 min',
        'Service: checkout-api',
        'Severity: critical',
        'untitled',
        'Region: eu-west-1',
        'Since 10:12 UTC',
        'Runbook: https://runbooks.example/checkout',
        'p99 latency | 2.3 s',
      ].join('\n'),
    ]);
  });

  it("a connector card (Teams' incoming webhook) and a hero card: title, subtitle, text, sections and their facts", async () => {
    const connector = {
      title: 'Deployment finished',
      text: 'checkout-api v2.3.1',
      sections: [null, { activityTitle: 'Pipeline #812', activitySubtitle: 'by Bob', activityText: 'Rolled out to 100%', facts: [null, { name: 'Environment', value: 'production' }] }],
      potentialAction: [{ '@type': 'OpenUri', name: 'Open pipeline' }],
    };
    const hero = { title: 'Status page updated', subtitle: 'Investigating', text: 'We are looking into checkout errors.' };
    expect(
      await textsOf([cardMessage('2', 'application/vnd.microsoft.teams.card.o365connector', connector), cardMessage('3', 'application/vnd.microsoft.card.hero', hero)]),
    ).toEqual([
      'Deployment finished\ncheckout-api v2.3.1\nPipeline #812\nby Bob\nRolled out to 100%\nEnvironment: production',
      'Status page updated\nInvestigating\nWe are looking into checkout errors.',
    ]);
  });

  it('a card follows the words typed with it, and a card with a name is not taken for a file', async () => {
    const message = cardMessage('4', 'application/vnd.microsoft.card.thumbnail', { title: 'PR #812: revert pool size' }, {
      body: { contentType: 'html', content: '<p>Reverting now</p><attachment id="card4"></attachment>' },
    });
    (message.attachments as Record<string, unknown>[])[0]!.name = 'card';
    expect(await textsOf([message])).toEqual(['Reverting now\nPR #812: revert pool size']);
  });

  it('only cards are read: a file is named, whatever its content says', async () => {
    const message = cardMessage('9', 'reference', '{"title": "not a card"}', { body: { contentType: 'text', content: 'logs attached' } });
    (message.attachments as Record<string, unknown>[])[0]!.name = 'pool.log';
    expect(await textsOf([message])).toEqual(['logs attached\n(file not in the export: pool.log)']);
  });

  it('a card whose content is not readable adds nothing, and the file still imports', async () => {
    const messages = [
      cardMessage('5', 'application/vnd.microsoft.card.adaptive', '{"type": "AdaptiveCard", "body": [', { body: { contentType: 'text', content: 'kept' } }),
      cardMessage('6', 'application/vnd.microsoft.card.adaptive', '["a list, not a card"]', { body: { contentType: 'text', content: 'also kept' } }),
      cardMessage('7', 'application/vnd.microsoft.card.hero', '', { body: { contentType: 'text', content: 'kept too' } }),
    ];
    expect(await textsOf(messages)).toEqual(['kept', 'also kept', 'kept too']);
  });

  it('a card saved as an object rather than a JSON string is read the same', async () => {
    const message = cardMessage('8', 'application/vnd.microsoft.card.adaptive', '');
    (message.attachments as Record<string, unknown>[])[0]!.content = { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: 'Resolved' }] };
    expect(await textsOf([message])).toEqual(['Resolved']);
  });
});
