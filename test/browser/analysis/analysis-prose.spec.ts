import type { Code, Heading, Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { declare, enterName, entryRow, openMainWindow } from '../main-window/main-window-page';
import { expect, test } from '../support/fixtures';

/*
 * The lead writes the root cause and fix as Markdown, at typing speed; the analysis document keeps the code,
 * the links and the headings (below the document's own), and the Analysis panel shows it rendered and raw.
 */
const KEY_DELAY = 8;
const rootCause = [
  'The pool ran dry: `max_connections` was 100. See [the runbook](https://runbooks.test/db-pool).',
  '',
  '### What we saw',
  '',
  '```sql',
  'SELECT count(*) FROM pg_stat_activity;',
  '```',
  '',
  '<img src=x onerror="window.__pwned=1"> [click](javascript:window.__pwned=2)',
].join('\n');
const fix = 'Raised the pool per https://github.test/acme/api/pull/42 and restarted `api`.';

function nodes<T>(tree: Root, type: string): T[] {
  const found: T[] = [];
  visit(tree, type, (node) => void found.push(node as T));
  return found;
}

test('root cause and fix written as Markdown come out as code, links and demoted headings, rendered and raw', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Checkout pool exhausted', 'Major');

  // A note with an address and a pasted two-line log: the timeline row keeps the lines and links the address.
  const box = page.getByRole('textbox', { name: 'New entry' });
  await box.pressSequentially('Dashboard https://grafana.test/d/pool shows', { delay: KEY_DELAY });
  await box.press('Shift+Enter');
  await box.pressSequentially('ERROR pool timeout', { delay: KEY_DELAY });
  await box.press('Enter');
  await expect(box).toHaveValue('');
  const row = entryRow(page, 'ERROR pool timeout');
  const rowLink = row.getByRole('link', { name: 'https://grafana.test/d/pool' });
  await expect(rowLink).toHaveAttribute('href', 'https://grafana.test/d/pool');
  await rowLink.click();
  await expect.poll(() => app.bridge.calls.filter((c) => c.name === 'openExternal').map((c) => c.request)).toEqual([{ url: 'https://grafana.test/d/pool' }]);
  expect(page.url()).toContain('/index.html');

  await page.keyboard.press('Alt+R');
  const resolve = page.getByRole('dialog', { name: 'Resolve the incident' });
  const rootCauseBox = resolve.getByRole('textbox', { name: 'Root cause' });
  // Enter in these boxes starts a new line, as it does for a person writing prose.
  await rootCauseBox.pressSequentially(rootCause, { delay: KEY_DELAY });
  await resolve.getByRole('textbox', { name: 'Fix in place' }).pressSequentially(fix, { delay: KEY_DELAY });
  await expect(rootCauseBox).toHaveValue(rootCause);
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(resolve).toBeHidden();

  await page.getByRole('tab', { name: 'Analysis' }).click();
  const panel = page.getByRole('tabpanel');
  const rendered = panel.getByRole('article', { name: 'Rendered document' });
  await expect(rendered).toBeVisible();

  // Rendered: a code block and links with the right addresses, the heading under the sections, no raw HTML.
  await expect(rendered.locator('pre > code.language-sql')).toHaveText('SELECT count(*) FROM pg_stat_activity;\n');
  await expect(rendered.getByRole('link', { name: 'the runbook' })).toHaveAttribute('href', 'https://runbooks.test/db-pool');
  // (The resolve entry on the timeline repeats the fix too; this is the Fix section's paragraph.)
  const fixParagraph = rendered.getByRole('paragraph').filter({ hasText: 'Raised the pool per' });
  await expect(fixParagraph.getByRole('link', { name: 'https://github.test/acme/api/pull/42' })).toHaveAttribute('href', 'https://github.test/acme/api/pull/42');
  await expect(rendered.getByRole('heading', { name: 'What we saw' })).toHaveJSProperty('tagName', 'H5');
  await expect(rendered.getByRole('heading', { name: 'Root cause', level: 2 })).toBeVisible();
  await expect(rendered.getByRole('cell').getByRole('link', { name: 'https://grafana.test/d/pool' })).toBeVisible();
  // HTML typed in prose is shown as text; a javascript: link keeps its words but loses its address.
  await expect(rendered).toContainText('<img src=x onerror="window.__pwned=1">');
  await expect(rendered.locator('img, script')).toHaveCount(0);
  const badLink = rendered.getByText('click', { exact: true });
  await expect(badLink).not.toHaveAttribute('href', /javascript/);
  await badLink.click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await rendered.getByRole('link', { name: 'the runbook' }).click();
  await expect.poll(() => app.bridge.calls.filter((c) => c.name === 'openExternal').length).toBe(2);
  // (The javascript: link above reached nothing: only the timeline link and the runbook were opened.)
  expect(app.bridge.calls.filter((c) => c.name === 'openExternal')[1]?.request).toEqual({ url: 'https://runbooks.test/db-pool' });
  expect(page.url()).toContain('/index.html');

  // Raw: the Markdown parsed back as GFM has the code block and the links intact and the heading demoted.
  const rawToggle = panel.getByRole('button', { name: 'Raw Markdown' });
  await rawToggle.click();
  await expect(rawToggle).toHaveAttribute('aria-pressed', 'true');
  const raw = (await panel.getByLabel('Raw Markdown', { exact: true }).textContent()) ?? '';
  const tree = fromMarkdown(raw.slice(raw.indexOf('\n---\n') + 5), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const code = nodes<Code>(tree, 'code').find((c) => c.lang === 'sql');
  expect(code?.value).toBe('SELECT count(*) FROM pg_stat_activity;');
  expect(nodes<{ value: string }>(tree, 'inlineCode').map((c) => c.value)).toEqual(expect.arrayContaining(['max_connections', 'api']));
  const links = nodes<Link>(tree, 'link').map((l) => [toString(l), l.url]);
  expect(links).toEqual(
    expect.arrayContaining([
      ['the runbook', 'https://runbooks.test/db-pool'],
      ['https://github.test/acme/api/pull/42', 'https://github.test/acme/api/pull/42'],
      ['https://grafana.test/d/pool', 'https://grafana.test/d/pool'],
    ]),
  );
  const headings = nodes<Heading>(tree, 'heading');
  expect(headings.find((h) => toString(h) === 'What we saw')?.depth).toBe(5);
  expect(headings.filter((h) => h.depth <= 2).map((h) => toString(h))).toContain('Root cause');
  expect(raw).not.toContain('\\###');
  // The pasted log keeps its two lines in one timeline cell.
  expect(raw).toMatch(/\| note \| Dashboard \[https\\:\/\/grafana\.test\/d\/pool\]\(<https:\/\/grafana\.test\/d\/pool>\) shows<br>ERROR pool timeout \|/);

  await rawToggle.click();
  await expect(rendered).toBeVisible();
});
