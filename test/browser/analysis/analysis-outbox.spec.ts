import type { OutboxItemView } from '../../../src/shared/contract/github-schemas';
import { declare, enterName, openMainWindow } from '../main-window/main-window-page';
import { installBridge } from '../support/bridge';
import { expect, test } from '../support/fixtures';

test('an offline export shows as queued, then failed with its reason and a retry, then done with the PR link', async ({ app, browserInstance }) => {
  const item = (patch: Partial<OutboxItemView>): OutboxItemView => ({
    id: 'ob-1',
    incidentId: '',
    title: 'Incident analysis',
    state: 'queued',
    attempts: 0,
    createdAt: Date.now(),
    nextAttemptAt: Date.now() + 60_000,
    pullRequestUrl: null,
    error: null,
    ...patch,
  });
  const context = await browserInstance.newContext();
  const bridge = await installBridge(context, {
    publishAnalysis: (exp) => ({
      ok: false,
      code: 'offline',
      message: `No connection to api.github.com. The export is kept in the outbox (${exp.files.length} file).`,
      retryAt: null,
      queued: true,
    }),
    retryOutboxItem: () => true,
  });
  try {
    const page = await openMainWindow(context, app.origin);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Search is slow', 'Minor');
    await page.keyboard.press('Alt+R');
    const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
    await resolve.getByRole('textbox', { name: 'Root cause' }).fill('Cold cache after deploy');
    await resolve.getByRole('textbox', { name: 'Fix in place' }).fill('Warmed the cache');
    await resolve.getByRole('button', { name: 'Resolve' }).click();
    await page.getByRole('tab', { name: 'Analysis' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByRole('button', { name: 'Export to GitHub' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'kept in the outbox (1 file). (queued in the outbox)' })).toBeVisible();

    const exported = bridge.calls.find((c) => c.name === 'publishAnalysis')!.request as { incidentId: string };
    const outbox = panel.getByRole('region', { name: 'Outbox' });
    // Progress from main while it runs.
    await bridge.emit(page, 'onExportProgress', { incidentId: exported.incidentId, step: 'rate-limited', message: "GitHub's primary rate limit: retrying at 15:20:00 UTC" });
    await expect(panel.getByRole('status').filter({ hasText: 'retrying at 15:20:00 UTC' })).toBeVisible();

    await bridge.emit(page, 'onOutboxChanged', [item({ incidentId: exported.incidentId })]);
    await expect(outbox).toContainText('Queued');
    await bridge.emit(page, 'onOutboxChanged', [
      item({ incidentId: exported.incidentId, state: 'failed', attempts: 1, error: 'GitHub did not accept the token.' }),
    ]);
    await expect(outbox).toContainText('Failed');
    await expect(outbox).toContainText('GitHub did not accept the token.');
    await outbox.getByRole('button', { name: 'Retry now' }).click();
    await expect.poll(() => bridge.calls.some((c) => c.name === 'retryOutboxItem')).toBe(true);

    await bridge.emit(page, 'onOutboxChanged', [
      item({ incidentId: exported.incidentId, state: 'done', attempts: 2, pullRequestUrl: 'https://github.test/acme/a/pull/7' }),
    ]);
    await expect(outbox.getByRole('link', { name: 'Open the pull request' })).toHaveAttribute('href', 'https://github.test/acme/a/pull/7');
  } finally {
    await context.close();
  }
});
