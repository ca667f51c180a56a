import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { z } from 'zod';
import { createGitHubHandlers } from '../../../src/main/github/github-handlers';
import type { SafeStorageLike } from '../../../src/main/github/token-store';
import { eventContract, invokeContract, type EventName, type InvokeName } from '../../../src/shared/contract/ipc-contract';
import { GitStore } from '../../github/double/git-store';
import { GitHubDouble } from '../../github/double/github-double';
import { sampleExport } from '../../github/support/publish-fixture';

/*
 * The GitHub token goes into main and never comes out. This test drives every analysis-export handler through
 * success and every kind of failure (including a server that echoes the Authorization header back in its error
 * text, as some proxies and misconfigured Enterprise servers do), then looks for the token in everything a
 * renderer or a person could see: each IPC reply (parsed with its contract schema, as the router does), each
 * event payload, every console line, every file main wrote (settings, outbox, exported paths, the token file),
 * the folder the document was saved to, and the document committed to GitHub.
 */
const TOKEN = 'ghp_S3cretTokenValue0123456789abcdefXYZ';
const forms = [TOKEN, Buffer.from(TOKEN).toString('base64'), TOKEN.slice(4, 24)];

/** Electron's safeStorage stand-in: really transforms the bytes (so clear text on disk would show) and records use. */
function recordingSafeStorage(backend = 'gnome_libsecret') {
  const encrypted: string[] = [];
  const storage: SafeStorageLike = {
    isEncryptionAvailable: () => true,
    encryptString: (s) => {
      encrypted.push(s);
      return Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0xa5));
    },
    decryptString: (b) => Buffer.from(b.map((x) => x ^ 0xa5)).toString('utf8'),
    getSelectedStorageBackend: () => backend,
  };
  return { storage, encrypted };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const leaks = (text: string): string[] => forms.filter((form) => text.includes(form));

