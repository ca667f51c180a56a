import { createGitHubClient } from '../../../src/main/github/github-client';
import { AnalysisPublisher } from '../../../src/main/github/github-publisher';
import { toExportError } from '../../../src/main/github/github-errors';
import { GitHubSettingsSchema, type ExportFile } from '../../../src/shared/contract/github-schemas';
import { startGitHubDouble } from '../../github/double/github-double';
import { declare, enterName, openMainWindow, write } from '../main-window/main-window-page';
import { installBridge } from '../support/bridge';
import { expect, test } from '../support/fixtures';

/*
 * The analysis panel over the built renderer, with the bridge backed by the real publisher against the
 * GitHub double: what the preview shows is what is saved and what lands in the pull request.
 */
test('preview, redaction, save to folder and export to GitHub send exactly what the preview shows', async ({ app, browserInstance }) => {
  const double = await startGitHubDouble();
  double.store.createRepo('acme', 'incident-analyses');
  const settings = GitHubSettingsSchema.parse({ repository: 'acme/incident-analyses', apiBaseUrl: double.url, folder: 'incidents' });
  const saved: ExportFile[][] = [];
  const context = await browserInstance.newContext();
  await installBridge(context, {
    getGitHubSettings: () => settings,
    saveAnalysisToFolder: ({ files }) => {
      saved.push(files);
      return { ok: true, folder: '/tmp/analyses', written: files.map((f) => f.path) };
    },
    publishAnalysis: async (exp) => {
      const client = createGitHubClient({ token: double.token, baseUrl: double.url, fastTiming: true });
      try {
        const result = await new AnalysisPublisher(client, settings).publish(exp);
        return { ok: true, ...result };
      } catch (err) {
        const e = toExportError(err, { repository: settings.repository, host: '127.0.0.1' });
        return { ok: false, code: e.code, message: e.message, retryAt: e.retryAt, queued: false };
      }
    },
  });
  try {
    const page = await openMainWindow(context, app.origin);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Checkout | down', 'Major');
    await write(page, 'Error rate at 40% | see `grafana` # not a heading');
    await write(page, 'Shared the admin password hunter2 in chat');

    // Before resolution the panel says what to do.
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await expect(page.getByRole('tabpanel')).toContainText('Resolve it first');

    await page.keyboard.press('Alt+R');
    const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
    await resolve.getByRole('textbox', { name: 'Root cause' }).fill('A config push removed the payment host');
    await resolve.getByRole('textbox', { name: 'Fix in place' }).fill('Rolled the config back');
    await resolve.getByRole('button', { name: 'Resolve' }).click();
    await expect(resolve).toBeHidden();

    await page.getByRole('tab', { name: 'Analysis' }).click();
    const panel = page.getByRole('tabpanel');
    const preview = panel.getByRole('region', { name: /Preview of incidents\/\d{4}-\d\d-\d\d-checkout-down\.md/ });
    // The raw Markdown, byte for byte what is sent (the panel opens on the rendered view).
    await preview.getByRole('button', { name: 'Raw Markdown' }).click();
    await expect(preview).toContainText('## In what ways did our systems surprise us?');
    await expect(preview).toContainText('Error rate at 40% \\| see \\`grafana\\` # not a heading');
    await expect(preview).toContainText('hunter2');

    // Redact the secret for this export only.
    await panel.getByText(/Leave out or redact entries/).click();
    await panel.getByRole('checkbox', { name: /^Redact: .*hunter2/ }).check();
    await expect(preview).not.toContainText('hunter2');
    await expect(preview).toContainText('\\[redacted\\]');

    const previewText = (await preview.locator('pre').textContent()) ?? '';
    await panel.getByRole('button', { name: 'Save to folder' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Saved 1 file to /tmp/analyses.' })).toBeVisible();
    expect(saved[0]?.[0]?.content).toBe(previewText);

    await panel.getByRole('button', { name: 'Export to GitHub' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Opened pull request #1' })).toBeVisible();
    const repo = double.store.repo('acme', 'incident-analyses')!;
    const [pr] = double.store.allPulls();
    const commit = double.store.commits.get(repo.refs.get(`refs/heads/${pr!.head.ref}`)!)!;
    const tree = double.store.trees.get(commit.tree)!;
    const docPath = [...tree.keys()].find((p) => p.endsWith('-checkout-down.md'))!;
    expect(double.store.blobs.get(tree.get(docPath)!.sha)!.toString('utf8')).toBe(previewText);

    // A second click changes nothing on GitHub.
    await panel.getByRole('button', { name: 'Export to GitHub' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Nothing changed since the last export of pull request #1' })).toBeVisible();
    expect(double.store.allPulls()).toHaveLength(1);
    expect(double.violations).toEqual([]);
  } finally {
    await context.close();
    await double.stop();
  }
});
