import { describe, expect, it } from 'vitest';
import { GitHubSettingsSchema } from '../../../src/shared/contract/github-schemas';

/*
 * Settings → GitHub shows every issue of the form joined into one message. An address that is not a URL at
 * all is one mistake: the https advice (meant for a plain-http address) must not be added to it.
 */
const messages = (apiBaseUrl: string) => GitHubSettingsSchema.safeParse({ apiBaseUrl }).error?.issues.map((i) => i.message) ?? [];

describe('what the GitHub API address field says is wrong', () => {
  it('an address that is not a URL gets one message, without the https advice', () => {
    const said = messages('api.github.com without a scheme');
    expect(said).toHaveLength(1);
    expect(said.join(' ')).not.toMatch(/https:\/\//);
  });

  it('a plain-http address elsewhere gets the https advice alone', () => {
    expect(messages('http://ghe.example.com/api/v3')).toEqual([
      'Use an https:// address: the token must not cross the network unencrypted (http:// works only for this computer).',
    ]);
  });
});
