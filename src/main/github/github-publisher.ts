import type { AnalysisExport, GitHubSettings } from '../../shared/contract/github-schemas';
import { gitBlobSha } from './git-blob-sha';
import type { GitHubClient } from './github-client';
import { ExportError, toExportError } from './github-errors';

/*
 * Publishes an analysis as one commit on a branch named from the incident, and one pull request.
 * Idempotent by construction: every run first looks at what GitHub already has (branch, its files' blob SHAs,
 * pull requests from that branch) and only writes the difference. So a retry after a lost response, a second
 * click or a re-export after an edit converge on the same branch and PR, and an unchanged re-export is three
 * reads and no write.
 */
export interface PublishSuccess {
  pullRequestUrl: string;
  pullRequestNumber: number;
  branch: string;
  changed: boolean;
  createdPullRequest: boolean;
  warnings: string[];
}

export type ProgressStep = 'checking' | 'forking' | 'uploading' | 'committing' | 'opening-pull-request' | 'done';
export type ProgressListener = (step: ProgressStep, message: string) => void;

type Target = { owner: string; repo: string };
interface RepoInfo {
  defaultBranch: string;
  canPush: boolean;
}

const statusOf = (err: unknown): number | undefined => (err as { status?: number }).status;
const messageOf = (err: unknown): string => {
  const e = err as { message?: string; response?: { data?: { message?: string; errors?: { message?: string }[] } } };
  return [e.response?.data?.message, ...(e.response?.data?.errors ?? []).map((x) => x.message), e.message].filter(Boolean).join(' ');
};

export class AnalysisPublisher {
  private repoInfo: RepoInfo | null = null;

  constructor(
    private readonly client: GitHubClient,
    private readonly settings: GitHubSettings,
    private readonly onProgress: ProgressListener = () => {},
  ) {}

  private get upstream(): Target {
    const [owner, repo] = this.settings.repository.split('/');
    if (!owner || !repo) throw new ExportError('not-configured', 'Choose the analysis repository (owner/name) in Settings → GitHub first.');
    return { owner, repo };
  }

  async publish(exp: AnalysisExport): Promise<PublishSuccess> {
    const upstream = this.upstream;
    const host = new URL(this.settings.apiBaseUrl).host;
    try {
      return await this.run(exp, upstream);
    } catch (err) {
      throw toExportError(err, { repository: this.settings.repository, branch: this.settings.baseBranch || undefined, host });
    }
  }

  private async run(exp: AnalysisExport, upstream: Target): Promise<PublishSuccess> {
    this.onProgress('checking', `Looking for ${exp.branch} on ${this.settings.repository}`);
    let head: Target = upstream;
    let headSha = await this.branchHead(upstream, exp.branch);
    if (headSha === null) {
      const info = await this.repository(upstream);
      if (!info.canPush) {
        head = await this.forkOf(upstream);
        headSha = await this.branchHead(head, exp.branch);
      }
    }
    const { changed } = await this.writeFiles(exp, head, headSha);
    const pr = await this.ensurePullRequest(exp, upstream, head, changed);
    this.onProgress('done', changed ? `Pull request #${pr.number} is up to date` : `Nothing changed since the last export (#${pr.number})`);
    return {
      pullRequestUrl: pr.url,
      pullRequestNumber: pr.number,
      branch: exp.branch,
      changed,
      createdPullRequest: pr.created,
      warnings: pr.warnings,
    };
  }

  private async repository(target: Target): Promise<RepoInfo> {
    if (this.repoInfo) return this.repoInfo;
    const { data } = await this.client.rest.repos.get(target);
    this.repoInfo = { defaultBranch: data.default_branch, canPush: data.permissions?.push !== false };
    return this.repoInfo;
  }

  private async baseBranch(upstream: Target): Promise<string> {
    return this.settings.baseBranch || (await this.repository(upstream)).defaultBranch;
  }

  private async forkOf(upstream: Target): Promise<Target> {
    this.onProgress('forking', `You cannot push to ${this.settings.repository}; using your fork instead`);
    const { data } = await this.client.rest.repos.createFork(upstream);
    return { owner: data.owner.login, repo: data.name };
  }