let dir: string;
let double: GitHubDouble;
let consoleSpies: MockInstance[];
const seen: { where: string; text: string }[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-token-'));
  seen.length = 0;
  double = await new GitHubDouble({ store: new GitStore(), token: TOKEN }).start();
  double.store.createRepo('acme', 'incident-analyses');
  consoleSpies = (['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m));
});
afterEach(async () => {
  for (const spy of consoleSpies) spy.mockRestore();
  await double.stop();
  rmSync(dir, { recursive: true, force: true });
});

function start(storage: SafeStorageLike) {
  const github = createGitHubHandlers({
    safeStorage: storage,
    dataDirectory: dir,
    platform: 'linux',
    broadcast: (name: EventName, payload) => {
      // What the renderer would receive: the payload as main's event sender parses it.
      seen.push({ where: `event ${name}`, text: JSON.stringify(eventContract[name].payload.parse(payload)) });
    },
    chooseFolder: async () => join(dir, 'saved'),
    allowLoopbackHttp: true,
    fastTiming: true,
  });
  /** Calls a handler the way the IPC router does: request and reply both through the contract's schemas. */
  async function call<K extends InvokeName & keyof typeof github.handlers>(name: K, request?: unknown): Promise<unknown> {
    const spec = invokeContract[name];
    const handler = github.handlers[name] as (r: unknown) => unknown;
    const reply = spec.response.parse(await handler(spec.request.parse(request)));
    seen.push({ where: `reply ${name}`, text: JSON.stringify(reply) ?? 'undefined' });
    return reply;
  }
  return { github, call };
}

describe('the GitHub token', () => {
  it('appears in no reply, event, log line, file or exported document, whatever happens to the export', async () => {
    const { storage, encrypted } = recordingSafeStorage();
    const { github, call } = start(storage);
    await call('setGitHubSettings', { repository: 'acme/incident-analyses', apiBaseUrl: double.url, reviewers: [] });
    expect(await call('setGitHubToken', { token: TOKEN })).toMatchObject({ ok: true });
    await call('getGitHubSettings');
    await call('getGitHubAuthStatus');

    // A clean export, then one failure of each kind the user can meet.
    expect(await call('publishAnalysis', sampleExport())).toMatchObject({ ok: true });
    const echo = { message: `Invalid request: Authorization: token ${TOKEN}`, documentation_url: 'https://docs.github.com/rest' };
    const failures: [string, Parameters<GitHubDouble['inject']>[1], number][] = [
      ['*', { kind: 'status', status: 401, body: echo }, 1],
      ['*', { kind: 'status', status: 403, body: echo }, 1],
      ['POST /repos/{owner}/{repo}/git/trees', { kind: 'status', status: 404, body: echo }, 1],
      ['*', { kind: 'status', status: 422, body: echo }, 1],
      ['*', { kind: 'status', status: 400, body: echo }, 1],
      ['*', { kind: 'status', status: 502, body: echo }, 10],
    ];
    for (const [n, [operation, action, times]] of failures.entries()) {
      double.faults.length = 0;
      double.inject(operation, action, times);
      const reply = await call('publishAnalysis', sampleExport(` edit ${n}`));
      expect(reply, `${(action as { status: number }).status}`).toMatchObject({ ok: false });
    }
    double.faults.length = 0;

    // Offline: the export waits in the outbox file, then is retried.
    await double.stop();
    expect(await call('publishAnalysis', sampleExport(' offline'))).toMatchObject({ ok: false, queued: true });
    const [queued] = (await call('listOutbox')) as { id: string }[];
    await call('retryOutboxItem', { id: queued!.id });
    await github.outbox.flush();
    await call('listOutbox');
    await call('saveAnalysisToFolder', { files: sampleExport().files });
    await call('startDeviceFlow');
    github.dispose();

    expect(seen.length).toBeGreaterThan(15);
    // The echoing server's text did reach the user's error message: with the token hidden.
    expect(seen.some(({ text }) => text.includes('Authorization: token [token hidden]'))).toBe(true);
    for (const { where, text } of seen) expect(leaks(text), where).toEqual([]);
    for (const spy of consoleSpies) {
      for (const args of spy.mock.calls) expect(leaks(args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : JSON.stringify(a) ?? String(a))).join(' '))).toEqual([]);
    }
    const written = filesUnder(dir);
    expect(written.map((f) => f.slice(dir.length + 1)).sort()).toEqual(
      expect.arrayContaining(['export-outbox.json', 'github-settings.json', 'github-token.json', expect.stringMatching(/^saved\//)]),
    );
    for (const file of written) expect(leaks(readFileSync(file).toString('latin1')), file).toEqual([]);
    // What was committed to GitHub: the document and its images, no token.
    const blobs = [...double.store.blobs.values()];
    expect(blobs.length).toBeGreaterThan(0);
    for (const blob of blobs) expect(leaks(blob.toString('latin1'))).toEqual([]);

    // Stored only through safeStorage: the file holds exactly safeStorage's ciphertext of the token.
    expect(encrypted).toEqual([TOKEN]);
    const onDisk = JSON.parse(readFileSync(join(dir, 'github-token.json'), 'utf8')) as { data: string };
    expect(storage.decryptString(Buffer.from(onDisk.data, 'base64'))).toBe(TOKEN);
  }, 60_000);

  it('has no place in any answer or event the contract lets a renderer receive', () => {
    const fields = (schema: z.ZodType): string[] => {
      const names: string[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const { properties } = node as { properties?: Record<string, unknown> };
          if (properties) names.push(...Object.keys(properties));
          Object.values(node).forEach(walk);
        }
      };
      walk(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }));
      return names;
    };
    const outgoing = [
      ...Object.values(invokeContract).map((spec) => spec.response as z.ZodType),
      ...Object.values(eventContract).map((spec) => spec.payload as z.ZodType),
    ];
    const names = outgoing.flatMap(fields);
    expect(names).toContain('hasToken'); // the walk finds fields at all
    expect(names.filter((n) => /token|secret|password|credential|authorization/i.test(n) && n !== 'hasToken')).toEqual([]);
  });

  it('on Linux with only the basic_text backend is stored only after the user agreed to weak protection', async () => {
    const { storage, encrypted } = recordingSafeStorage('basic_text');
    const { call } = start(storage);
    expect(await call('getGitHubAuthStatus')).toMatchObject({ needsWeakStorageConsent: true, storageBackend: 'basic_text' });
    const refused = (await call('setGitHubToken', { token: TOKEN })) as { ok: boolean; needsConsent: boolean; message: string };
    expect(refused).toMatchObject({ ok: false, needsConsent: true });
    expect(refused.message).toMatch(/weak protection/);
    expect(encrypted).toEqual([]);
    expect(filesUnder(dir)).toEqual([]);
    expect(await call('setGitHubToken', { token: TOKEN, allowWeakStorage: true })).toMatchObject({ ok: true });
    expect(encrypted).toEqual([TOKEN]);
    expect(leaks(readFileSync(join(dir, 'github-token.json'), 'latin1'))).toEqual([]);
  });
});
