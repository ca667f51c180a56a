import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/shared/import/teams-messages';

// A message body is a piece of HTML, not a page: rows cut out of a table keep their row breaks, as they do
// inside one, instead of being run together into one line.
describe('a Teams body holding table rows without their table', () => {
  it('reads one row per line', () => {
    expect(htmlToText('<tr><td>api: 502s</td></tr><tr><td>db: failover done</td></tr>')).toBe('api: 502s\ndb: failover done\n');
  });
});