  /** The commit a branch points at, or null when there is no such branch. */
  private async branchHead(target: Target, branch: string): Promise<string | null> {
    try {
      const { data } = await this.client.rest.git.getRef({ ...target, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (err) {
      if (statusOf(err) === 404) return null;
      throw err;
    }
  }

  /** path → blob sha of a commit's files (GitHub resolves a commit sha to its tree). */
  private async filesAt(target: Target, commitSha: string): Promise<{ treeSha: string; files: Map<string, string> }> {
    const { data } = await this.client.rest.git.getTree({ ...target, tree_sha: commitSha, recursive: 'true' });
    const files = new Map<string, string>();
    for (const entry of data.tree) if (entry.type === 'blob' && entry.path && entry.sha) files.set(entry.path, entry.sha);
    return { treeSha: data.sha, files };
  }

  private async writeFiles(exp: AnalysisExport, head: Target, knownHead: string | null): Promise<{ changed: boolean }> {
    const wanted = exp.files.map((f) => {
      const bytes = Buffer.from(f.content, f.encoding === 'base64' ? 'base64' : 'utf8');
      return { ...f, bytes, sha: gitBlobSha(bytes) };
    });
    let headSha = knownHead;
    // Twice at most: a branch that appears between our read and our create (another click, a lost response).
    for (let attempt = 0; attempt < 3; attempt++) {
      const parent = headSha ?? (await this.baseCommit(head));
      const { treeSha, files } = await this.filesAt(head, parent);
      const missing = wanted.filter((f) => files.get(f.path) !== f.sha);
      const wantedPaths = new Set(wanted.map((f) => f.path));
      const stale = (exp.replacesPaths ?? []).filter((p) => files.has(p) && !wantedPaths.has(p));
      if (missing.length === 0 && stale.length === 0) {
        if (headSha !== null) return { changed: false };
        // The base branch already holds this exact analysis: a branch would have no commits to review.
        throw new ExportError('no-changes', 'The base branch already contains this exact analysis document; there is nothing new to review.');
      }
      this.onProgress('uploading', `Uploading ${missing.length} file${missing.length === 1 ? '' : 's'}`);
      const entries: { path: string; mode: '100644'; type: 'blob'; sha?: string | null; content?: string }[] = stale.map((path) => ({
        path,
        mode: '100644' as const,
        type: 'blob' as const,
        sha: null,
      }));
      for (const f of missing) {
        if (f.encoding === 'utf8') entries.push({ path: f.path, mode: '100644' as const, type: 'blob' as const, content: f.content });
        else {
          const { data } = await this.client.rest.git.createBlob({ ...head, content: f.content, encoding: 'base64' });
          entries.push({ path: f.path, mode: '100644' as const, type: 'blob' as const, sha: data.sha });
        }
      }
      const { data: tree } = await this.client.rest.git.createTree({ ...head, base_tree: treeSha, tree: entries });
      this.onProgress('committing', 'Committing the analysis');
      const { data: commit } = await this.client.rest.git.createCommit({ ...head, message: exp.commitMessage, tree: tree.sha, parents: [parent] });
      try {
        if (headSha === null) await this.client.rest.git.createRef({ ...head, ref: `refs/heads/${exp.branch}`, sha: commit.sha });
        else await this.client.rest.git.updateRef({ ...head, ref: `heads/${exp.branch}`, sha: commit.sha, force: false });
        return { changed: true };
      } catch (err) {
        const text = messageOf(err);
        const raced = statusOf(err) === 422 && /Reference already exists|not a fast forward/i.test(text);
        if (!raced && statusOf(err) !== 409) throw err;
        // Someone (maybe our own earlier attempt) moved the branch: look again and write only what is still missing.
        headSha = await this.branchHead(head, exp.branch);
      }
    }
    throw new ExportError('conflict', `The branch ${exp.branch} kept changing while exporting. Export again in a moment.`);
  }

  private async baseCommit(head: Target): Promise<string> {
    const base = await this.baseBranch(this.upstream);
    const sha = await this.branchHead(head, base);
    if (sha === null) {
      throw new ExportError('not-found', `The base branch ${base} does not exist on ${head.owner}/${head.repo}. Check the base branch in Settings → GitHub.`);
    }
    return sha;
  }

  private async findPullRequest(upstream: Target, head: Target, branch: string) {
    const { data } = await this.client.rest.pulls.list({ ...upstream, head: `${head.owner}:${branch}`, state: 'all', per_page: 20 });
    return data.find((pr) => pr.state === 'open') ?? data.find((pr) => pr.state === 'closed' && !pr.merged_at) ?? null;
  }

  private async ensurePullRequest(exp: AnalysisExport, upstream: Target, head: Target, changed: boolean) {
    const warnings: string[] = [];
    this.onProgress('opening-pull-request', 'Checking the pull request');
    let pr = await this.findPullRequest(upstream, head, exp.branch);
    let created = false;
    if (pr) {
      const reopen = pr.state === 'closed';
      if (reopen || pr.body !== exp.body || pr.title !== exp.title) {
        await this.client.rest.pulls.update({ ...upstream, pull_number: pr.number, title: exp.title, body: exp.body, ...(reopen ? { state: 'open' as const } : {}) });
      }
    } else {
      const base = await this.baseBranch(upstream);
      try {
        const { data } = await this.client.rest.pulls.create({
          ...upstream,
          title: exp.title,
          body: exp.body,
          head: head.owner === upstream.owner ? exp.branch : `${head.owner}:${exp.branch}`,
          base,
          draft: this.settings.draft,
          maintainer_can_modify: true,
        });
        created = true;
        pr = { ...data, labels: [], requested_reviewers: [] } as unknown as typeof pr;
      } catch (err) {
        if (!(statusOf(err) === 422 && /pull request already exists/i.test(messageOf(err)))) throw err;
        // An earlier attempt of this export opened it and the answer was lost (a retried POST), or a second click of
        // the same export did: reuse that one. None existed when this export looked, so it still opened it.
        pr = await this.findPullRequest(upstream, head, exp.branch);
        if (!pr) throw err;
        created = true;
      }
    }
    const number = pr!.number;
    const haveLabels = new Set((pr!.labels ?? []).map((l) => (typeof l === 'string' ? l : l.name)));
    const labels = this.settings.labels.filter((l) => !haveLabels.has(l));
    if (labels.length > 0) {
      await this.client.rest.issues.addLabels({ ...upstream, issue_number: number, labels }).catch((err: unknown) => {
        warnings.push(`The labels could not be added (${statusOf(err) ?? 'error'}); add them on GitHub or check the token's permission.`);
      });
    }
    const haveReviewers = new Set((pr!.requested_reviewers ?? []).map((u) => u.login.toLowerCase()));
    const reviewers = created ? this.settings.reviewers.filter((r) => !haveReviewers.has(r.toLowerCase())) : [];
    if (reviewers.length > 0) {
      await this.client.rest.pulls.requestReviewers({ ...upstream, pull_number: number, reviewers }).catch((err: unknown) => {
        warnings.push(`Reviewers could not be requested (${statusOf(err) ?? 'error'}); check the names in Settings → GitHub.`);
      });
    }
    void changed;
    return { number, url: pr!.html_url, created, warnings };
  }
}
