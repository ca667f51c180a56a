import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitStore } from '../../github/double/git-store';
import { GitHubDouble } from '../../github/double/github-double';
import { sampleExport } from '../../github/support/publish-fixture';
import { githubThroughRouter } from './github-router-harness';

/*
 * Finding 4 of issue 10: an echoing server's error text reaches the IPC reply and the outbox file. No run of
 * 8 or more characters of the token may survive, whether the echo is raw, cut by the 300-character limit,
 * base64 (a Basic-auth echo) or %-encoded (a URL echo).
 */
const TOKEN = 'ghp_S3cretTokenValue0123456789abcdefXYZ';
/** Every byte %-encoded, as some proxies echo a query string. */
const PERCENT = [...Buffer.from(TOKEN)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');

/** Every 8-character run of the token and of its encodings found in a text. */
function runsOfToken(text: string): string[] {
  const forms = [TOKEN, PERCENT, ...['', 'x', 'xx'].map((p) => Buffer.from(`${p}${TOKEN}`).toString('base64').slice(4))];
  const found: string[] = [];
  for (const form of forms) for (let i = 0; i + 8 <= form.length; i++) if (text.includes(form.slice(i, i + 8))) found.push(form.slice(i, i + 8));
  return found;
}

let double: GitHubDouble;
beforeEach(async () => {
  double = await new GitHubDouble({ store: new GitStore(), token: TOKEN }).start();
  double.store.createRepo('acme', 'incident-analyses');
});
afterEach(() => double.stop());

describe('an error text that echoes the token', () => {
  const echoes: [string, string][] = [
    // The whole message is cut at 300 characters in the middle of the token.
    ['straddling the cut', `${'Invalid request. '.repeat(15)}Authorization: token ${TOKEN} was not accepted`],
    ['base64, as a Basic-auth echo', `Bad credentials for Basic ${Buffer.from(`x-access:${TOKEN}`).toString('base64')}`],
    ['%-encoded, as a URL echo', `Not allowed: https://proxy.example/?auth=token%20${PERCENT}&x=1`],
  ];

  it.each(echoes)('leaves no 8-character run of the token in the reply or the outbox file when %s', async (_label, message) => {
    const { call, dir, dispose } = githubThroughRouter();
    try {
      await call('setGitHubSettings', { repository: 'acme/incident-analyses', apiBaseUrl: double.url, reviewers: [] });
      await call('setGitHubToken', { token: TOKEN });
      double.inject('*', { kind: 'status', status: 422, body: { message } }, 1);
      const reply = (await call('publishAnalysis', sampleExport())) as { ok: boolean; message: string };
      expect(reply.ok).toBe(false);
      expect(runsOfToken(reply.message)).toEqual([]);

      // A 502 that echoes: the export waits in the outbox, whose file must not hold the token either.
      double.faults.length = 0;
      double.inject('*', { kind: 'status', status: 400, body: { message } }, 1);
      await call('publishAnalysis', sampleExport(' again'));
      await double.stop();
      await call('publishAnalysis', sampleExport(' offline'));
      const outbox = readFileSync(join(dir, 'export-outbox.json'), 'utf8');
      expect(runsOfToken(outbox)).toEqual([]);
    } finally {
      dispose();
    }
  });
});
