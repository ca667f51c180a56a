import { describe, expect, it } from 'vitest';
import { GitHubSettingsSchema } from '../../../src/shared/contract/github-schemas';

/*
 * Settings → GitHub shows every issue of the form joined into one message, so each must be a sentence of
 * ours that says what fits, never zod's own wording. An address that is not a URL at all is one mistake:
 * the https advice (meant for a plain-http address) must not be added to it.
 */
const messages = (form: Record<string, unknown>) => GitHubSettingsSchema.safeParse(form).error?.issues.map((i) => i.message) ?? [];

describe('what Settings → GitHub says is wrong', () => {
  it('an address that is not a URL gets one message, without the https advice', () => {
    expect(messages({ apiBaseUrl: 'api.github.com without a scheme' })).toEqual([
      'Write the API address in full, for example https://api.github.com (or https://HOST/api/v3 for GitHub Enterprise Server).',
    ]);
  });

  it('a plain-http address elsewhere gets the https advice alone', () => {
    expect(messages({ apiBaseUrl: 'http://ghe.example.com/api/v3' })).toEqual([
      'Use an https:// address: the token must not cross the network unencrypted (http:// works only for this computer).',
    ]);
  });

  it('every other field past its limit says its limit in words', () => {
    expect(messages({ baseBranch: 'b'.repeat(251) })).toEqual(['A branch name is at most 250 characters.']);
    expect(messages({ folder: 'f'.repeat(301) })).toEqual(['The folder is at most 300 characters.']);
    expect(messages({ labels: ['  '] })).toEqual(['A label cannot be empty.']);
    expect(messages({ labels: ['l'.repeat(51)] })).toEqual(['A label is at most 50 characters.']);
    expect(messages({ labels: Array.from({ length: 21 }, (_, i) => `label-${i}`) })).toEqual(['Give at most 20 labels.']);
    expect(messages({ reviewers: [''] })).toEqual(['A reviewer cannot be empty.']);
    expect(messages({ reviewers: ['r'.repeat(40)] })).toEqual(['A GitHub user name is at most 39 characters.']);
    expect(messages({ reviewers: Array.from({ length: 16 }, (_, i) => `dev${i}`) })).toEqual(['Give at most 15 reviewers.']);
    expect(messages({ oauthClientId: 'c'.repeat(101) })).toEqual(['The OAuth client id is at most 100 characters.']);
  });

  it('the limits themselves are accepted', () => {
    const atLimits = {
      baseBranch: 'b'.repeat(250),
      folder: 'f'.repeat(300),
      labels: Array.from({ length: 20 }, () => 'l'.repeat(50)),
      reviewers: Array.from({ length: 15 }, () => 'r'.repeat(39)),
      oauthClientId: 'c'.repeat(100),
    };
    expect(messages(atLimits)).toEqual([]);
  });
});
