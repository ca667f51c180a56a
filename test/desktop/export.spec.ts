import { expect, test } from '@playwright/test';
import { declare, enterName, write } from '../browser/main-window/main-window-page';
import { GitHubDouble } from '../github/double/github-double';
import { GitStore } from '../github/double/git-store';
import { startSitrep, type Sitrep } from './support/desktop';
import type { Page } from '@playwright/test';

// Journey 3: export through main's real handlers, token store and outbox, against the GitHub double.
let sitrep: Sitrep | undefined;
let double: GitHubDouble;
test.beforeEach(async () => {
  const store = new GitStore();
  store.createRepo('acme', 'incident-analyses', { files: { 'README.md': '# Analyses\n' } });
  double = await new GitHubDouble({ store, token: 'ghp_desktop_journey_token' }).start();
});
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
  await double.stop();
  expect(double.violations).toEqual([]);
});

async function configureGitHub(main: Page, apiBaseUrl: string, token: string): Promise<void> {
  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.getByRole('region', { name: 'GitHub export' });
  await section.getByRole('textbox', { name: 'Analysis repository' }).fill('acme/incident-analyses');
  await section.getByRole('textbox', { name: 'API base URL' }).fill(apiBaseUrl);
  await section.getByRole('button', { name: 'Save GitHub settings' }).click();
  await expect(section.getByRole('status')).toContainText('GitHub settings saved.');
  await section.getByLabel('GitHub token').pressSequentially(token, { delay: 5 });
  await section.getByRole('button', { name: 'Save token' }).click();
  await expect(section.getByText('A token is stored, encrypted by the system.')).toBeVisible();
  await main.getByRole('button', { name: /^Settings/ }).click();
}

async function resolveIncident(main: Page): Promise<void> {
  await main.keyboard.press('Alt+R');
  const dialog = main.getByRole('dialog', { name: 'Resolve the incident' });
  await dialog.getByRole('textbox', { name: 'Root cause' }).fill('Expired TLS certificate on the gateway');
  await dialog.getByRole('textbox', { name: 'Fix in place' }).fill('Renewed it and added an expiry alert');
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();
}

test('one click opens one pull request; the unchanged re-export writes nothing; the token never reaches a page', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await configureGitHub(main, double.url, double.token);
  // The token is encrypted at rest by safeStorage, not written as typed.
  const onDisk = await sitrep.evaluate(async (_e, dir) => {
    const { readdirSync, readFileSync } = await import('node:fs');
    return readdirSync(dir).filter((f) => f.endsWith('.json') || f.endsWith('.bin')).map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');
  }, sitrep.profile.userData);
  expect(onDisk).not.toContain(double.token);

  await declare(main, 'Checkout returns 502', 'Major');
  await write(main, 'Gateway logs show handshake failures');
  await resolveIncident(main);
  await main.getByRole('tab', { name: 'Analysis' }).click();
  const panel = main.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Export to GitHub' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Opened pull request #1.' })).toBeVisible();
  expect(double.store.allPulls()).toHaveLength(1);
  expect(double.store.allPulls()[0]?.title).toContain('Checkout returns 502');

  const writesBefore = double.writes().length;
  await panel.getByRole('button', { name: 'Export to GitHub' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Nothing changed since the last export of pull request #1.' })).toBeVisible();
  expect(double.writes().length).toBe(writesBefore);

  // No page ever held the token: not in any open window's DOM or storage.
  for (const file of ['index.html', 'quick-note.html']) {
    const page = await sitrep.window(file);
    const seen = await page.evaluate(() => document.documentElement.outerHTML + JSON.stringify({ ...localStorage }));
    expect(seen).not.toContain(double.token);
  }
});

test('offline, the export waits in the outbox, survives a restart, and is delivered once', async () => {
  // Main retries a refused connection a few times (with backoff) before it calls the export offline.
  test.setTimeout(120_000);
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await configureGitHub(main, double.url, double.token);
  await declare(main, 'Search is slow', 'Minor');
  await resolveIncident(main);
  await main.getByRole('tab', { name: 'Analysis' }).click();

  await double.stop(); // the network goes away
  const panel = main.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Export to GitHub' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'queued in the outbox' })).toBeVisible({ timeout: 60_000 });
  await expect(panel.getByRole('region', { name: 'Outbox' })).toContainText(/Queued|Failed/);

  await sitrep.controls.clickTrayItem('Quit Sitrep');
  const profile = sitrep.profile;
  await sitrep.quit();
  await double.start(); // same port: the network is back

  sitrep = await startSitrep({ profile });
  const again = await sitrep.window('index.html');
  await again.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Search is slow/ }).click();
  await again.getByRole('tab', { name: 'Analysis' }).click();
  const outbox = again.getByRole('tabpanel').getByRole('region', { name: 'Outbox' });
  // The new main reads the outbox file and sends what is due, with nobody pressing anything.
  await expect(outbox.getByRole('link', { name: 'Open the pull request' })).toBeVisible({ timeout: 30_000 });
  await expect(outbox.getByRole('listitem')).toHaveCount(1);
  expect(double.store.allPulls()).toHaveLength(1);
  expect(double.requests.filter((r) => r.operation === 'POST /repos/{owner}/{repo}/pulls')).toHaveLength(1);
});

test('without a secret store (safeStorage basic_text) the token is kept only after the lead agrees, and still exports', async () => {
  sitrep = await startSitrep({ env: { SITREP_SHELL_SAFE_STORAGE: 'basic_text' } });
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.getByRole('region', { name: 'GitHub export' });
  await section.getByRole('textbox', { name: 'Analysis repository' }).fill('acme/incident-analyses');
  await section.getByRole('textbox', { name: 'API base URL' }).fill(double.url);
  await section.getByRole('button', { name: 'Save GitHub settings' }).click();
  await section.getByLabel('GitHub token').fill(double.token);
  await section.getByRole('button', { name: 'Save token' }).click();
  await expect(section.getByRole('alert').filter({ hasText: 'This system has no secret store' })).toBeVisible();
  await expect(section.getByText('No token yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Store it anyway' }).click();
  await expect(section.getByText('A token is stored with weak protection: this system has no secret store.')).toBeVisible();

  await main.getByRole('button', { name: /^Settings/ }).click();
  await declare(main, 'Login page blank', 'Minor');
  await resolveIncident(main);
  await main.getByRole('tab', { name: 'Analysis' }).click();
  await main.getByRole('tabpanel').getByRole('button', { name: 'Export to GitHub' }).click();
  await expect(main.getByRole('tabpanel').getByRole('status').filter({ hasText: 'Opened pull request #1.' })).toBeVisible();
});
