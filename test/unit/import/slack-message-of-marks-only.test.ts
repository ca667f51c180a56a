import { describe, expect, it } from 'vitest';
import { mrkdwnToText } from '../../../src/shared/import/slack-mrkdwn';

const names = { user: () => undefined, channel: () => undefined };

// A message made of nothing but marks is still mrkdwn: a bold or italic mark around one character shows
// that character, so the imported entry reads as the person saw it in the channel, without the marks.
describe('a Slack message made only of marks', () => {
  it.each([
    ['*_*', '_'],
    ['_*_', '*'],
    ['*~*', '~'],
  ])('%s reads as %s', (mrkdwn, text) => {
    expect(mrkdwnToText(mrkdwn, names)).toBe(text);
  });
});
