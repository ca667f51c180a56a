import { createHash } from 'node:crypto';

/*
 * The in-memory git objects and repository state of the GitHub double. Blob and tree ids are real git ids
 * (so a client comparing blob SHAs it computed locally sees what real GitHub would report); commit ids are
 * hashes of their content.
 */
export interface TreeEntry {
  mode: string;
  type: 'blob';
  sha: string;
}
/** A tree kept flat: full path → blob. Subtrees are derived when listed. */
export type FlatTree = Map<string, TreeEntry>;

export interface Commit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  head: { owner: string; repo: string; ref: string };
  base: string;
  state: 'open' | 'closed';
  draft: boolean;
  labels: string[];
  reviewers: string[];
  createdAt: string;
}

export interface Repo {
  owner: string;
  name: string;
  id: number;
  defaultBranch: string;
  canPush: boolean;
  refs: Map<string, string>;
  pulls: PullRequest[];
  forkOf: Repo | null;
}

const sha1 = (data: Buffer | string): string => createHash('sha1').update(data).digest('hex');

export const blobSha = (content: Buffer): string => sha1(Buffer.concat([Buffer.from(`blob ${content.length}\0`), content]));

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, FlatTree>();
  readonly commits = new Map<string, Commit>();
  readonly repos = new Map<string, Repo>();
  private nextId = 1000;

  addBlob(content: Buffer): string {
    const sha = blobSha(content);
    this.blobs.set(sha, content);
    return sha;
  }

  /** The real git id of a flat tree (built from nested subtrees, entries sorted as git sorts them). */
  addTree(flat: FlatTree): string {
    const sha = this.hashDir(flat, '');
    this.trees.set(sha, new Map(flat));
    return sha;
  }

  private hashDir(flat: FlatTree, prefix: string): string {
    const children = new Map<string, { mode: string; sha: string; isTree: boolean }>();
    for (const [path, entry] of flat) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) children.set(rest, { mode: entry.mode, sha: entry.sha, isTree: false });
      else {
        const name = rest.slice(0, slash);
        if (!children.has(name)) children.set(name, { mode: '40000', sha: this.hashDir(flat, `${prefix}${name}/`), isTree: true });
      }
    }
    const sorted = [...children.entries()].sort(([a, x], [b, y]) => {
      const ka = x.isTree ? `${a}/` : a;
      const kb = y.isTree ? `${b}/` : b;
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    const body = Buffer.concat(sorted.map(([name, c]) => Buffer.concat([Buffer.from(`${c.mode} ${name}\0`), Buffer.from(c.sha, 'hex')])));
    return sha1(Buffer.concat([Buffer.from(`tree ${body.length}\0`), body]));
  }

  addCommit(tree: string, parents: string[], message: string): string {
    const sha = sha1(JSON.stringify({ tree, parents, message }));
    this.commits.set(sha, { sha, tree, parents, message });
    return sha;
  }

  createRepo(owner: string, name: string, opts: { canPush?: boolean; defaultBranch?: string; files?: Record<string, string> } = {}): Repo {
    const flat: FlatTree = new Map();
    for (const [path, content] of Object.entries(opts.files ?? { 'README.md': '# Incident analyses\n' })) {
      flat.set(path, { mode: '100644', type: 'blob', sha: this.addBlob(Buffer.from(content)) });
    }
    const commit = this.addCommit(this.addTree(flat), [], 'Initial commit');
    const defaultBranch = opts.defaultBranch ?? 'main';
    const repo: Repo = {
      owner,
      name,
      id: this.nextId++,
      defaultBranch,
      canPush: opts.canPush ?? true,
      refs: new Map([[`refs/heads/${defaultBranch}`, commit]]),
      pulls: [],
      forkOf: null,
    };
    this.repos.set(`${owner}/${name}`.toLowerCase(), repo);
    return repo;
  }

  fork(source: Repo, owner: string): Repo {
    const existing = this.repos.get(`${owner}/${source.name}`.toLowerCase());
    if (existing) return existing;
    const repo: Repo = { ...source, owner, id: this.nextId++, canPush: true, refs: new Map(source.refs), pulls: [], forkOf: source };
    this.repos.set(`${owner}/${source.name}`.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): Repo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  nextNumber(): number {
    return this.nextId++;
  }

  /** Branches other than the default, across all repositories: what "exactly one branch" counts. */
  extraBranches(): string[] {
    return [...this.repos.values()].flatMap((r) =>
      [...r.refs.keys()].filter((ref) => ref !== `refs/heads/${r.defaultBranch}`).map((ref) => `${r.owner}/${r.name}:${ref}`),
    );
  }

  allPulls(): PullRequest[] {
    return [...this.repos.values()].flatMap((r) => r.pulls);
  }
}
