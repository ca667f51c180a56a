import { test, expect } from './support/fixtures';

test('the main window page loads from the built renderer', async ({ app }) => {
  const page = await app.context.newPage();
  await page.goto(`${app.origin}/index.html`);
  await expect(page.getByRole('heading', { name: 'Sitrep' })).toBeVisible();
});
