import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, write } from './main-window-page';

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
