import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportError } from '../../src/main/github/github-errors';
import { startGitHubDouble, type FaultAction, type GitHubDouble } from './double/github-double';
import { makePublisher, sampleExport } from './support/publish-fixture';

/*
 * Every fault GitHub or the network can throw at an export. Each case: the user sees a message that says what
 * to do (or the export recovers by itself), and after a second click there is exactly one branch and one PR.
 */
const REPO = 'GET /repos/{owner}/{repo}';
const REFS = 'POST /repos/{owner}/{repo}/git/refs';
const PULLS = 'POST /repos/{owner}/{repo}/pulls';
const TREES = 'POST /repos/{owner}/{repo}/git/trees';
const soon = () => String(Math.floor(Date.now() / 1000) + 1);
const err = (message: string, extra: Record<string, unknown> = {}) => ({ message, documentation_url: 'https://docs.github.com/rest', ...extra });

let double: GitHubDouble;
beforeEach(async () => {
  double = await startGitHubDouble();
  double.store.createRepo('acme', 'incident-analyses');
});
afterEach(async () => {
  await double.stop();
  expect(double.violations).toEqual([]);
});

async function publishExpectingError(): Promise<ExportError> {
  const failure = await makePublisher(double).publisher.publish(sampleExport()).then(
    () => null,
    (e: unknown) => e,
  );
  expect(failure).toBeInstanceOf(ExportError);
  return failure as ExportError;
}

async function expectOneBranchAndPullAfterRetry(): Promise<void> {
  double.faults.length = 0;
  await makePublisher(double).publisher.publish(sampleExport());
  expect(double.store.extraBranches()).toHaveLength(1);
  expect(double.store.allPulls()).toHaveLength(1);
}

interface FailingCase {
  name: string;
  operation: string;
  action: FaultAction;
  code: ExportError['code'];
  says: RegExp;
}

const failing: FailingCase[] = [
  { name: '401 bad or expired token', operation: REPO, action: { kind: 'status', status: 401, body: err('Bad credentials') }, code: 'bad-token', says: /token.*(wrong|expired).*Settings → GitHub/ },
  {
    name: '403 with X-Accepted-GitHub-Permissions',
    operation: REFS,
    action: { kind: 'status', status: 403, body: err('Resource not accessible by personal access token'), headers: { 'x-accepted-github-permissions': 'contents=write' } },
    code: 'missing-permission',
    says: /GitHub asks for: contents=write/,
  },
  { name: '404 repository not found', operation: REPO, action: { kind: 'status', status: 404, body: err('Not Found') }, code: 'not-found', says: /cannot find acme\/incident-analyses.*Settings → GitHub/ },
  { name: '409 conflict (persisting past retries)', operation: TREES, action: { kind: 'status', status: 409, body: err('Git Repository is empty.') }, code: 'conflict', says: /conflict.*Export again/ },
  {
    name: '422 no commits between',
    operation: PULLS,
    action: { kind: 'status', status: 422, body: err('Validation Failed', { errors: [{ resource: 'PullRequest', code: 'custom', message: 'No commits between main and sitrep/x' }] }) },
    code: 'no-changes',
    says: /no changes compared with the base branch/,
  },
  { name: '500 persisting past retries', operation: TREES, action: { kind: 'status', status: 500, body: err('Server Error') }, code: 'server-error', says: /server error \(500\).*export again/i },
];

