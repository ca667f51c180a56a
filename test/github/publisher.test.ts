import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGitHubDouble, type GitHubDouble } from './double/github-double';
import { buildAnalysisDocument, toAnalysisExport } from '../../src/shared/analysis';
import { makeIncident } from '../unit/analysis/analysis-fixtures';
import { makePublisher, sampleExport, settingsFor } from './support/publish-fixture';

let double: GitHubDouble;
beforeEach(async () => {
  double = await startGitHubDouble();
  double.store.createRepo('acme', 'incident-analyses');
});
afterEach(async () => {
  await double.stop();
  expect(double.violations).toEqual([]);
});

describe('publishing an analysis to GitHub', () => {
  it('opens one PR with the document and images in one commit, with labels and reviewers', async () => {
    const { publisher } = makePublisher(double);
    const result = await publisher.publish(sampleExport('', true));
    expect(result).toMatchObject({ pullRequestNumber: 1, changed: true, createdPullRequest: true, warnings: [] });
    expect(result.pullRequestUrl).toBe(`${double.url}/acme/incident-analyses/pull/1`);
    const repo = double.store.repo('acme', 'incident-analyses')!;
    const head = repo.refs.get(`refs/heads/${result.branch}`)!;
    const commit = double.store.commits.get(head)!;
    const files = [...double.store.trees.get(commit.tree)!.keys()].sort();
    expect(files).toEqual([
      'README.md',
      'incidents/2026-11-26-checkout-is-down-images/001-graph.png',
      'incidents/2026-11-26-checkout-is-down.md',
    ]);
    // One commit on top of the default branch.
    expect(commit.parents).toEqual([repo.refs.get('refs/heads/main')]);
    const [pr] = double.store.allPulls();
    expect(pr).toMatchObject({ labels: ['incident-analysis'], reviewers: ['sam'], base: 'main', draft: false });
  });

  it('an unchanged re-export makes at most three requests and writes nothing', async () => {
    await makePublisher(double).publisher.publish(sampleExport());
    const before = double.requests.length;
    const again = makePublisher(double);
    const result = await again.publisher.publish(sampleExport());
    expect(result.changed).toBe(false);
    expect(again.requests).toBeLessThanOrEqual(3);
    expect(double.requests.slice(before).filter((r) => !r.operation.startsWith('GET '))).toEqual([]);
  });

  it('a re-export after an edit updates the same branch and PR', async () => {
    const first = await makePublisher(double).publisher.publish(sampleExport());
    const second = await makePublisher(double).publisher.publish(sampleExport(' (corrected)'));
    expect(second).toMatchObject({ changed: true, createdPullRequest: false, pullRequestNumber: first.pullRequestNumber });
    expect(double.store.extraBranches()).toHaveLength(1);
    expect(double.store.allPulls()).toHaveLength(1);
  });

  it('opens a draft on the configured base branch of a GitHub Enterprise-style base URL', async () => {
    const repo = double.store.repo('acme', 'incident-analyses')!;
    repo.refs.set('refs/heads/analyses', repo.refs.get('refs/heads/main')!);
    const { publisher } = makePublisher(double, settingsFor(double, { baseBranch: 'analyses', draft: true }));
    await publisher.publish(sampleExport());
    expect(double.store.allPulls()[0]).toMatchObject({ base: 'analyses', draft: true });
  });

  it('forks and opens the PR from the fork when the user cannot push', async () => {
    double.store.repo('acme', 'incident-analyses')!.canPush = false;
    const run = makePublisher(double);
    const result = await run.publisher.publish(sampleExport());
    expect(run.progress.map((p) => p.step)).toContain('forking');
    const fork = double.store.repo('dana', 'incident-analyses')!;
    expect(fork.refs.has(`refs/heads/${result.branch}`)).toBe(true);
    expect(double.store.allPulls()).toEqual([expect.objectContaining({ head: { owner: 'dana', repo: 'incident-analyses', ref: result.branch } })]);
    // A second click reuses the fork's branch and the PR.
    const again = await makePublisher(double).publisher.publish(sampleExport());
    expect(again.pullRequestNumber).toBe(result.pullRequestNumber);
    expect(double.store.allPulls()).toHaveLength(1);
  });
});

describe('the branch', () => {
  it('stays the same when the incident title is edited: the same PR is updated and the old file replaced', async () => {
    const exportOf = (title: string) => {
      const incident = makeIncident({ title });
      return toAnalysisExport(incident, buildAnalysisDocument({ incident, entries: [] }));
    };
    const before = exportOf('Checkout is down');
    const first = await makePublisher(double).publisher.publish(before);
    const after = { ...exportOf('Checkout down in the EU'), replacesPaths: before.files.map((f) => f.path) };
    const second = await makePublisher(double).publisher.publish(after);
    expect(second.branch).toBe(first.branch);
    expect(second.pullRequestNumber).toBe(first.pullRequestNumber);
    expect(double.store.allPulls()).toHaveLength(1);
    // The renamed document replaces the old one in the same commit.
    const repo = double.store.repo('acme', 'incident-analyses')!;
    const tree = double.store.trees.get(double.store.commits.get(repo.refs.get(`refs/heads/${second.branch}`)!)!.tree)!;
    expect([...tree.keys()].sort()).toEqual(['2026-11-26-checkout-down-in-the-eu.md', 'README.md']);
  });
});
