import { describe, expect, it } from 'vitest';
import { mrkdwnToText } from '../../../src/shared/import/slack-mrkdwn';

const names = {
  user: (id: string) => ({ U1: 'Alice Moreau', U2: 'Bob' })[id],
  channel: (id: string) => ({ C1: 'inc-4312' })[id],
};

describe('mrkdwnToText', () => {
  it.each([
    ['plain words with an :emoji: and 10:12', 'plain words with an :emoji: and 10:12'],
    ['<@U1> and <@U9>', '@Alice Moreau and @U9'],
    ['<@U1|alice>', '@alice'],
    ['<#C1> and <#C1|renamed>', '#inc-4312 and #renamed'],
    ['<!here> <!channel> <!subteam^S123|@oncall>', '@here @channel @oncall'],
    ['<https://x.example/a?b=1&amp;c=2|the board>', 'the board (https://x.example/a?b=1&c=2)'],
    ['<https://x.example>', 'https://x.example'],
    ['<mailto:sre@x.example|sre@x.example>', 'sre@x.example'],
    ['*bold* _italic_ ~gone~', 'bold italic gone'],
    ['&gt; quoted line', '> quoted line'],
    ['`a < b` and ```if (a &amp;&amp; b) {}```', '`a < b` and ```if (a && b) {}```'],
    ['&lt;img src=x onerror=alert(1)&gt;', '<img src=x onerror=alert(1)>'],
  ])('%s', (mrkdwn, text) => {
    expect(mrkdwnToText(mrkdwn, names)).toBe(text);
  });
});
