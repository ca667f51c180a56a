import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { ThreadsPoolWorker, version, type PoolOptions, type PoolWorker, type WorkerRequest } from 'vitest/node';

// Vitest 4 ends its test thread after every run, and Stryker asks for one run per mutant, so each mutant paid
// for a new thread, vitest's runtime and every library the tests import: most of its time here. This pool
// keeps one thread per Stryker test runner for the whole mutation run. What could carry one mutant's state
// into the next run is made fresh on every run: each module of the project is evaluated again (through
// vitest's own `invalidates`), and each test file gets an empty IndexedDB (test/support/fresh-indexeddb.ts).
// Only libraries stay loaded, and Stryker does not mutate them.

type Listener = (message: unknown) => void;
type StartRequest = Extract<WorkerRequest, { type: 'start' }>;

const NAME = 'sitrep-kept-thread';
const notProjectCode = new Set(['node_modules', '.git', 'out', 'reports', 'test-results', '.stryker-tmp']);

interface KeptThread {
  worker: ThreadsPoolWorker;
  /** vitest's runtime in the thread is set up once, by the first run's start message. */
  started: boolean;
  /** Modules evaluated again on each run leave garbage vitest's own teardown would have freed: once the heap
   * passes HEAP_LIMIT, the thread is ended after its current run, and the next run starts a new one. */
  retiring: boolean;
}
let kept: KeptThread | undefined;
let projectFiles: readonly string[] = [];

/** Heap a kept thread may hold after a run before it is replaced. */
const HEAP_LIMIT = 1024 * 1024 * 1024;

/** What vitest sees as one worker per run: a view of the kept thread that passes the run through. */
class KeptThreadWorker implements PoolWorker {
  readonly name = NAME;
  /** Asks the thread to report its heap after each run (see `retiring`). */
  readonly reportMemory = true;
  private readonly listeners: { event: string; callback: Listener }[] = [];
  private attached: KeptThread | undefined;
  /** The project config of this run (Stryker changes its test name filter for each mutant). */
  private config: StartRequest['context']['config'] | undefined;

  constructor(private readonly options: PoolOptions) {}

  async start(): Promise<void> {
    if (kept) {
      this.attached = kept;
      return;
    }
    const thread: KeptThread = { worker: new ThreadsPoolWorker(this.options), started: false, retiring: false };
    kept = thread;
    this.attached = thread;
    await thread.worker.start();
    thread.worker.on('message', (message: { type?: string; usedMemory?: number }) => {
      if (message.type === 'testfileFinished' && (message.usedMemory ?? 0) > HEAP_LIMIT) thread.retiring = true;
    });
    // A thread that died (a mutant can crash it) is replaced on the next run.
    thread.worker.on('exit', () => {
      if (kept === thread) kept = undefined;
    });
  }

  on(event: string, callback: Listener): void {
    this.listeners.push({ event, callback });
    this.thread().worker.on(event, callback);
  }

  off(event: string, callback: Listener): void {
    const at = this.listeners.findIndex((l) => l.event === event && l.callback === callback);
    if (at !== -1) this.listeners.splice(at, 1);
    this.thread().worker.off(event, callback);
  }

  send(message: WorkerRequest): void {
    const thread = this.thread();
    if (message.type === 'start') {
      this.config = message.context.config;
      if (thread.started) return this.reply({ type: 'started', __vitest_worker_response__: true });
      thread.started = true;
    } else if (message.type === 'stop') {
      // A kept thread stays as it is; a retiring one tears down as vitest's own threads do.
      if (!thread.retiring) return this.reply({ type: 'stopped', __vitest_worker_response__: true });
      if (kept === thread) kept = undefined;
    } else if (message.type === 'run') {
      // The thread runs each file with its start context overlaid by the run's, so this run's config wins.
      const invalidates = [...(message.context.invalidates ?? []), ...projectFiles];
      const context = { ...message.context, config: this.config, invalidates };
      return thread.worker.send({ ...message, context } as WorkerRequest);
    }
    thread.worker.send(message);
  }

  async stop(): Promise<void> {
    const thread = this.attached;
    if (!thread) return;
    for (const { event, callback } of this.listeners.splice(0)) thread.worker.off(event, callback);
    if (thread.retiring) await thread.worker.stop();
  }

  deserialize(data: unknown): unknown {
    return data;
  }

  private thread(): KeptThread {
    if (!this.attached) throw new Error('The kept test thread was used before it started.');
    return this.attached;
  }

  /** Answers a start or stop the kept thread does not need, as the thread itself would. */
  private reply(message: Record<string, unknown>): void {
    const targets = this.listeners.filter((l) => l.event === 'message').map((l) => l.callback);
    queueMicrotask(() => targets.forEach((callback) => callback(message)));
  }
}

/** Every source file of the project (not its libraries): all of them are evaluated again on each run. */
function sourceFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    if (notProjectCode.has(item.name)) return [];
    const path = join(dir, item.name);
    if (item.isDirectory()) return sourceFilesUnder(path);
    return /\.[cm]?[jt]sx?$/.test(item.name) ? [path] : [];
  });
}

/** The mutation run's vitest pool: one kept thread (see above), whatever pool Stryker asks for. */
export function keptThreadPool(): Plugin {
  return {
    name: 'sitrep:kept-thread-pool',
    configureVitest({ project, vitest }) {
      // The pool speaks vitest's internal worker protocol (one start, many runs, a stop), as of 4.1. A later
      // vitest must be checked against it before a mutation score from this pool can be trusted.
      if (!version.startsWith('4.1.')) {
        throw new Error(`mutation/kept-thread-pool.mts was written for vitest 4.1 and this is ${version}: check its worker protocol, then update this check.`);
      }
      project.config.pool = NAME;
      project.config.poolRunner = { name: NAME, createPoolWorker: (options) => new KeptThreadWorker(options) };
      projectFiles = sourceFilesUnder(vitest.config.root);
      vitest.onClose(async () => {
        const thread = kept;
        kept = undefined;
        await thread?.worker.stop();
      });
    },
  };
}
