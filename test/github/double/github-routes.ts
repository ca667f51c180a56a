import { blobSha, type FlatTree, type GitStore, type PullRequest, type Repo } from './git-store';
import { overlay, sample } from './schema-sample';
import { responseSchema } from './openapi-validator';

/*
 * The behaviour of the GitHub endpoints the publisher uses, on the in-memory store. Each handler returns
 * status + body; the server validates both against the OpenAPI description before sending.
 */
export interface RouteResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}
export interface RouteContext {
  store: GitStore;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The login the token belongs to (forks are created under it). */
  login: string;
  baseUrl: string;
}
export type RouteHandler = (ctx: RouteContext) => RouteResult;

const DOCS = 'https://docs.github.com/rest';
export const errorBody = (message: string, status: number): Record<string, string> => ({ message, documentation_url: DOCS, status: String(status) });
const notFound = (): RouteResult => ({ status: 404, body: errorBody('Not Found', 404) });
const validationFailed = (message: string): RouteResult => ({
  status: 422,
  body: { message: 'Validation Failed', documentation_url: DOCS, errors: [{ resource: 'PullRequest', code: 'custom', message }] },
});

function shaped(method: string, route: string, status: number, real: unknown): unknown {
  return overlay(sample(responseSchema(method, route, status)), real);
}

/** A component schema filled in, with real values on top. */
const component = (name: string, real: Record<string, unknown>): unknown => overlay(sample({ $ref: `#/components/schemas/${name}` }), real);

const labelJson = (name: string, i: number) =>
  component('label', { id: i + 1, node_id: `L_${i}`, url: 'https://github.test/l', name, description: '', color: 'ededed', default: false });

function repoOf(ctx: RouteContext): Repo | undefined {
  return ctx.store.repo(ctx.params.owner!, ctx.params.repo!);
}

const user = (login: string) => component('simple-user', { login, id: login.length, type: 'User' });

function repoJson(repo: Repo, ctx: RouteContext) {
  return {
    id: repo.id,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: user(repo.owner),
    default_branch: repo.defaultBranch,
    fork: repo.forkOf !== null,
    html_url: `${ctx.baseUrl}/${repo.owner}/${repo.name}`,
    permissions: { admin: false, maintain: false, push: repo.canPush, triage: repo.canPush, pull: true },
  };
}

function commitJson(store: GitStore, sha: string) {
  const c = store.commits.get(sha)!;
  return {
    sha,
    node_id: `C_${sha.slice(0, 8)}`,
    message: c.message,
    tree: { sha: c.tree, url: `https://github.test/trees/${c.tree}` },
    parents: c.parents.map((p) => ({ sha: p, url: `https://github.test/commits/${p}`, html_url: `https://github.test/commits/${p}` })),
  };
}

function treeJson(store: GitStore, sha: string, recursive: boolean) {
  const flat = store.trees.get(sha)!;
  const entries: Record<string, unknown>[] = [];
  const dirs = new Set<string>();
  for (const [path, entry] of [...flat.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!dirs.has(dir) && (recursive || i === 1)) {
        dirs.add(dir);
        entries.push({ path: dir, mode: '040000', type: 'tree', sha: '0'.repeat(40) });
      }
    }
    if (recursive || parts.length === 1) {
      entries.push({ path, mode: entry.mode, type: 'blob', sha: entry.sha, size: store.blobs.get(entry.sha)?.length ?? 0 });
    }
  }
  return { sha, url: `https://github.test/trees/${sha}`, truncated: false, tree: entries };
}

function refJson(ref: string, sha: string) {
  return { ref, node_id: `R_${sha.slice(0, 8)}`, url: `https://github.test/${ref}`, object: { type: 'commit', sha, url: `https://github.test/commits/${sha}` } };
}

function isAncestor(store: GitStore, ancestor: string, of: string): boolean {
  const queue = [of];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const sha = queue.pop()!;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(store.commits.get(sha)?.parents ?? []));
  }
  return false;
}

