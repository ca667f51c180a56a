import { describe, expect, it } from 'vitest';
import { GitHubSettingsSchema } from '../../../src/shared/contract/github-schemas';

/*
 * The token goes with every request to the API address in Settings → GitHub. Over plain http anyone on the
 * network path reads it, so http is accepted only for a server on this computer (a local test double).
 */
const accepts = (apiBaseUrl: string) => GitHubSettingsSchema.safeParse({ apiBaseUrl }).success;

describe('the GitHub API address', () => {
  it.each(['https://api.github.com', 'HTTPS://ghe.example.com/api/v3', 'https://10.0.0.5:8443/api/v3', 'http://127.0.0.1:4567', 'http://localhost:3000/api/v3', 'http://[::1]:8080'])(
    'accepts %s',
    (url) => expect(accepts(url)).toBe(true),
  );

  it.each(['http://ghe.example.com/api/v3', 'http://10.0.0.5/api/v3', 'http://127.0.0.1.evil.example', 'http://localhost.evil.example', 'ftp://ghe.example.com', 'file:///tmp/x', 'not a url'])(
    'refuses %s, saying to use https',
    (url) => {
      const parsed = GitHubSettingsSchema.safeParse({ apiBaseUrl: url });
      expect(parsed.success).toBe(false);
      if (url.startsWith('http:')) expect(parsed.error!.issues[0]!.message).toMatch(/Use an https:\/\/ address/);
    },
  );
});
