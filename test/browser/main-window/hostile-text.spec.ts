import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, timeline } from './main-window-page';

const hostile = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '**bold** _em_ [link](javascript:window.__pwned=3) `code`\n# Heading\n- item',
  'שלום עולם — مرحبا بالعالم — mixed RTL and LTR',
  'emoji 🔥🚒👩🏽‍💻 and ZWJ 🏳️‍🌈',
  'line one\nline two\n\n  indented line four',
];

test('hostile and unusual text is stored and shown verbatim, and no script runs', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana <b>Scully</b>');
  await declare(page, '<img src=x onerror="window.__pwned=4"> title');
  const box = page.getByRole('textbox', { name: 'New entry' });

  for (const text of hostile) {
    await box.fill(text);
    await box.press('Enter');
    await expect(box).toHaveValue('');
    const shown = entryRow(page, text.split('\n')[0]!).locator('.entry-text');
    await expect(shown).toBeVisible();
    // innerText is what the eye sees (it follows white-space: pre-wrap), so newlines and indents must be there.
    expect(await shown.evaluate((el) => (el as HTMLElement).innerText)).toBe(text);
    expect(await shown.evaluate((el) => el.children.length)).toBe(0);
  }

  // 100 KB in one note: kept whole (clamped on screen, expandable).
  const big = `${'0123456789abcdef'.repeat(6400)}END`;
  await box.fill(big);
  await box.press('Enter');
  await expect(box).toHaveValue('');
  const bigRow = timeline(page).getByRole('listitem').filter({ hasText: 'END' });
  const bigText = await bigRow.locator('.entry-text').textContent();
  expect(bigText).toBe(big);
  await bigRow.getByRole('button', { name: /Show all/ }).click();
  await expect(bigRow.getByRole('button', { name: 'Show less' })).toBeVisible();

  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('.timeline img, .incident-header img, .timeline script')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror="window.__pwned=4"> title');
});
