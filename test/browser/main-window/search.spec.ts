import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, write } from './main-window-page';

test('search finds an entry in another incident and jumps to it', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Webhooks delayed', 'Minor');
  await write(page, 'Kafka partition 7 has a stuck consumer group');
  for (let i = 0; i < 30; i++) await write(page, `Retry batch ${i} sent`);
  await declare(page, 'Billing emails not sent', 'Major');
  await write(page, 'SMTP relay refusing connections');

  await page.keyboard.press('Control+Shift+F');
  const dialog = page.getByRole('dialog', { name: 'Search all incidents' });
  await dialog.getByRole('searchbox', { name: 'Search entries' }).fill('stuck consumer');
  const hit = dialog.getByRole('button', { name: /Kafka partition 7/ });
  await expect(hit).toContainText('Webhooks delayed');
  await hit.click();

  await expect(page.getByRole('heading', { level: 1, name: 'Webhooks delayed' })).toBeVisible();
  const row = entryRow(page, 'Kafka partition 7 has a stuck consumer group');
  await expect(row).toBeInViewport();
  await expect(row).toBeFocused();
});
