import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'slack-message-parser';
import { parseMrkdwn } from '../../../src/shared/import/slack-mrkdwn-parse';

// parseMrkdwn tries the library's parsers only where one can start; what it reads must be exactly what the
// library's own parse() reads, node for node, or an imported message would read differently from the channel.

/** Pieces that start, end or break each of the library's forms, and plain text around them. */
const pieces = [
  '*', '_', '~', '`', '```', ':', '::', ':fire:', ':+1::skin-tone-2:', '&gt;', '&gt;&gt;&gt;', '&lt;', '&amp;', '&', ';',
  '<', '>', '|', '<@U1>', '<@U1|al>', '<#C1>', '<!here>', '<!subteam^S1|@sre>', '<https://x.example/a_b*c|the *board*>',
  '<mailto:a@b.c>', '\n', ' ', '  ', '.', ',', '(', ')', '[', '{', '!', '?', '-', '=', '$', '%', '#', '@', 'a', 'word',
  'é', 'e\u0301', '👩🏽‍💻', 'ملاحظة', '10:12',
];
const message = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((parts) => parts.join(''));

describe('parseMrkdwn reads Slack mrkdwn as slack-message-parser does', () => {
  it.each([
    'plain words only',
    '*Update 12*: still degraded, next update in 30 min &lt;-- <!here>',
    'Trying `kubectl rollout undo deploy/checkout-3` now',
    'Logs:\n```ERROR pool exhausted (1)\n  at Pool.acquire```',
    'a*b* is not bold, (*this*) is',
    '&gt; quoted\n&gt; twice\nthen not',
    '&gt;&gt;&gt; the rest\nis quoted',
    '_italic with `code` inside_ and ~strike~',
    ':fire::skin-tone-3: at 10:12:30',
    '<https://x.example|label with *bold* and <@U1>>',
    'snake_case_names and a*b*c',
  ])('%s', (text) => {
    expect(parseMrkdwn(text)).toEqual(parse(text).children);
  });

  it('gives the same nodes for any mix of marks, mentions, links and plain text (seeded)', () => {
    fc.assert(
      fc.property(message, (text) => {
        expect(parseMrkdwn(text)).toEqual(parse(text).children);
      }),
      { numRuns: 2_000 },
    );
  });
});
