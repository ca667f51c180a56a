import type { GitHubSettings } from '../../../src/shared/contract/github-schemas';
import { GitHubSettingsSchema } from '../../../src/shared/contract/github-schemas';
import { declare, enterName, headerFact, openMainWindow, write } from '../main-window/main-window-page';
import { installBridge } from '../support/bridge';
import { expect, test } from '../support/fixtures';

test('GitHub settings refuse a malformed repository and send the token once, never reading it back', async ({ app, browserInstance }) => {
  let stored: GitHubSettings = GitHubSettingsSchema.parse({});
  const tokens: string[] = [];
  const context = await browserInstance.newContext();
  await installBridge(context, {
    getGitHubSettings: () => stored,
    setGitHubSettings: (patch) => (stored = GitHubSettingsSchema.parse({ ...stored, ...patch })),
    setGitHubToken: ({ token }) => (tokens.push(token), { ok: true, needsConsent: false, message: 'Token saved, encrypted by the system.' }),
    getGitHubAuthStatus: () => ({ hasToken: tokens.length > 0, storageBackend: 'test', encryptionAvailable: true, needsWeakStorageConsent: false }),
  });
  try {
    const main = await openMainWindow(context, app.origin);
    await enterName(main, 'Dana Scully');
    await main.getByRole('button', { name: /^Settings/ }).click();
    const section = main.getByRole('region', { name: 'GitHub export' });
    const repo = section.getByRole('textbox', { name: 'Analysis repository' });
    await repo.fill('just-a-name');
    await section.getByRole('button', { name: 'Save GitHub settings' }).click();
    await expect(section.getByRole('alert')).toContainText('owner/name');
    await expect(repo).toHaveValue('just-a-name');
    await repo.fill('acme/incident-analyses');
    await section.getByRole('button', { name: 'Save GitHub settings' }).click();
    await expect(section.getByRole('status')).toContainText('GitHub settings saved.');
    expect(stored.repository).toBe('acme/incident-analyses');

    const token = section.getByLabel('GitHub token');
    await token.fill('ghp_secret');
    await section.getByRole('button', { name: 'Save token' }).click();
    await expect(section.getByText('A token is stored, encrypted by the system.')).toBeVisible();
    await expect(token).toHaveValue('');
    expect(tokens).toEqual(['ghp_secret']);
  } finally {
    await context.close();
  }
});

test('a team template added in settings is offered in the analysis panel; bad JSON is refused with a reason', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.getByRole('region', { name: 'Analysis templates' });
  const json = section.getByRole('textbox', { name: 'Template (JSON)' });
  await json.fill('{ "id": "Bad Id", "name": "x", "sections": [] }');
  await section.getByRole('button', { name: 'Save template' }).click();
  await expect(section.getByRole('alert')).toContainText('lowercase letters');
  await section.getByRole('button', { name: 'Start from the handbook template' }).click();
  await json.fill((await json.inputValue()).replace('"name": "Our team"', '"name": "Payments team"'));
  await section.getByRole('button', { name: 'Save template' }).click();
  await expect(section.getByRole('list', { name: 'Team templates' })).toContainText('Payments team');

  await main.getByRole('button', { name: /^Settings/ }).click();
  await declare(main, 'Card payments failing', 'Minor');
  await write(main, 'retries exhausted');
  await main.keyboard.press('Alt+R');
  const resolve = main.getByRole('dialog', { name: 'Resolve the incident' });
  await resolve.getByRole('textbox', { name: 'Root cause' }).fill('Expired certificate');
  await resolve.getByRole('textbox', { name: 'Fix in place' }).fill('Renewed it');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await main.getByRole('tab', { name: 'Analysis' }).click();
  const panel = main.getByRole('tabpanel');
  await panel.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Payments team' });
  await panel.getByRole('button', { name: 'Raw Markdown' }).click();
  await expect(panel.getByRole('region', { name: /Preview of/ })).toContainText('template: our-team');

  // The sync invite: an .ics download, and the incident moves to "analysis scheduled".
  const download = main.waitForEvent('download');
  await panel.getByRole('button', { name: 'Create the analysis sync invite (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^\d{4}-\d\d-\d\d-analysis-sync\.ics$/);
  const ics = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(ics).toString('utf8')).toContain('SUMMARY:Incident analysis: Card payments failing');
  await expect(panel.getByRole('status').filter({ hasText: 'the incident is now "analysis scheduled"' })).toBeVisible();
  await expect(headerFact(main, 'Status')).toHaveText(/analysis scheduled/i);
});
