import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, headerFact, openMainWindow, runCommand, timeline, write } from './main-window-page';

test('an incident from declaration to scheduled analysis, every step on the timeline', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Checkout returns 502 for EU customers', 'Major');

  await expect(headerFact(page, 'Lead')).toHaveText('Dana Scully');
  await expect(headerFact(page, 'Severity')).toHaveText('Major');
  await expect(headerFact(page, 'Status')).toHaveText('Investigating');
  await expect(entryRow(page, /declared/i).first()).toBeVisible();

  // One of each kind, through the composer's prefixes.
  const notes: [string, string, string][] = [
    ['Error rate at 40% on eu-west since 14:02', 'Note', 'Error rate at 40% on eu-west since 14:02'],
    ['? The new payment gateway release', 'Hypothesis', 'The new payment gateway release'],
    ['> Rolling back gateway to v2.3.1', 'Action', 'Rolling back gateway to v2.3.1'],
    ['! Freeze all deploys until resolved', 'Decision', 'Freeze all deploys until resolved'],
    ['impact About 30% of EU checkouts fail', 'Impact', 'About 30% of EU checkouts fail'],
    ['todo Alert on gateway 5xx rate', 'Follow-up', 'Alert on gateway 5xx rate'],
    ['learn Canary did not cover EU traffic', 'Learning', 'Canary did not cover EU traffic'],
    ['@mitigated Rollback finished, errors falling', 'Milestone: Mitigated', 'Rollback finished, errors falling'],
  ];
  for (const [typed, kind, shown] of notes) {
    await write(page, typed);
    const row = entryRow(page, shown);
    await expect(row).toBeVisible();
    await expect(row.locator('.badge.kind')).toHaveText(kind);
    await expect(row).toContainText('Dana Scully');
  }

  // A slash command changes the incident and records it.
  await write(page, '/sev critical payments fully down in EU');
  await expect(headerFact(page, 'Severity')).toHaveText('Critical');
  await expect(entryRow(page, /critical/i).last()).toBeVisible();

  // Handover through the palette.
  await runCommand(page, 'Hand over the lead');
  const handOver = page.getByRole('dialog', { name: 'Hand over the lead' });
  await handOver.getByRole('textbox', { name: 'New lead' }).fill('Fox Mulder');
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(handOver).toBeHidden();
  await expect(headerFact(page, 'Lead')).toHaveText('Fox Mulder');
  await expect(entryRow(page, /Fox Mulder/).last()).toBeVisible();

  // Resolve is refused without a root cause, with the reason shown and the fix kept.
  await page.keyboard.press('Alt+R');
  const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
  await resolve.getByRole('textbox', { name: 'Fix in place' }).fill('Rolled back to v2.3.1');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve.getByRole('alert')).toContainText(/root cause/i);
  await expect(resolve.getByRole('textbox', { name: 'Fix in place' })).toHaveValue('Rolled back to v2.3.1');
  await resolve.getByRole('textbox', { name: 'Root cause' }).fill('Gateway v2.4 dropped the EU TLS chain');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve).toBeHidden();
  await expect(headerFact(page, 'Status')).toHaveText('Resolved');
  await expect(headerFact(page, 'Root cause')).toHaveText('Gateway v2.4 dropped the EU TLS chain');
  await expect(entryRow(page, /resolved/i).last()).toBeVisible();

  // Then the analysis is scheduled.
  await page.getByRole('button', { name: 'Schedule analysis' }).click();
  const schedule = page.getByRole('dialog', { name: 'Schedule the analysis' });
  await schedule.getByRole('button', { name: 'Schedule' }).click();
  await expect(schedule).toBeHidden();
  await expect(headerFact(page, 'Status')).toHaveText('Analysis scheduled');
  await expect(entryRow(page, /analysis/i).last()).toBeVisible();

  // After the sync: the analysis is marked done, and the incident can no longer be reopened.
  await page.keyboard.press('Alt+D');
  const done = page.getByRole('dialog', { name: 'Mark the analysis done' });
  await done.getByRole('button', { name: 'Mark done' }).click();
  await expect(done).toBeHidden();
  await expect(headerFact(page, 'Status')).toHaveText('Analysed');
  await expect(page.getByRole('button', { name: 'Reopen' })).toHaveCount(0);

  // The incident moved from Live to Recent in the list.
  const recent = page.getByRole('list', { name: 'Recent' });
  await expect(recent.getByRole('button', { name: /Checkout returns 502/ })).toBeVisible();
  await expect(timeline(page).getByRole('listitem')).not.toHaveCount(0);
});

test('an uneventful incident skips its analysis with a reason; a resolved one can be reopened', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');

  async function resolveWith(rootCause: string, fix: string) {
    await page.keyboard.press('Alt+R');
    const dialog = page.getByRole('dialog', { name: 'Resolve the incident' });
    await dialog.getByRole('textbox', { name: 'Root cause' }).fill(rootCause);
    await dialog.getByRole('textbox', { name: 'Fix in place' }).fill(fix);
    await dialog.getByRole('button', { name: 'Resolve' }).click();
    await expect(dialog).toBeHidden();
    await expect(headerFact(page, 'Status')).toHaveText('Resolved');
  }

  await declare(page, 'Staging certificate expired', 'Minor');
  await resolveWith('Renewal job was disabled', 'Certificate renewed, job re-enabled');
  await page.keyboard.press('Alt+X');
  const skip = page.getByRole('dialog', { name: 'Skip the analysis' });
  await skip.getByRole('button', { name: 'Skip analysis' }).click();
  await expect(skip.getByRole('alert')).not.toBeEmpty();
  await skip.getByRole('textbox', { name: 'Reason' }).fill('Staging only, cause and fix obvious');
  await skip.getByRole('button', { name: 'Skip analysis' }).click();
  await expect(skip).toBeHidden();
  await expect(headerFact(page, 'Status')).toHaveText('Analysis skipped');
  await expect(entryRow(page, 'Staging only, cause and fix obvious')).toBeVisible();

  await declare(page, 'Image uploads failing', 'Major');
  await resolveWith('Bucket policy change', 'Policy reverted');
  await page.getByRole('button', { name: 'Reopen' }).click();
  const reopen = page.getByRole('dialog', { name: 'Reopen the incident' });
  await reopen.getByRole('textbox', { name: 'Why is it reopened?' }).fill('Uploads failing again in ap-south');
  await reopen.getByRole('button', { name: 'Reopen' }).click();
  await expect(reopen).toBeHidden();
  await expect(headerFact(page, 'Status')).toHaveText('Investigating');
  await expect(entryRow(page, 'Uploads failing again in ap-south')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Live' }).getByRole('button', { name: /Image uploads failing/ })).toBeVisible();
});
