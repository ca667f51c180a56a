import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, write } from './main-window-page';

test('a deleted entry comes back with Undo, with Ctrl+Z, and with Restore', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Login page slow');
  await write(page, 'CPU at 95% on auth-2');

  const row = entryRow(page, 'CPU at 95% on auth-2');
  await row.hover();
  await row.getByRole('button', { name: 'Delete' }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole('listitem').filter({ hasText: /deleted/ })).toBeVisible();
  await page.getByRole('status').filter({ hasText: 'Entry deleted.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(row).toBeVisible();

  // Keyboard: focus the row, Delete, then Ctrl+Z.
  await row.focus();
  await page.keyboard.press('Delete');
  await expect(row).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(row).toBeVisible();

  // The tombstone's own Restore button works after the toast is gone.
  await row.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Dismiss message' }).first().click();
  await page.getByRole('listitem').filter({ hasText: /deleted/ }).getByRole('button', { name: 'Restore' }).click();
  await expect(row).toBeVisible();
});

test('changing the time of an entry shows where it came from', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Disk full on db-1');
  await write(page, 'Noticed the disk alert');

  const row = entryRow(page, 'Noticed the disk alert');
  const original = (await row.locator('time .local').textContent()) ?? '';
  await row.focus();
  await page.keyboard.press('Alt+E');
  const dialog = page.getByRole('dialog', { name: 'Edit entry' });
  const when = dialog.getByRole('textbox', { name: 'Happened at' });
  const value = await when.inputValue();
  // Ten minutes earlier: backfilling something that happened before it was written down.
  const earlier = new Date(new Date(value).getTime() - 10 * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await when.fill(
    `${earlier.getFullYear()}-${pad(earlier.getMonth() + 1)}-${pad(earlier.getDate())}T${pad(earlier.getHours())}:${pad(earlier.getMinutes())}:${pad(earlier.getSeconds())}`,
  );
  await dialog.getByRole('textbox', { name: 'Text' }).fill('Noticed the disk alert on db-1');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();

  const edited = entryRow(page, 'Noticed the disk alert on db-1');
  await expect(edited).toContainText(`time changed from ${original} (original)`);
  await expect(edited).toContainText('edited');
  await expect(edited.locator('time .local')).not.toHaveText(original);
  // It moved before the declaration entry, which is now later on the timeline.
  const texts = await page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').allTextContents();
  expect(texts.findIndex((t) => t.includes('Noticed the disk alert'))).toBe(0);
});
