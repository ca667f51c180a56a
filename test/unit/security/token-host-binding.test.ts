import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitStore } from '../../github/double/git-store';
import { GitHubDouble } from '../../github/double/github-double';
import { sampleExport } from '../../github/support/publish-fixture';
import { githubThroughRouter } from './github-router-harness';

/*
 * Finding 1 of issue 10: a page that runs script calls setGitHubSettings({ apiBaseUrl: attacker }) and then
 * publishAnalysis. The token must reach only the API address it was entered for; a change of address or
 * repository is asked in main's own dialog, and another address needs the token entered again.
 */
const TOKEN = 'ghp_HostBoundToken0123456789abcdefghijk';

/** A server that records the Authorization header of every request it gets. */
async function listeningAttacker(): Promise<{ url: string; authorizations: string[]; server: Server }> {
  const authorizations: string[] = [];
  const server = createServer((req, res) => {
    authorizations.push(req.headers.authorization ?? '(none)');
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}`, authorizations, server };
}

let double: GitHubDouble;
let attacker: Awaited<ReturnType<typeof listeningAttacker>>;
let harness: ReturnType<typeof githubThroughRouter>;
beforeEach(async () => {
  double = await new GitHubDouble({ store: new GitStore(), token: TOKEN }).start();
  double.store.createRepo('acme', 'incident-analyses');
  attacker = await listeningAttacker();
  harness = githubThroughRouter();
  await harness.call('setGitHubSettings', { repository: 'acme/incident-analyses', apiBaseUrl: double.url, reviewers: [] });
  await harness.call('setGitHubToken', { token: TOKEN });
});
afterEach(async () => {
  harness.dispose();
  attacker.server.close();
  await double.stop();
});

describe('the GitHub token is bound to the API address it was entered for', () => {
  it('a page cannot move the API address: main asks, and a "cancel" keeps the old address', async () => {
    const kept = await harness.call('setGitHubSettings', { apiBaseUrl: attacker.url });
    expect(harness.questions.map((q) => q.message)).toEqual([expect.stringContaining(new URL(attacker.url).host)]);
    expect(kept).toMatchObject({ apiBaseUrl: double.url });
    expect(await harness.call('publishAnalysis', sampleExport())).toMatchObject({ ok: true });
    expect(attacker.authorizations).toEqual([]);
  });

  it('when the user agrees to another address, the token is not sent there: it must be entered again', async () => {
    harness.answers.push(true);
    expect(await harness.call('setGitHubSettings', { apiBaseUrl: attacker.url })).toMatchObject({ apiBaseUrl: attacker.url });
    const reply = await harness.call('publishAnalysis', sampleExport());
    expect(reply).toMatchObject({ ok: false, code: 'not-configured' });
    expect(await harness.call('getGitHubAuthStatus')).toMatchObject({ hasToken: false });
    expect(attacker.authorizations).toEqual([]);
  });

  it('a settings file changed behind main (the outbox retries with what is on disk) does not carry the token away', async () => {
    writeFileSync(join(harness.dir, 'github-settings.json'), JSON.stringify({ repository: 'acme/incident-analyses', apiBaseUrl: attacker.url }));
    expect(await harness.call('publishAnalysis', sampleExport())).toMatchObject({ ok: false, code: 'not-configured' });
    expect(attacker.authorizations).toEqual([]);
  });

  it('a change of repository is asked too, naming the new one', async () => {
    const kept = await harness.call('setGitHubSettings', { repository: 'mallory/loot' });
    expect(kept).toMatchObject({ repository: 'acme/incident-analyses' });
    expect(harness.questions.map((q) => q.message)).toEqual([expect.stringContaining('mallory/loot')]);
  });

  it.each(['https://169.254.169.254/latest', 'https://[fe80::1]/api/v3'])('refuses the link-local address %s with words that say what to use', async (url) => {
    await expect(harness.call('setGitHubSettings', { apiBaseUrl: url })).rejects.toThrowMessage(/link-local address, not a GitHub server/);
  });
});

describe('a token stored before tokens were bound (file version 1)', () => {
  it('is bound to the API address in the settings when first read, and goes nowhere else', async () => {
    const tokenFile = join(harness.dir, 'github-token.json');
    const stored = JSON.parse(readFileSync(tokenFile, 'utf8')) as { data: string; backend: string };
    writeFileSync(tokenFile, JSON.stringify({ version: 1, backend: stored.backend, data: stored.data }));
    const restarted = githubThroughRouter({ dataDirectory: harness.dir });
    try {
      expect(await restarted.call('publishAnalysis', sampleExport())).toMatchObject({ ok: true });
      writeFileSync(join(harness.dir, 'github-settings.json'), JSON.stringify({ repository: 'acme/incident-analyses', apiBaseUrl: attacker.url }));
      expect(await restarted.call('publishAnalysis', sampleExport(' later'))).toMatchObject({ ok: false, code: 'not-configured' });
      expect(attacker.authorizations).toEqual([]);
    } finally {
      restarted.github.dispose();
    }
  });
});

describe('plain http', () => {
  it('is refused, even to this computer, unless main runs in test mode', async () => {
    const production = githubThroughRouter({ allowLoopbackHttp: false });
    try {
      await expect(production.call('setGitHubSettings', { apiBaseUrl: 'http://localhost:8080' })).rejects.toThrowMessage(/Use an https:\/\/ address/);
      expect(await production.call('getGitHubSettings')).toMatchObject({ apiBaseUrl: 'https://api.github.com' });
    } finally {
      production.dispose();
    }
  });
});
