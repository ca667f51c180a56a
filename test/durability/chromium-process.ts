import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { chromiumArgs, chromiumExecutable, defineEsbuildName } from '../browser/support/chromium';
import { killGroups } from '../shell/process-groups';


/**
 * Chromium started as its own process group on a persistent profile, so the whole browser (browser,
 * renderer, GPU and storage processes) can be killed at once with SIGKILL, as a crash or power cut would.
 * Playwright's launch() cannot do this: it owns the process and closes it politely.
 */
export class KillableChromium {
  private constructor(
    private readonly child: ChildProcess,
    readonly browser: Browser,
    readonly context: BrowserContext,
    private readonly exited: Promise<void>,
    /** Lines Chromium wrote to stderr about IndexedDB or its backing store (corruption, recovery). */
    readonly storageLog: string[],
  ) {}

  static async start(profile: string): Promise<KillableChromium> {
    const executable = chromiumExecutable() ?? chromium.executablePath();
    const child = spawn(executable, ['--headless', '--enable-logging=stderr', ...chromiumArgs, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const storageLog: string[] = [];
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const endpoint = await new Promise<string>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /DevTools listening on (ws:\S+)/.exec(output);
        if (match?.[1]) {
          child.stderr?.off('data', onData);
          // Keep draining so Chromium never blocks on a full pipe; keep what it says about storage.
          child.stderr?.on('data', (more: Buffer) => {
            for (const line of more.toString().split('\n')) if (/indexed|leveldb|corrupt|sqlite/i.test(line)) storageLog.push(line);
          });
          resolve(match[1]);
        }
      };
      child.stderr?.on('data', onData);
      child.once('exit', (code, signal) => reject(new Error(`Chromium exited (${code ?? signal}) before listening:\n${output.slice(-2000)}`)));
      child.once('error', reject);
    });
    const browser = await chromium.connectOverCDP(endpoint);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    await context.addInitScript(defineEsbuildName);
    return new KillableChromium(child, browser, context, exited, storageLog);
  }

  /**
   * SIGKILL to the whole process group: no unload, no flush, no goodbye. Resolves once every process of the
   * group is gone (process-groups.ts says why that matters before a restart on the same profile).
   */
  async kill(): Promise<void> {
    const pid = this.child.pid;
    if (pid === undefined) return;
    await killGroups([pid]);
    await this.exited;
  }

  /** The process group of the whole browser (its id is the browser process's pid), for tools that watch it. */
  get processGroup(): number | undefined {
    return this.child.pid;
  }

  /** A clean stop for the last browser of a run (still a kill: nothing depends on a polite close). */
  async stop(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.kill();
  }
}
