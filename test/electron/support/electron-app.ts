import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { _electron, expect, type ElectronApplication, type Page } from '@playwright/test';

const root = join(__dirname, '../../..');

/**
 * Whether an Electron binary exists, decided by scripts/electron-binary.mjs itself (run in a child Node so this
 * CommonJS-compiled spec can use the ES module synchronously, at collection time, for test.skip).
 */
export const electronBinary = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(pathToFileURL(join(root, 'scripts/electron-binary.mjs')).href)});` +
        'console.log(JSON.stringify(m.findElectronBinary()));',
    ],
    { encoding: 'utf8', cwd: root },
  ),
) as { found: true; path: string } | { found: false; reason: string };

export const skipReason = electronBinary.found
  ? ''
  : `Electron tests skipped: ${electronBinary.reason}. They run wherever the binary exists (npm start downloads it).`;

export interface RunningSitrep {
  app: ElectronApplication;
  /** The main window's page. */
  main: Page;
  close(): Promise<void>;
}

/** Starts the built app (out/) with its own profile, so tests never touch a real incident log. */
export async function launchSitrep(): Promise<RunningSitrep> {
  const userData = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
  // Chromium refuses to run as root with its OS sandbox (CI containers); the renderer sandbox flag still applies.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const app = await _electron.launch({
    args: [...rootArgs, root],
    cwd: root,
    env: { ...process.env, SITREP_USER_DATA_DIR: userData, ELECTRON_RENDERER_URL: '' },
  });
  const main = await pageAt(app, 'index.html');
  await main.waitForLoadState('domcontentloaded');
  return {
    app,
    main,
    async close() {
      await app.close();
      rmSync(userData, { recursive: true, force: true });
    },
  };
}

/** The page of one window kind, once it has navigated to app://sitrep/<file>. */
export async function pageAt(app: ElectronApplication, file: string): Promise<Page> {
  const find = () => app.windows().find((page) => page.url() === `app://sitrep/${file}`);
  await expect.poll(() => Boolean(find()), { message: `a window showing ${file}` }).toBe(true);
  return find() as Page;
}

/** What main knows about each window: the URL it shows, whether it is visible and on top. */
export function windowStates(app: ElectronApplication) {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((win) => ({
      url: win.webContents.getURL(),
      visible: win.isVisible(),
      alwaysOnTop: win.isAlwaysOnTop(),
    })),
  );
}
