import { test, expect } from './support/fixtures';

// Chromium notes that frame-ancestors cannot be set from a <meta> CSP (main sends it as a header too);
// failed loads are judged below by their URL instead of by the console line that repeats them.
const expected = [/frame-ancestors' is ignored when delivered via a <meta> element/, /^Failed to load resource/];

test('the main window loads from the built renderer without errors and asks for a name once', async ({ app }) => {
  const page = await app.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected.some((e) => e.test(message.text()))) problems.push(message.text());
  });
  page.on('response', (response) => {
    // The test server has no favicon; anything else missing is a broken build.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${app.origin}/index.html`);
  await expect(page.getByRole('heading', { name: 'Welcome to Sitrep' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  expect(problems).toEqual([]);
});