describe('fault matrix: failures the user must act on', () => {
  for (const c of failing) {
    it(`${c.name}: says what to do, then one branch and one PR after a retry`, async () => {
      double.inject(c.operation, c.action, 50);
      const error = await publishExpectingError();
      expect(error.code).toBe(c.code);
      expect(error.message).toMatch(c.says);
      await expectOneBranchAndPullAfterRetry();
    });
  }

  it('connection refused: tells the user it is offline and the outbox keeps the export', async () => {
    await double.stop();
    const error = await publishExpectingError();
    expect(error.code).toBe('offline');
    expect(error.message).toMatch(/No connection to 127\.0\.0\.1.*outbox/);
    await double.start();
    await expectOneBranchAndPullAfterRetry();
  });

  it('a rate limit that outlasts the retries says when GitHub will accept requests again', async () => {
    double.inject(REPO, { kind: 'status', status: 403, body: err('API rate limit exceeded for user ID 1.'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': soon() } }, 50);
    const error = await publishExpectingError();
    expect(error.code).toBe('rate-limited');
    expect(error.message).toMatch(/rate limit is reached\. Sitrep will try again at \d\d:\d\d:\d\d UTC/);
    expect(error.retryAt).toBeGreaterThan(Date.now() - 5_000);
    await expectOneBranchAndPullAfterRetry();
  });
});

interface RecoveringCase {
  name: string;
  operation: string;
  action: FaultAction;
  times?: number;
  check?: (run: ReturnType<typeof makePublisher>) => void;
}

const recovering: RecoveringCase[] = [
  { name: '409 once (retried)', operation: TREES, action: { kind: 'status', status: 409, body: err('Conflict') } },
  { name: '500 twice (retried)', operation: TREES, action: { kind: 'status', status: 500, body: err('Server Error') }, times: 2 },
  { name: '422 reference already exists (another click created it)', operation: REFS, action: { kind: 'status', status: 422, body: err('Reference already exists'), apply: true } },
  {
    name: '422 a pull request already exists (reused)',
    operation: PULLS,
    action: {
      kind: 'status',
      status: 422,
      apply: true,
      body: err('Validation Failed', { errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for acme:x.' }] }),
    },
  },
  {
    name: '429 primary rate limit (waits as told, shows when)',
    operation: REFS,
    action: { kind: 'status', status: 429, body: err('API rate limit exceeded'), headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': soon() } },
    check: (run) => expect(run.limits).toEqual([expect.objectContaining({ kind: 'primary', willRetry: true })]),
  },
  {
    name: 'secondary rate limit with retry-after',
    operation: PULLS,
    action: { kind: 'status', status: 403, body: err('You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'), headers: { 'retry-after': '7' } },
    check: (run) => {
      expect(run.limits).toEqual([expect.objectContaining({ kind: 'secondary', willRetry: true })]);
      expect(run.limits[0]!.retryAt).toBeGreaterThan(Date.now() + 5_000);
    },
  },
  {
    name: 'secondary rate limit without retry-after (waits the documented minute)',
    operation: PULLS,
    action: { kind: 'status', status: 403, body: err('You have exceeded a secondary rate limit.') },
    check: (run) => expect(run.limits[0]!.retryAt).toBeGreaterThan(Date.now() + 50_000),
  },
  { name: 'connection dropped after the branch was created', operation: REFS, action: { kind: 'drop-after-apply' } },
  { name: 'connection dropped after the PR was opened', operation: PULLS, action: { kind: 'drop-after-apply' } },
];

describe('fault matrix: faults the export recovers from by itself', () => {
  for (const c of recovering) {
    it(`${c.name}: one branch, one PR`, async () => {
      double.inject(c.operation, c.action, c.times ?? 1);
      const run = makePublisher(double);
      const result = await run.publisher.publish(sampleExport());
      expect(result.pullRequestNumber).toBe(1);
      // No pull request existed before this export, so the user is told it was opened, even when the answer to
      // the request that opened it was lost and the retry found it (not "Updated pull request #1").
      expect(result.createdPullRequest).toBe(true);
      c.check?.(run);
      expect(double.store.extraBranches()).toHaveLength(1);
      expect(double.store.allPulls()).toHaveLength(1);
      // And a second click changes nothing.
      const second = await makePublisher(double).publisher.publish(sampleExport());
      expect(second).toMatchObject({ createdPullRequest: false, changed: false });
      expect(double.store.extraBranches()).toHaveLength(1);
      expect(double.store.allPulls()).toHaveLength(1);
    });
  }
});
