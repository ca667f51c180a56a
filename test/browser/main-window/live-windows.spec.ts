import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, timeline, write } from './main-window-page';

test('an entry written in one window appears live in another', async ({ app }) => {
  const first = await openMainWindow(app.context, app.origin);
  await enterName(first, 'Dana Scully');
  await declare(first, 'Search index lagging', 'Minor');

  // A second window of the same profile opens on the incident from the list.
  const second = await openMainWindow(app.context, app.origin);
  await second.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Search index lagging/ }).click();
  await expect(second.getByRole('heading', { level: 1, name: 'Search index lagging' })).toBeVisible();

  await write(first, '> Restarting the indexer on node 3');
  await expect(entryRow(second, 'Restarting the indexer on node 3')).toBeVisible();

  // And the other way round, including a lifecycle change in the header.
  await write(second, '/sev major');
  await expect(first.locator('.facts').getByText('Major', { exact: true })).toBeVisible();
  await expect(first.getByRole('navigation', { name: 'Incidents' }).getByText('Major', { exact: true })).toBeVisible();
});

test('the timeline follows new entries at the bottom and leaves you in place when you scrolled up', async ({ app }) => {
  const writer = await openMainWindow(app.context, app.origin);
  await enterName(writer, 'Dana Scully');
  await declare(writer, 'Cron jobs running twice', 'Minor');
  const reader = await openMainWindow(app.context, app.origin);
  await reader.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Cron jobs running twice/ }).click();

  for (let i = 1; i <= 25; i++) await write(writer, `Duplicate run seen on worker ${i}`);
  await expect(entryRow(reader, 'Duplicate run seen on worker 25')).toBeInViewport();

  // Scrolled up to the start: a new entry must not pull the view away from what is being read.
  const firstRow = reader.getByRole('list', { name: 'Timeline' }).getByRole('listitem').first();
  await entryRow(reader, 'Duplicate run seen on worker 25').focus();
  await reader.keyboard.press('Home');
  await expect(firstRow).toBeInViewport();
  await write(writer, 'Lock table was truncated by the migration');
  await expect(reader.getByRole('button', { name: /Jump to latest/ })).toBeVisible();
  await expect(firstRow).toBeInViewport();
  await reader.getByRole('button', { name: /Jump to latest/ }).click();
  await expect(entryRow(reader, 'Lock table was truncated by the migration')).toBeInViewport();
});

test('an edit, a deletion and a restore in one window show in the other', async ({ app }) => {
  const writer = await openMainWindow(app.context, app.origin);
  await enterName(writer, 'Dana Scully');
  await declare(writer, 'Webhook deliveries delayed', 'Minor');
  await write(writer, 'Queue depth at 40k on webhooks-1');
  const reader = await openMainWindow(app.context, app.origin);
  await reader.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Webhook deliveries delayed/ }).click();
  await expect(entryRow(reader, 'Queue depth at 40k on webhooks-1')).toBeVisible();

  // Edited in the writer with the keyboard: the reader shows the new text, marked as edited.
  const row = entryRow(writer, 'Queue depth at 40k on webhooks-1');
  await row.focus();
  await writer.keyboard.press('Alt+E');
  const dialog = writer.getByRole('dialog', { name: 'Edit entry' });
  const text = dialog.getByRole('textbox', { name: 'Text' });
  await text.press('End');
  await text.pressSequentially(' and falling', { delay: 20 });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  const edited = entryRow(reader, 'Queue depth at 40k on webhooks-1 and falling');
  await expect(edited).toBeVisible();
  await expect(edited).toContainText('edited');

  // Deleted in the writer: a tombstone in the reader, with its Restore button; restored there, back in both.
  await entryRow(writer, 'and falling').focus();
  await writer.keyboard.press('Delete');
  await expect(edited).toHaveCount(0);
  const tombstone = timeline(reader).getByRole('listitem').filter({ hasText: /deleted/ });
  await expect(tombstone).toBeVisible();
  await tombstone.getByRole('button', { name: 'Restore' }).click();
  await expect(entryRow(writer, 'Queue depth at 40k on webhooks-1 and falling')).toBeVisible();
  await expect(edited).toBeVisible();
});
