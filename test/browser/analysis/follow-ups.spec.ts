import { declare, enterName, openMainWindow, write } from '../main-window/main-window-page';
import { expect, test } from '../support/fixtures';

/*
 * A follow-up logged with "todo" gets an owner, the issue that tracks it and a done mark in the Analysis panel,
 * and the document lists it as a GitHub task list item with all three.
 */
test('a follow-up gets an owner, a link and a done mark, written into the document as a task', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Queue backlog', 'Major');
  await write(page, 'todo alert on queue depth');

  await page.keyboard.press('Alt+R');
  const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
  await resolve.getByRole('textbox', { name: 'Root cause' }).pressSequentially('Consumer stuck', { delay: 15 });
  await resolve.getByRole('textbox', { name: 'Fix in place' }).pressSequentially('Restarted it', { delay: 15 });
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve).toBeHidden();

  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('tabpanel');
  const followUps = panel.getByRole('list', { name: 'Follow-ups' });
  await followUps.getByRole('textbox', { name: 'Owner of: alert on queue depth' }).pressSequentially('Fox Mulder', { delay: 15 });
  const link = followUps.getByRole('textbox', { name: 'Issue or pull request for: alert on queue depth' });
  await link.click();
  // Not a web address: said in a sentence, nothing saved.
  await link.pressSequentially('acme/api#7', { delay: 15 });
  await link.press('Tab');
  await expect(followUps.getByRole('alert')).toHaveText('Use the web address of the issue or pull request, starting with https://.');
  await link.fill('');
  await link.pressSequentially('https://github.test/acme/api/issues/7', { delay: 5 });
  await link.press('Tab');
  await expect(followUps.getByRole('alert')).toHaveCount(0);
  await followUps.getByRole('checkbox', { name: 'Done: alert on queue depth' }).check();
  await expect(panel.getByText('Follow-ups (1 of 1 done)')).toBeVisible();

  await panel.getByRole('button', { name: 'Raw Markdown' }).click();
  await expect(panel.getByLabel('Raw Markdown', { exact: true })).toContainText(
    /- \[x\] \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, Dana Scully: alert on queue depth Owner: Fox Mulder\. Tracked in \[https\\:\/\/github\.test\/acme\/api\/issues\/7\]\(<https:\/\/github\.test\/acme\/api\/issues\/7>\)\./,
  );
});
