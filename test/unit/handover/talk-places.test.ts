import { describe, expect, it } from 'vitest';
import { talkPlaces } from '../../../src/shared/handover/talk-places';
import { entryAt, T0 } from '../../support/domain-fixtures';

describe('where people are talking, read from the log', () => {
  it('finds chat and call links and channel names, each once, first mention first', () => {
    const entries = [
      entryAt(T0, { text: 'war room https://meet.google.com/abc-defg-hij and #inc-4711', author: 'Dana' }),
      entryAt(T0 + 1, { text: 'thread: https://acme.slack.com/archives/C0123/p1700000000 (same #inc-4711)', author: 'Fox' }),
      entryAt(T0 + 2, { text: 'moved to https://teams.microsoft.com/l/meetup-join/19%3ameeting', author: 'Sam' }),
    ];
    expect(talkPlaces(entries).map((p) => [p.place, p.author])).toEqual([
      ['https://meet.google.com/abc-defg-hij', 'Dana'],
      ['#inc-4711', 'Dana'],
      ['https://acme.slack.com/archives/C0123/p1700000000', 'Fox'],
      ['https://teams.microsoft.com/l/meetup-join/19%3ameeting', 'Sam'],
    ]);
  });

  it('leaves out other links, issue numbers, anchors, hosts that only look alike, and deleted lines', () => {
    const entries = [
      entryAt(T0, { text: 'see https://github.com/acme/api/issues/12#issuecomment-1 and PR #1234' }),
      entryAt(T0 + 1, { text: 'phishing? https://slack.com.evil.test/x and https://notzoom.us/j/1' }),
      entryAt(T0 + 2, { text: 'C# code, page#top, a&#35;b' }),
      entryAt(T0 + 3, { text: 'old call https://zoom.us/j/9 and #old-channel', deletedAt: T0 + 4 }),
    ];
    expect(talkPlaces(entries)).toEqual([]);
  });
});
