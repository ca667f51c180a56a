// Starts the built app (out/main, out/preload, out/renderer, unmodified) in whichever shell this machine has:
// real Electron through Playwright's _electron where the binary exists, else the Electron stand-in (Node running
// out/main/index.js with `electron` answered by test/shell/stand-in, each window a real Chromium page). Specs get
// the same handles from both, so one suite runs on both; `kind` says which one ran.
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { _electron, chromium, expect, type Browser, type ElectronApplication, type Page } from '@playwright/test';
import { electronBinary } from './electron-binary';
import { groupsUnder, killGroups } from './process-groups';
import { SHELL_CONTROLS, type ShellControls, type ShellKind } from './shell-controls';
import { toAppUrl } from './stand-in/url-mapping';

// require.resolve, not __dirname: tsx's eval of this CommonJS module (the benchmark) leaves __dirname relative.
export const repositoryRoot = dirname(require.resolve('../../package.json'));
const bootScript = require.resolve('./stand-in/boot.ts');
const hooksScript = require.resolve('./electron-hooks.cjs');
const mainBundle = 'out/main/index.js';

export type ElectronModule = typeof import('electron');
type ControlName = Exclude<keyof ShellControls, 'kind'>;
type Controls = { [K in ControlName]: (...args: Parameters<ShellControls[K]>) => Promise<Awaited<ReturnType<ShellControls[K]>>> };

/** A profile: the userData folder, and (stand-in) the keyring file that outlives app restarts. */
export interface Profile {
  userData: string;
  keyring: string;
  dispose(): void;
}

