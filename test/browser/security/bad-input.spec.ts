import type { Page } from '@playwright/test';
import { openQuickNote, quickNoteBox, storedRows } from '../cockpit/cockpit-pages';
import { declare, enterName, openMainWindow, timeline } from '../main-window/main-window-page';
import { expect, test } from '../support/fixtures';

/*
 * Bad input where people type it, in Chromium over the built pages with real IndexedDB: the largest entry the
 * log holds (1,000,000 characters) and one more, a 10,000-line paste, and control characters. Each is either
 * stored and shown exactly, or refused with a message that says what to do while the text stays in the box.
 */
const LIMIT = 1_000_000;

/** A real paste: the text goes on the clipboard and Ctrl+V puts it in the focused box. */
async function paste(page: Page, box: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+V');
}

const storedTexts = async (page: Page): Promise<string[]> => (await storedRows(page, 'entries')).map((row) => row.text as string);

test.beforeEach(async ({ app }) => {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('composer: 1,000,000 characters are one entry; one more is refused with what to do, and nothing typed is lost', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Checkout is down');
  const box = page.getByRole('textbox', { name: 'New entry' });

  const tooLong = `${'a'.repeat(LIMIT - 3)}END!`;
  await box.fill(tooLong);
  await box.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/1,000,001 characters; one entry holds at most 1,000,000\. Split it into several entries\./);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  expect((await box.inputValue()).length).toBe(LIMIT + 1);
  expect(await storedTexts(page)).not.toContainEqual(expect.stringMatching(/^a{100}/));

  // Delete one character (the "!"), as the person would, and it fits.
  await box.press('End');
  await box.press('Backspace');
  await box.press('Enter');
  await expect(box).toHaveValue('');
  const stored = (await storedTexts(page)).filter((t) => t.startsWith('aaa'));
  expect(stored.map((t) => t.length)).toEqual([LIMIT]);
  expect(stored[0]!.endsWith('END')).toBe(true);
  await expect(timeline(page).getByRole('listitem').filter({ hasText: 'a'.repeat(40) }).getByRole('button', { name: /Show all/ })).toBeVisible();
});

test('composer: a 10,000-line paste becomes one entry with every line, in order', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Checkout is down');
  const box = page.getByRole('textbox', { name: 'New entry' });
  const before = (await storedTexts(page)).length;

  const lines = Array.from({ length: 10_000 }, (_, i) => `2026-11-26T14:${String(Math.floor(i / 600) % 60).padStart(2, '0')} ERROR pod api-${i} restarted`);
  await paste(page, box, lines.join('\n'));
  await expect(box).toHaveValue(lines.join('\n'));
  await box.press('Enter');
  await expect(box).toHaveValue('');

  const after = await storedTexts(page);
  expect(after.length).toBe(before + 1);
  expect(after.find((t) => t.includes('api-0 '))!.split('\n')).toEqual(lines);
  const row = timeline(page).getByRole('listitem').filter({ hasText: 'api-0 restarted' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('button', { name: /Show all/ })).toBeVisible();
});

test('quick note: a 10,000-line paste is one note; 1,000,001 characters are refused and kept in the box', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Checkout is down');
  const page = await openQuickNote(app.context, app.origin);
  const box = quickNoteBox(page);
  await expect(box).toBeVisible();

  const lines = Array.from({ length: 10_000 }, (_, i) => `line ${i}: upstream timeout`);
  await paste(page, box, lines.join('\n'));
  await box.press('Enter');
  await expect(box).toHaveValue('');
  await expect.poll(async () => (await storedTexts(page)).filter((t) => t.startsWith('line 0:')).map((t) => t.split('\n').length)).toEqual([10_000]);

  const tooLong = 'q'.repeat(LIMIT + 1);
  await box.fill(tooLong);
  await box.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(/1,000,001 characters; one entry holds at most 1,000,000\. Split it into several (entries|notes)\./);
  expect((await box.inputValue()).length).toBe(LIMIT + 1);
  expect((await storedTexts(page)).some((t) => t.startsWith('qqq'))).toBe(false);
});

test('composer: control characters, right-to-left, combining marks and emoji are stored and shown as typed', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Checkout is down');
  const box = page.getByRole('textbox', { name: 'New entry' });
  const texts = [
    'terminal: \u001b[31mERROR\u001b[0m bell\u0007 nul\u0000 del\u007f',
    'שלום — مرحبا — e\u0301 Z\u0351 — \u202eoverride\u202c — 👩🏽‍💻🏳️‍🌈',
  ];
  for (const text of texts) {
    await paste(page, box, text);
    await expect(box).toHaveValue(text);
    await box.press('Enter');
    await expect(box).toHaveValue('');
  }
  const stored = await storedTexts(page);
  for (const text of texts) expect(stored).toContain(text);
  const shown = await timeline(page).locator('.entry-text').evaluateAll((els) => els.map((el) => el.textContent));
  for (const text of texts) expect(shown).toContain(text);
});
