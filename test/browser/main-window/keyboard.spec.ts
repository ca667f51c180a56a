import { test, expect } from '../support/fixtures';
import { enterName, entryRow, openMainWindow, write } from './main-window-page';

test('declaring and running the incident works from the keyboard alone', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');

  await page.keyboard.press('Alt+N');
  const dialog = page.getByRole('dialog', { name: 'Declare an incident' });
  await expect(dialog).toHaveAttribute('aria-modal', 'true');
  await expect(dialog.getByRole('textbox', { name: 'What is wrong?' })).toBeFocused();
  // The guidance is one key away, and the severity definitions are in view.
  await expect(dialog.getByText('Declare when')).toBeHidden();
  await page.keyboard.press('Alt+G');
  await expect(dialog.getByText('Declare when')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Critical', exact: true })).toHaveAccessibleDescription(/.+/);
  await page.keyboard.type('Mobile app cannot log in');
  await dialog.getByRole('radio', { name: 'Major', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'Critical', exact: true })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Mobile app cannot log in' })).toBeVisible();
  // Declared: the cursor is already in the composer.
  await expect(page.getByRole('textbox', { name: 'New entry' })).toBeFocused();

  // Alt+W puts the cursor in the composer from anywhere.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Alt+W');
  await expect(page.getByRole('textbox', { name: 'New entry' })).toBeFocused();
  await write(page, 'Auth service returns 401 for valid tokens');

  // The palette lists what applies now and runs it; Escape closes a dialog and gives focus back.
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Commands' });
  await expect(palette.getByRole('option', { name: /Reopen/ })).toHaveCount(0);
  await page.keyboard.type('status');
  await page.keyboard.press('Enter');
  const status = page.getByRole('dialog', { name: 'Move status' });
  await expect(status).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(status).toBeHidden();

  // Rows are reachable with arrows; Alt+E edits the focused one.
  const row = entryRow(page, 'Auth service returns 401');
  await row.focus();
  await page.keyboard.press('ArrowUp');
  await expect(entryRow(page, /declared/i).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(row).toBeFocused();
  await page.keyboard.press('e');
  await expect(page.getByRole('dialog', { name: 'Edit entry' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(row).toBeFocused();

  // Alt+I goes to the incident list with the keyboard on it; Enter opens the incident again.
  await page.keyboard.press('Alt+I');
  await expect(page.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Mobile app cannot log in/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mobile app cannot log in' })).toBeVisible();

  // The shortcut list is itself one shortcut away.
  await page.keyboard.press('Control+/');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('cell', { name: 'Resolve the incident' })).toBeVisible();
});

test('a shortcut pressed the instant the window appears is not lost', async ({ app }) => {
  const page = await app.context.newPage();
  // Presses Alt+N in the same moment the incident list is first put on screen: after React has written the
  // DOM, before the browser paints or runs anything scheduled later. A listener attached any later misses it.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('nav[aria-label="Incidents"]')) return;
      observer.disconnect();
      const press = { code: 'KeyN', key: 'n', altKey: true, bubbles: true, cancelable: true };
      document.body.dispatchEvent(new KeyboardEvent('keydown', press));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${app.origin}/index.html`);
  await enterName(page, 'Dana Scully');
  await expect(page.getByRole('dialog', { name: 'Declare an incident' })).toBeVisible();
});

test('the theme follows the OS until the setting overrides it', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  await page.emulateMedia({ colorScheme: 'light' });
  const light = await background();
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await background();
  expect(dark).not.toBe(light);

  await page.keyboard.press('Control+,');
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(background).toBe(light);
  await page.getByRole('radio', { name: 'Follow the system' }).check();
  await expect.poll(background).toBe(dark);
});
