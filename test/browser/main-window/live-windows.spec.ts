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
