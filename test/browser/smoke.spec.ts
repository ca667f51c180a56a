import { test, expect } from './support/fixtures';

// Failed loads are judged below by their URL instead of by the console line that repeats them. Any other console
// error fails the test (the <meta> CSP once carried frame-ancestors, which Chromium reports as an error).
const expected = [/^Failed to load resource/];

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

for (const file of ['quick-note.html', 'checklist.html']) {
  test(`${file} loads without a console error`, async ({ app }) => {
    const page = await app.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !expected.some((e) => e.test(message.text()))) problems.push(message.text());
    });
    await page.goto(`${app.origin}/${file}`);
    // Past loading: the window shows what it has (no live incident yet), so its scripts and styles all ran.
    await expect(page.getByText(/no live incident/i).first()).toBeVisible();
    expect(problems).toEqual([]);
  });
}
