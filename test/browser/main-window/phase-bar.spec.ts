import { declare, enterName, openMainWindow } from './main-window-page';
import { expect, test } from '../support/fixtures';

/*
 * The header's phase bar and the document's diagram come from one function: milestones typed on the timeline
 * show with their time, the ones nobody logged say "unknown", on a clock that ticks as the lead works.
 */
test('the header shows the phases as they are logged, unknown ones as unknown, and the document draws them', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await page.clock.install({ time: new Date('2026-11-26T14:00:00Z') });
  await enterName(page, 'Dana Scully');
  await declare(page, 'Search is slow', 'Minor');

  const phases = page.getByRole('group', { name: 'Incident phases' });
  await expect(phases.getByRole('listitem')).toHaveText([/^Impact started unknown$/, /^Detected unknown$/, /^Declared 14:00:\d\d UTC$/, /^Mitigated unknown$/, /^Resolved unknown$/]);

  await page.clock.runFor('07:00');
  const box = page.getByRole('textbox', { name: 'New entry' });
  await box.pressSequentially('@mitigated cache warmed', { delay: 20 });
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect(phases.getByRole('listitem').filter({ hasText: 'Mitigated' })).toHaveText(/^Mitigated 14:07:\d\d UTC$/);
  await expect(phases.getByRole('listitem').filter({ hasText: 'Detected' })).toHaveText('Detected unknown');

  await page.keyboard.press('Alt+R');
  const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
  await resolve.getByRole('textbox', { name: 'Root cause' }).pressSequentially('Cold cache', { delay: 20 });
  await resolve.getByRole('textbox', { name: 'Fix in place' }).pressSequentially('Warmed it', { delay: 20 });
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve).toBeHidden();
  await expect(phases.getByRole('listitem').filter({ hasText: 'Resolved' })).toHaveText(/^Resolved 14:07:\d\d UTC$/);

  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('button', { name: 'Raw Markdown' }).click();
  const raw = panel.getByLabel('Raw Markdown', { exact: true });
  await expect(raw).toContainText('```mermaid\ngantt');
  await expect(raw).toContainText(/Declared to mitigated : p0, 2026-11-26 14:00:\d\d, 2026-11-26 14:07:\d\d/);
  await expect(raw).toContainText('Not recorded, so not drawn: Impact started, Detected (unknown).');
});
