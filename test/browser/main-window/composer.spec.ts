import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, write } from './main-window-page';

test('the composer keeps the text on a parse error, a refusal, a storage failure and a reload', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Payments API timing out');
  const box = page.getByRole('textbox', { name: 'New entry' });
  const error = page.locator('#composer-error');

  // A command the parser does not understand: the message says what to type, the text stays.
  await box.fill('/sev huge');
  await box.press('Enter');
  await expect(error).toHaveAttribute('role', 'alert');
  await expect(error).toContainText('/sev minor, /sev major or /sev critical');
  await expect(box).toHaveValue('/sev huge');

  // A command the rules refuse (the incident is already investigating): the reason shows, the text stays.
  await box.fill('/status investigating');
  await box.press('Enter');
  await expect(error).toContainText(/already investigating/i);
  await expect(box).toHaveValue('/status investigating');

  // Shift+Enter is a new line, not a save.
  await box.fill('first line');
  await box.press('Shift+Enter');
  await box.pressSequentially('second line');
  await expect(box).toHaveValue('first line\nsecond line');

  // The disk fills up: the write fails, the message says so, and nothing typed is lost.
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.add;
    Object.assign(window, { __restoreAdd: () => (IDBObjectStore.prototype.add = original) });
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await box.press('Enter');
  await expect(error).toContainText(/disk is full/i);
  await expect(box).toHaveValue('first line\nsecond line');
  await expect(entryRow(page, 'second line')).toHaveCount(0);

  // The draft survives a reload of the window.
  await page.reload();
  await expect(box).toHaveValue('first line\nsecond line');

  // Space is back (the reload dropped the patch): Enter saves it, and only now is the draft cleared.
  await box.press('Enter');
  await expect(box).toHaveValue('');
  const row = entryRow(page, 'second line');
  expect(await row.locator('.entry-text').evaluate((el) => (el as HTMLElement).innerText)).toBe('first line\nsecond line');
  await expect(error).toBeEmpty();
});

test('"Set time" backfills an entry to when it happened', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Nightly export failed');
  await write(page, 'Declared after the morning check');

  await page.getByRole('button', { name: 'Set time' }).click();
  const when = page.getByLabel(/Happened at/);
  const past = new Date(Date.now() - 3 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  await when.fill(
    `${past.getFullYear()}-${pad(past.getMonth() + 1)}-${pad(past.getDate())}T${pad(past.getHours())}:${pad(past.getMinutes())}:00`,
  );
  await write(page, 'Export job exited with code 137');

  // Three hours earlier, so it sorts first, with that time shown.
  const rows = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
  await expect(rows.first()).toContainText('Export job exited with code 137');
  await expect(rows.first().locator('time .local')).toContainText(`${pad(past.getHours())}:${pad(past.getMinutes())}:00`);
});
