import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitHubHandlers } from '../../src/main/github/github-handlers';
import type { SafeStorageLike } from '../../src/main/github/token-store';
import { GitStore } from './double/git-store';
import { GitHubDouble } from './double/github-double';
import { sampleExport } from './support/publish-fixture';

/** A stand-in for Electron's safeStorage that really transforms the bytes, so plain text on disk would show. */
const fakeSafeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(Buffer.from(s, 'utf8').map((b) => b ^ 0x5a)),
  decryptString: (b) => Buffer.from(b.map((x) => x ^ 0x5a)).toString('utf8'),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

let dir: string;
let double: GitHubDouble;
const events: { name: string; payload: unknown }[] = [];

function app() {
  return createGitHubHandlers({
    safeStorage: fakeSafeStorage,
    dataDirectory: dir,
    platform: 'linux',
    broadcast: (name, payload) => events.push({ name, payload }),
    chooseFolder: async () => join(dir, 'saved'),
    allowLoopbackHttp: true,
    fastTiming: true,
  });
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-outbox-'));
  events.length = 0;
  // Reserve a port, then take the double down: the first export finds nobody listening.
  double = await new GitHubDouble({ store: new GitStore() }).start();
  double.store.createRepo('acme', 'incident-analyses');
  await double.stop();
});
afterEach(async () => {
  await double.stop();
  expect(double.violations).toEqual([]);
  rmSync(dir, { recursive: true, force: true });
});

async function configure(github: ReturnType<typeof app>) {
  github.handlers.setGitHubSettings({ repository: 'acme/incident-analyses', apiBaseUrl: double.url, reviewers: [] });
  expect(github.handlers.setGitHubToken({ token: double.token })).toMatchObject({ ok: true });
}

describe('the export outbox', () => {
  it('queues an export made offline, survives a restart, and delivers it once the network is back', async () => {
    const first = app();
    await configure(first);
    const result = await first.handlers.publishAnalysis(sampleExport());
    expect(result).toMatchObject({ ok: false, code: 'offline', queued: true });
    expect(first.handlers.listOutbox()).toEqual([expect.objectContaining({ state: 'queued', attempts: 0 })]);
    first.dispose();

    // Sitrep restarts: a fresh publisher reads the same outbox file.
    const second = app();
    expect(second.handlers.listOutbox()).toEqual([expect.objectContaining({ state: 'queued', title: sampleExport().title })]);

    // Still offline: the attempt fails and the item waits with a backoff.
    await second.outbox.flush();
    const waiting = second.handlers.listOutbox()[0]!;
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1 });
    expect(waiting.nextAttemptAt).toBeGreaterThan(Date.now());
    expect(waiting.error).toMatch(/No connection/);

    // The network is back.
    await double.start();
    second.outbox.nudge();
    await second.outbox.flush();
    await expect.poll(() => second.handlers.listOutbox()[0]?.state).toBe('done');
    expect(second.handlers.listOutbox()[0]!.pullRequestUrl).toBe(`${double.url}/acme/incident-analyses/pull/1`);
    expect(double.store.allPulls()).toHaveLength(1);
    expect(events.some((e) => e.name === 'onOutboxChanged')).toBe(true);
    second.dispose();
  });

  it('marks an export failed with the reason when the user must fix something, and retries on request', async () => {
    await double.start();
    const github = app();
    await configure(github);
    double.token = 'rotated';
    github.outbox.enqueue(sampleExport());
    await github.outbox.flush();
    const failed = github.handlers.listOutbox()[0]!;
    expect(failed.state).toBe('failed');
    expect(failed.error).toMatch(/did not accept the token/);
    double.token = 'ghp_test_token';
    expect(await github.handlers.retryOutboxItem({ id: failed.id })).toBe(true);
    await expect.poll(() => github.handlers.listOutbox()[0]?.state).toBe('done');
    github.dispose();
  });
});

describe('the token', () => {
  it('is stored encrypted, never returned by a handler, and absent from the outbox file', async () => {
    const github = app();
    await configure(github);
    const stored = readFileSync(join(dir, 'github-token.json'), 'utf8');
    expect(stored).not.toContain(double.token);
    await github.handlers.publishAnalysis(sampleExport());
    const replies = JSON.stringify([
      github.handlers.getGitHubSettings(),
      github.handlers.getGitHubAuthStatus(),
      github.handlers.listOutbox(),
      events,
    ]);
    expect(replies).not.toContain(double.token);
    expect(readFileSync(join(dir, 'export-outbox.json'), 'utf8')).not.toContain(double.token);
    expect(github.handlers.getGitHubAuthStatus()).toMatchObject({ hasToken: true });
    github.handlers.clearGitHubToken();
    expect(github.handlers.getGitHubAuthStatus()).toMatchObject({ hasToken: false });
    github.dispose();
  });

  it('on Linux without a keyring asks for consent before storing with weak protection', () => {
    const weak = { ...fakeSafeStorage, getSelectedStorageBackend: () => 'basic_text' };
    const github = createGitHubHandlers({ safeStorage: weak, dataDirectory: dir, platform: 'linux', broadcast: () => {}, chooseFolder: async () => null });
    expect(github.handlers.getGitHubAuthStatus()).toMatchObject({ needsWeakStorageConsent: true });
    const refused = github.handlers.setGitHubToken({ token: 'ghp_x' });
    expect(refused).toMatchObject({ ok: false, needsConsent: true });
    expect(refused.message).toMatch(/secret store/);
    expect(github.handlers.getGitHubAuthStatus().hasToken).toBe(false);
    expect(github.handlers.setGitHubToken({ token: 'ghp_x', allowWeakStorage: true })).toMatchObject({ ok: true });
    github.dispose();
  });
});

describe('save to folder', () => {
  it('writes the document and its images inside the chosen folder only', async () => {
    const github = app();
    const exp = sampleExport('', true);
    const saved = await github.handlers.saveAnalysisToFolder({ files: exp.files });
    expect(saved).toMatchObject({ ok: true });
    expect(readFileSync(join(dir, 'saved', exp.files[0]!.path), 'utf8')).toBe(exp.files[0]!.content);
    const escape = await github.handlers.saveAnalysisToFolder({ files: [{ path: 'a/../../../evil.md', encoding: 'utf8', content: 'x' }] });
    expect(escape).toMatchObject({ ok: false, cancelled: false });
    github.dispose();
  });
});
