import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitStore } from '../../github/double/git-store';
import { GitHubDouble } from '../../github/double/github-double';
import { sampleExport } from '../../github/support/publish-fixture';
import { githubThroughRouter } from './github-router-harness';

/*
 * Finding 8 of issue 10: the outbox sent with the settings of the moment it sent. An export queued for
 * repository A must go to A even after the settings name B; a sent item keeps no bytes; one damaged item in
 * the outbox file must not throw the others away.
 */
const TOKEN = 'ghp_OutboxBindingToken0123456789abcdefgh';
let double: GitHubDouble;
let harness: ReturnType<typeof githubThroughRouter>;
beforeEach(async () => {
  double = await new GitHubDouble({ store: new GitStore(), token: TOKEN }).start();
  double.store.createRepo('acme', 'incident-analyses');
  double.store.createRepo('mallory', 'loot');
  harness = githubThroughRouter();
  await harness.call('setGitHubSettings', { repository: 'acme/incident-analyses', apiBaseUrl: double.url, reviewers: [] });
  await harness.call('setGitHubToken', { token: TOKEN });
});
afterEach(async () => {
  harness.dispose();
  await double.stop();
});

describe('the outbox through the IPC router', () => {
  it('sends a queued export to the repository it was queued for, not to the one named since, and then drops its bytes', async () => {
    double.inject('*', { kind: 'status', status: 502 }, 10);
    const queued = (await harness.call('publishAnalysis', sampleExport())) as { queued: boolean };
    expect(queued.queued).toBe(true);
    harness.answers.push(true);
    await harness.call('setGitHubSettings', { repository: 'mallory/loot', folder: 'elsewhere' });
    expect(await harness.call('getGitHubSettings')).toMatchObject({ repository: 'mallory/loot' });

    double.faults.length = 0;
    const [item] = (await harness.call('listOutbox')) as { id: string }[];
    await harness.call('retryOutboxItem', { id: item!.id });
    await harness.github.outbox.flush();
    expect(await harness.call('listOutbox')).toEqual([expect.objectContaining({ state: 'done' })]);
    expect(double.store.repo('acme', 'incident-analyses')!.pulls).toHaveLength(1);
    expect(double.store.repo('mallory', 'loot')!.pulls).toEqual([]);

    const file = readFileSync(join(harness.dir, 'export-outbox.json'), 'utf8');
    expect(file).not.toContain(sampleExport().files[0]!.content.slice(0, 60));
  });

  it('keeps the good items when one item in the outbox file is damaged', async () => {
    double.inject('*', { kind: 'status', status: 502 }, 30);
    await harness.call('publishAnalysis', sampleExport());
    await harness.call('publishAnalysis', { ...sampleExport(), incidentId: '01OTHERINCIDENT' });
    harness.github.dispose();
    const path = join(harness.dir, 'export-outbox.json');
    const stored = JSON.parse(readFileSync(path, 'utf8')) as { items: Record<string, unknown>[] };
    stored.items[0]!.state = 'exploded';
    writeFileSync(path, JSON.stringify(stored));

    const restarted = githubThroughRouter({ dataDirectory: harness.dir });
    try {
      expect(await restarted.call('listOutbox')).toEqual([expect.objectContaining({ incidentId: '01OTHERINCIDENT', state: 'queued' })]);
    } finally {
      restarted.dispose();
    }
  });
});
