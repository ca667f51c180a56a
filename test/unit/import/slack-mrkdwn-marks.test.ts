import { describe, expect, it } from 'vitest';
import { mrkdwnToText } from '../../../src/shared/import/slack-mrkdwn';

const names = {
  user: (id: string) => ({ U1: 'Alice Moreau' })[id],
  channel: (id: string) => ({ C1: 'inc-4312' })[id],
};

/** Slack's special mentions, links, quotes and code as people read them in the channel. */
describe('Slack mrkdwn read as text', () => {
  it.each([
    ['<!everyone> please look', '@everyone please look'],
    ['<!subteam^S0ONCALL>', '@S0ONCALL'],
    ['<!date^1768385880^{time}|10:18 UTC>', '10:18 UTC'],
    ['<#C9UNKNOWN>', '#C9UNKNOWN'],
    ['<mailto:sre@x.example>', 'sre@x.example'],
    ['<https://x.example|https://x.example>', 'https://x.example'],
    ['<mailto:sre@x.example|write to SRE>', 'write to SRE (mailto:sre@x.example)'],
    ['<https://x.example/?q=a&amp;b|the &lt;query&gt;>', 'the <query> (https://x.example/?q=a&b)'],
    ['<https://x.example|*bold* label>', 'bold label (https://x.example)'],
    ['a <b> that Slack did not escape', 'a <b> that Slack did not escape'],
    ['&gt;  two spaces after the mark', '>  two spaces after the mark'],
    ['```&lt;div&gt;```', '```<div>```'],
    ['~*struck bold*~ and _<@U1>_', 'struck bold and @Alice Moreau'],
    ['Tom &amp;amp; Jerry', 'Tom &amp; Jerry'],
    ['&gt;quoted line', '> quoted line'],
    ['<mailto:sre@x.example|mailto:sre@x.example>', 'sre@x.example'],
    ['<https://x.example/share?via=mailto:a@b>', 'https://x.example/share?via=mailto:a@b'],
    ['<1 note: not a link>', '<1 note: not a link>'],
  ])('%s', (mrkdwn, text) => {
    expect(mrkdwnToText(mrkdwn, names)).toBe(text);
  });
});
