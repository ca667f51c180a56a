import { afterEach, describe, expect, it } from 'vitest';
import { githubThroughRouter } from './github-router-harness';

/*
 * Finding 5 of issue 10: a settings patch must keep every field it does not name. Before, zod's .partial()
 * filled the missing keys with defaults, so naming only the repository sent a GHES token to api.github.com.
 */
let harness: ReturnType<typeof githubThroughRouter> | undefined;
afterEach(() => harness?.dispose());

describe('a GitHub settings patch through the IPC router', () => {
  it('changes only the fields it names', async () => {
    harness = githubThroughRouter();
    const { call } = harness;
    await call('setGitHubSettings', { apiBaseUrl: 'https://ghe.example.com/api/v3', folder: 'postmortems', labels: ['sev'], draft: true });
    const after = await call('setGitHubSettings', { baseBranch: 'trunk' });
    expect(after).toMatchObject({ apiBaseUrl: 'https://ghe.example.com/api/v3', folder: 'postmortems', labels: ['sev'], draft: true, baseBranch: 'trunk' });
    expect(await call('getGitHubSettings')).toEqual(after);
  });
});
