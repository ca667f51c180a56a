import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGitHubHandlers } from '../../../src/main/github/github-handlers';
import type { SafeStorageLike } from '../../../src/main/github/token-store';
import { enterName, openMainWindow } from '../main-window/main-window-page';
import { installBridge } from '../support/bridge';
import { expect, test } from '../support/fixtures';

/*
 * On Linux without a secret store, Electron's safeStorage falls back to 'basic_text' (a fixed key). The page
 * is driven by a person; behind the bridge are main's real GitHub handlers and token store, with a safeStorage
 * stand-in reporting that backend. Nothing is written until the user agrees, and the page never gets the
 * token back (nor does a backup made from the page's data).
 */
const TOKEN = 'ghp_WeakStorageConsent0123456789abcdef';

test('with only weak storage the user is warned and asked before the token is stored', async ({ app, browserInstance }) => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-consent-'));
  const encrypted: string[] = [];
  const basicText: SafeStorageLike = {
    isEncryptionAvailable: () => true,
    encryptString: (s) => (encrypted.push(s), Buffer.from(Buffer.from(s).map((b) => b ^ 0x33))),
    decryptString: (b) => Buffer.from(b.map((x) => x ^ 0x33)).toString(),
    getSelectedStorageBackend: () => 'basic_text',
  };
  const github = createGitHubHandlers({ safeStorage: basicText, dataDirectory: dir, platform: 'linux', broadcast: () => {}, chooseFolder: async () => null });
  const context = await browserInstance.newContext();
  const bridge = await installBridge(context, {
    getGitHubAuthStatus: () => github.handlers.getGitHubAuthStatus(),
    setGitHubToken: (request) => github.handlers.setGitHubToken(request),
  });
  const tokenFile = join(dir, 'github-token.json');
  try {
    const main = await openMainWindow(context, app.origin);
    await enterName(main, 'Dana Scully');
    await main.getByRole('button', { name: /^Settings/ }).click();
    const section = main.getByRole('region', { name: 'GitHub export' });
    const field = section.getByLabel('GitHub token');
    await field.fill(TOKEN);
    await section.getByRole('button', { name: 'Save token' }).click();

    // Warned, with what to do; nothing stored; the pasted token is still in the field for the second step.
    await expect(section.getByRole('alert').filter({ hasText: 'weak protection' }).first()).toBeVisible();
    await expect(section.getByText(/install a secret store/)).toBeVisible();
    expect(existsSync(tokenFile)).toBe(false);
    expect(encrypted).toEqual([]);
    await expect(section.getByText('No token yet.')).toBeVisible();
    await expect(field).toHaveValue(TOKEN);

    await section.getByRole('button', { name: 'Store it anyway' }).click();
    await expect(section.getByText('A token is stored with weak protection: this system has no secret store.')).toBeVisible();
    await expect(field).toHaveValue('');
    expect(encrypted).toEqual([TOKEN]);
    expect(readFileSync(tokenFile, 'utf8')).not.toContain(TOKEN);
    expect(bridge.calls.filter((c) => c.name === 'setGitHubToken').map((c) => c.request)).toEqual([
      { token: TOKEN, allowWeakStorage: false },
      { token: TOKEN, allowWeakStorage: true },
    ]);
    // Once stored, the page holds no copy of it, and neither does a backup made now.
    expect(await main.content()).not.toContain(TOKEN);
    const downloading = main.waitForEvent('download');
    await main.getByRole('button', { name: 'Export backup' }).click();
    const backup = await readFile((await (await downloading).path())!, 'utf8');
    expect(JSON.parse(backup)).toHaveProperty('format', 'sitrep-backup');
    expect(backup).not.toContain(TOKEN);
  } finally {
    github.dispose();
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
