import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitStore } from '../../github/double/git-store';
import { GitHubDouble } from '../../github/double/github-double';
import { sampleExport } from '../../github/support/publish-fixture';
import { githubThroughRouter } from './github-router-harness';

/*
 * Finding 2 of issue 10: main decides what it commits. A page that sends publishAnalysis with the default
 * branch, or with a workflow file, must get a refusal and GitHub must see no write at all.
 */
const TOKEN = 'ghp_ExportPlanToken0123456789abcdefghijk';
let double: GitHubDouble;
let harness: ReturnType<typeof githubThroughRouter>;
beforeEach(async () => {
  double = await new GitHubDouble({ store: new GitStore(), token: TOKEN }).start();
  double.store.createRepo('acme', 'incident-analyses', { files: { 'README.md': '# Analyses\n' } });
  harness = githubThroughRouter();
  await harness.call('setGitHubSettings', { repository: 'acme/incident-analyses', apiBaseUrl: double.url, reviewers: [] });
  await harness.call('setGitHubToken', { token: TOKEN });
});
afterEach(async () => {
  harness.dispose();
  await double.stop();
});

const doc = () => sampleExport().files[0]!;
const hostile: [string, () => unknown][] = [
  ['the default branch', () => ({ ...sampleExport(), branch: 'main' })],
  ['a branch outside sitrep/analysis-', () => ({ ...sampleExport(), branch: 'release/hotfix' })],
  ['a workflow file', () => ({ ...sampleExport(), files: [doc(), { path: '.github/workflows/x.yml', encoding: 'utf8', content: 'on: push' }] })],
  ['a workflow file alone', () => ({ ...sampleExport(), files: [{ path: '.github/workflows/x.md', encoding: 'utf8', content: 'x' }] })],
  ['a second document', () => ({ ...sampleExport(), files: [doc(), { ...doc(), path: 'incidents/2026-01-01-other.md' }] })],
  ['a script in the images folder', () => ({ ...sampleExport(), files: [doc(), { path: doc().path.replace(/\.md$/, '-images/001-x.sh'), encoding: 'base64', content: 'eA==' }] })],
  ['a file outside the configured folder', () => ({ ...sampleExport(), files: [{ ...doc(), path: doc().path.replace(/^incidents\//, 'docs/') }] })],
];

describe('publishAnalysis through the IPC router', () => {
  it.each(hostile)('refuses %s, saying why, and writes nothing to GitHub', async (_label, build) => {
    const reply = (await harness.call('publishAnalysis', build())) as { ok: boolean; code: string; message: string; queued: boolean };
    expect(reply).toMatchObject({ ok: false, code: 'invalid', queued: false });
    expect(reply.message).toMatch(/Sitrep (writes|refused)|exactly one document/);
    expect(double.writes()).toEqual([]);
  });

  it('still publishes the document and its image as the Analysis tab builds them', async () => {
    expect(await harness.call('publishAnalysis', sampleExport('', true))).toMatchObject({ ok: true });
    expect(double.writes().length).toBeGreaterThan(0);
  });
});