function headRepo(ctx: RouteContext, base: Repo, head: string): { repo: Repo | undefined; ref: string } {
  const colon = head.indexOf(':');
  if (colon === -1) return { repo: base, ref: head };
  return { repo: ctx.store.repo(head.slice(0, colon), base.name), ref: head.slice(colon + 1) };
}

function pullJson(ctx: RouteContext, repo: Repo, pr: PullRequest, route: string, method: string, status: number) {
  const head = ctx.store.repo(pr.head.owner, pr.head.repo)!;
  return shaped(method, route, status, {
    number: pr.number,
    id: pr.number,
    title: pr.title,
    body: pr.body,
    state: pr.state,
    draft: pr.draft,
    html_url: `${ctx.baseUrl}/${repo.owner}/${repo.name}/pull/${pr.number}`,
    labels: pr.labels.map(labelJson),
    requested_reviewers: pr.reviewers.map(user),
    head: { ref: pr.head.ref, label: `${pr.head.owner}:${pr.head.ref}`, sha: head.refs.get(`refs/heads/${pr.head.ref}`) ?? '', user: user(pr.head.owner) },
    base: { ref: pr.base, label: `${repo.owner}:${pr.base}`, sha: repo.refs.get(`refs/heads/${pr.base}`) ?? '', user: user(repo.owner) },
    created_at: pr.createdAt,
    updated_at: pr.createdAt,
  });
}

const R = {
  repo: '/repos/{owner}/{repo}',
  forks: '/repos/{owner}/{repo}/forks',
  getRef: '/repos/{owner}/{repo}/git/ref/{ref}',
  refs: '/repos/{owner}/{repo}/git/refs',
  ref: '/repos/{owner}/{repo}/git/refs/{ref}',
  commit: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
  commits: '/repos/{owner}/{repo}/git/commits',
  tree: '/repos/{owner}/{repo}/git/trees/{tree_sha}',
  trees: '/repos/{owner}/{repo}/git/trees',
  blobs: '/repos/{owner}/{repo}/git/blobs',
  pulls: '/repos/{owner}/{repo}/pulls',
  pull: '/repos/{owner}/{repo}/pulls/{pull_number}',
  reviewers: '/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
  labels: '/repos/{owner}/{repo}/issues/{issue_number}/labels',
} as const;

const forbidden = (): RouteResult => ({ status: 403, body: errorBody('Resource not accessible by personal access token', 403) });

