// What every desktop spec starts from: a fresh profile, the built app launched on this machine's shell, and one
// line in the report saying which shell that was ("Electron stand-in" here, "Electron" where the binary exists).
import { test } from '@playwright/test';
import { launchDesktop, newProfile, type DesktopApp, type LaunchOptions, type Profile } from '../../shell/launcher';
import { electronBinary } from '../../shell/electron-binary';

export const shellName = electronBinary.found ? 'Electron' : 'Electron stand-in';

export interface Sitrep extends DesktopApp {
  profile: Profile;
}

/** Launches on a new profile (or the given one, for restarts) and notes the shell on the running test. */
export async function startSitrep(options: Partial<LaunchOptions> = {}): Promise<Sitrep> {
  const profile = options.profile ?? newProfile();
  test.info().annotations.push({ type: 'shell', description: shellName });
  const app = await launchDesktop({ ...options, profile });
  return Object.assign(app, { profile });
}

/** What the desktop knows of the window showing app://sitrep/<file>. */
export async function windowState(sitrep: DesktopApp, file: string) {
  return (await sitrep.controls.windows()).find((w) => w.url === `app://sitrep/${file}`);
}

export const QUICK_NOTE_SHORTCUT = 'CommandOrControl+Shift+Space';

/**
 * What a page copied to the clipboard. Electron: main's clipboard module reads the OS clipboard. Stand-in: the
 * pages write Chromium's own clipboard, read back from the page once the spec is allowed to.
 */
export async function readClipboard(sitrep: DesktopApp, page: import('@playwright/test').Page): Promise<string> {
  if (sitrep.kind === 'electron') return sitrep.evaluate(({ clipboard }) => clipboard.readText());
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  return page.evaluate(() => navigator.clipboard.readText());
}