export function newProfile(): Profile {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-desktop-'));
  return {
    userData: join(root, 'userData'),
    keyring: join(root, 'keyring/key'),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface LaunchOptions {
  profile: Profile;
  args?: string[];
  env?: Record<string, string>;
}

export interface DesktopApp {
  kind: ShellKind;
  /** Runs fn in main with the electron module, as ElectronApplication.evaluate does. */
  evaluate<R, A = undefined>(fn: (electron: ElectronModule, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The page of the window showing app://sitrep/<file>, once it exists. */
  window(file: string): Promise<Page>;
  /** A page's URL as main sees it (app://…). */
  appUrl(page: Page): string;
  /** The OS side: shortcuts, tray, notifications, dialogs, windows (test/shell/shell-controls.ts). */
  controls: Controls;
  /** Quits as the tray's Quit does and waits for the process to end; resolves to its exit code. */
  quit(): Promise<number | null>;
  /**
   * SIGKILL to the app and every process it started, as a crash or a power cut ends it (stand-in: main's Node
   * and its Chromium, each its own process group); resolves once none of them is left.
   */
  crash(): Promise<void>;
}

function environment(options: LaunchOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    SITREP_USER_DATA_DIR: options.profile.userData,
    SITREP_SHELL_KEYRING: options.profile.keyring,
    // Main may talk plain http to the GitHub double on 127.0.0.1 (an unpackaged build only).
    SITREP_TEST_LOOPBACK_HTTP: '1',
    ELECTRON_RENDERER_URL: '',
    ...options.env,
  };
}

function controlsOver(evaluate: DesktopApp['evaluate']): Controls {
  const names: ControlName[] = [
    'pressAccelerator', 'registeredAccelerators', 'tray', 'clickTrayItem', 'notifications', 'clickNotification',
    'openedExternally', 'answerNextOpenDialog', 'answerNextMessageBox', 'messageBoxes', 'windows',
  ];
  return Object.fromEntries(
    names.map((name) => [
      name,
      (...args: unknown[]) =>
        evaluate(
          (_electron, [control, key, params]) => {
            const target = (globalThis as Record<string, unknown>)[control] as Record<string, (...a: unknown[]) => unknown>;
            return target[key]!(...params);
          },
          [SHELL_CONTROLS, name, args] as [string, string, unknown[]],
        ),
    ]),
  ) as Controls;
}

export async function launchDesktop(options: LaunchOptions): Promise<DesktopApp> {
  return electronBinary.found ? launchElectron(options) : launchStandIn(options);
}

async function launchStandIn(options: LaunchOptions): Promise<DesktopApp> {
  const child = fork(bootScript, [mainBundle, ...(options.args ?? [])], {
    cwd: repositoryRoot,
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    // Its own process group, so crash() can kill main and whatever it runs at once.
    detached: true,
    env: environment(options),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = await new Promise<{ cdpEndpoint: string }>((resolve, reject) => {
    child.on('message', (message: { type: string; cdpEndpoint?: string }) => {
      if (message.type === 'ready') resolve(message as { cdpEndpoint: string });
    });
    void exited.then((code) => reject(new Error(`the Electron stand-in exited (${code}) before the app was ready`)));
  });
  const browser = await chromium.connectOverCDP(ready.cdpEndpoint);
  const evaluate = evaluateOverIpc(child);
  return {
    kind: 'stand-in',
    evaluate,
    window: (file) => findPage(browser, (page) => toAppUrl(page.url()) === `app://sitrep/${file}`),
    appUrl: (page) => toAppUrl(page.url()),
    controls: controlsOver(evaluate),
    async quit() {
      child.send({ type: 'evaluate', id: -1, source: String((electron: ElectronModule) => electron.app.quit()), arg: undefined });
      const code = await exited;
      await browser.close().catch(() => undefined);
      return code;
    },
    async crash() {
      await crashProcess(child.pid, exited);
      await browser.close().catch(() => undefined);
    },
  };
}

async function crashProcess(pid: number | undefined, exited: Promise<unknown>): Promise<void> {
  if (pid === undefined) return;
  await killGroups(groupsUnder(pid));
  await exited;
}

function evaluateOverIpc(child: ChildProcess): DesktopApp['evaluate'] {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  child.on('message', (message: { type: string; id: number; value?: unknown; error?: string }) => {
    if (message.type !== 'result') return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.error !== undefined) waiter?.reject(new Error(message.error));
    else waiter?.resolve(message.value);
  });
  child.once('exit', () => {
    for (const waiter of pending.values()) waiter.reject(new Error('the app exited'));
  });
  return (fn, arg) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      child.send({ type: 'evaluate', id, source: String(fn), arg });
    });
}

async function findPage(browser: Browser | ElectronApplication, matches: (page: Page) => boolean): Promise<Page> {
  const pages = () => ('windows' in browser ? browser.windows() : browser.contexts().flatMap((c) => c.pages()));
  await expect.poll(() => pages().some(matches), { message: 'the window exists' }).toBe(true);
  const page = pages().find(matches) as Page;
  await page.waitForLoadState('domcontentloaded');
  return page;
}

async function launchElectron(options: LaunchOptions): Promise<DesktopApp> {
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer sandbox flag still applies.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const env = environment(options);
  // Records tray, notifications, shortcuts and dialogs in main, like the stand-in does natively.
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(hooksScript)}`.trim();
  const app = await _electron.launch({ args: [...rootArgs, repositoryRoot, ...(options.args ?? [])], cwd: repositoryRoot, env: env as Record<string, string> });
  const evaluate: DesktopApp['evaluate'] = (fn, arg) => app.evaluate(fn as never, arg) as never;
  return {
    kind: 'electron',
    evaluate,
    window: (file) => findPage(app, (page) => page.url() === `app://sitrep/${file}`),
    appUrl: (page) => page.url(),
    controls: controlsOver(evaluate),
    async quit() {
      const exited = new Promise<number | null>((resolve) => app.process().once('exit', (code) => resolve(code)));
      await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
      return exited;
    },
    async crash() {
      const child = app.process();
      if (child.exitCode !== null || child.signalCode !== null) return;
      await crashProcess(child.pid, new Promise((resolve) => child.once('exit', resolve)));
    },
  };
}

/** Runs `sitrep <args>` as a second process on the same profile and resolves to its exit code. */
export function runSecondInstance(options: LaunchOptions): Promise<number | null> {
  const command = electronBinary.found
    ? { file: electronBinary.path, args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repositoryRoot] }
    : { file: process.execPath, args: ['--import', 'tsx', bootScript, mainBundle] };
  const child = spawn(command.file, [...command.args, ...(options.args ?? [])], { cwd: repositoryRoot, env: environment(options), stdio: 'inherit' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