export const routes: Record<string, RouteHandler> = {
  [`GET ${R.repo}`]: (ctx) => {
    const repo = repoOf(ctx);
    return repo ? { status: 200, body: shaped('GET', R.repo, 200, repoJson(repo, ctx)) } : notFound();
  },
  [`POST ${R.forks}`]: (ctx) => {
    const repo = repoOf(ctx);
    if (!repo) return notFound();
    const fork = ctx.store.fork(repo, ctx.login);
    return { status: 202, body: shaped('POST', R.forks, 202, repoJson(fork, ctx)) };
  },
  [`GET ${R.getRef}`]: (ctx) => {
    const repo = repoOf(ctx);
    if (!repo) return notFound();
    const ref = `refs/${ctx.params.ref}`;
    const sha = repo.refs.get(ref);
    return sha ? { status: 200, body: refJson(ref, sha) } : notFound();
  },
  [`POST ${R.refs}`]: (ctx) => {
    const repo = repoOf(ctx);
    if (!repo) return notFound();
    if (!repo.canPush) return forbidden();
    const ref = String(ctx.body.ref);
    const sha = String(ctx.body.sha);
    if (repo.refs.has(ref)) return { status: 422, body: errorBody('Reference already exists', 422) };
    if (!ctx.store.commits.has(sha)) return { status: 422, body: errorBody('Object does not exist', 422) };
    repo.refs.set(ref, sha);
    return { status: 201, body: refJson(ref, sha) };
  },
  [`PATCH ${R.ref}`]: (ctx) => {
    const repo = repoOf(ctx);
    if (!repo) return notFound();
    if (!repo.canPush) return forbidden();
    const ref = `refs/${ctx.params.ref}`;
    const current = repo.refs.get(ref);
    const sha = String(ctx.body.sha);
    if (!current) return { status: 422, body: errorBody('Reference does not exist', 422) };
    if (!ctx.store.commits.has(sha)) return { status: 422, body: errorBody('Object does not exist', 422) };
    if (ctx.body.force !== true && !isAncestor(ctx.store, current, sha)) return { status: 422, body: errorBody('Update is not a fast forward', 422) };
    repo.refs.set(ref, sha);
    return { status: 200, body: refJson(ref, sha) };
  },
  [`GET ${R.commit}`]: (ctx) => {
    const sha = ctx.params.commit_sha!;
    if (!repoOf(ctx) || !ctx.store.commits.has(sha)) return notFound();
    return { status: 200, body: shaped('GET', R.commit, 200, commitJson(ctx.store, sha)) };
  },
  [`POST ${R.commits}`]: (ctx) => {
    if (!repoOf(ctx)) return notFound();
    const tree = String(ctx.body.tree);
    const parents = (ctx.body.parents as string[] | undefined) ?? [];
    if (!ctx.store.trees.has(tree) || parents.some((p) => !ctx.store.commits.has(p))) {
      return { status: 422, body: errorBody('Tree SHA does not exist', 422) };
    }
    const sha = ctx.store.addCommit(tree, parents, String(ctx.body.message));
    return { status: 201, body: shaped('POST', R.commits, 201, commitJson(ctx.store, sha)) };
  },
  [`GET ${R.tree}`]: (ctx) => {
    const repo = repoOf(ctx);
    if (!repo) return notFound();
    let sha = ctx.params.tree_sha!;
    const byBranch = repo.refs.get(`refs/heads/${sha}`);
    if (byBranch) sha = byBranch;
    if (ctx.store.commits.has(sha)) sha = ctx.store.commits.get(sha)!.tree;
    if (!ctx.store.trees.has(sha)) return notFound();
    const recursive = ctx.query.has('recursive');
    return { status: 200, body: treeJson(ctx.store, sha, recursive) };
  },
  [`POST ${R.trees}`]: (ctx) => {
    if (!repoOf(ctx)) return notFound();
    const baseTree = ctx.body.base_tree as string | undefined;
    if (baseTree && !ctx.store.trees.has(baseTree)) return { status: 422, body: errorBody('base_tree is not a valid tree', 422) };
    const flat: FlatTree = new Map(baseTree ? ctx.store.trees.get(baseTree) : []);
    for (const item of ctx.body.tree as { path: string; mode: string; sha?: string | null; content?: string }[]) {
      if (item.sha === null) {
        flat.delete(item.path);
        continue;
      }
      const sha = item.content !== undefined ? ctx.store.addBlob(Buffer.from(item.content, 'utf8')) : String(item.sha);
      if (!ctx.store.blobs.has(sha)) return { status: 422, body: errorBody(`tree.sha ${sha} is not a valid blob`, 422) };
      flat.set(item.path, { mode: item.mode, type: 'blob', sha });
    }
    const sha = ctx.store.addTree(flat);
    return { status: 201, body: treeJson(ctx.store, sha, false) };
  },
  [`POST ${R.blobs}`]: (ctx) => {
    if (!repoOf(ctx)) return notFound();
    const encoding = ctx.body.encoding === 'base64' ? 'base64' : 'utf8';
    const sha = ctx.store.addBlob(Buffer.from(String(ctx.body.content), encoding));
    return { status: 201, body: { sha, url: `https://github.test/blobs/${sha}` } };
  },
  [`GET ${R.pulls}`]: (ctx) => {
    const repo = repoOf(ctx);
    if (!repo) return notFound();
    const state = ctx.query.get('state') ?? 'open';
    const head = ctx.query.get('head');
    const base = ctx.query.get('base');
    const found = repo.pulls.filter(
      (pr) =>
        (state === 'all' || pr.state === state) &&
        (!head || `${pr.head.owner}:${pr.head.ref}`.toLowerCase() === head.toLowerCase()) &&
        (!base || pr.base === base),
    );
    const itemSchema = (responseSchema('GET', R.pulls, 200) as { items: unknown }).items;
    return { status: 200, body: found.map((pr) => overlay(sample(itemSchema), pullJson(ctx, repo, pr, R.pulls, 'GET', 200))) };
  },
  [`POST ${R.pulls}`]: (ctx) => {
    const repo = repoOf(ctx);
    if (!repo) return notFound();
    const { repo: head, ref } = headRepo(ctx, repo, String(ctx.body.head));
    const base = String(ctx.body.base);
    const headSha = head?.refs.get(`refs/heads/${ref}`);
    const baseSha = repo.refs.get(`refs/heads/${base}`);
    if (!head || !headSha) return validationFailed(`head ${ctx.body.head} is invalid`);
    if (!baseSha) return validationFailed(`base ${base} is invalid`);
    if (repo.pulls.some((pr) => pr.state === 'open' && pr.head.owner === head.owner && pr.head.ref === ref && pr.base === base)) {
      return validationFailed(`A pull request already exists for ${head.owner}:${ref}.`);
    }
    if (isAncestor(ctx.store, headSha, baseSha)) return validationFailed(`No commits between ${base} and ${ref}`);
    const pr: PullRequest = {
      number: repo.pulls.length + 1,
      title: String(ctx.body.title),
      body: String(ctx.body.body ?? ''),
      head: { owner: head.owner, repo: head.name, ref },
      base,
      state: 'open',
      draft: ctx.body.draft === true,
      labels: [],
      reviewers: [],
      createdAt: '2026-11-26T14:00:00Z',
    };
    repo.pulls.push(pr);
    return { status: 201, body: pullJson(ctx, repo, pr, R.pulls, 'POST', 201) };
  },
  [`PATCH ${R.pull}`]: (ctx) => {
    const repo = repoOf(ctx);
    const pr = repo?.pulls.find((p) => p.number === Number(ctx.params.pull_number));
    if (!repo || !pr) return { status: 422, body: errorBody('Not Found', 422) };
    if (typeof ctx.body.title === 'string') pr.title = ctx.body.title;
    if (typeof ctx.body.body === 'string') pr.body = ctx.body.body;
    if (ctx.body.state === 'open' || ctx.body.state === 'closed') pr.state = ctx.body.state;
    return { status: 200, body: pullJson(ctx, repo, pr, R.pull, 'PATCH', 200) };
  },
  [`POST ${R.reviewers}`]: (ctx) => {
    const repo = repoOf(ctx);
    const pr = repo?.pulls.find((p) => p.number === Number(ctx.params.pull_number));
    if (!repo || !pr) return { status: 422, body: errorBody('Not Found', 422) };
    for (const r of (ctx.body.reviewers as string[] | undefined) ?? []) if (!pr.reviewers.includes(r)) pr.reviewers.push(r);
    return { status: 201, body: pullJson(ctx, repo, pr, R.reviewers, 'POST', 201) };
  },
  [`POST ${R.labels}`]: (ctx) => {
    const repo = repoOf(ctx);
    const pr = repo?.pulls.find((p) => p.number === Number(ctx.params.issue_number));
    if (!repo || !pr) return notFound();
    for (const l of (ctx.body.labels as string[] | undefined) ?? []) if (!pr.labels.includes(l)) pr.labels.push(l);
    const body = pr.labels.map(labelJson);
    return { status: 200, body };
  },
};

export { blobSha };
