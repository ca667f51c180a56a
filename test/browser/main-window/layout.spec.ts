import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { expectInViewport, expectWithin } from '../support/in-viewport';
import { declare, enterName, entryRow, timeline, write } from './main-window-page';

/*
 * The main window at the smallest size it is designed for (1280×720): whatever the incident's header holds, the
 * timeline keeps most of the window and stays usable with the keyboard and the mouse.
 */
const WINDOW = { width: 1280, height: 720 };

const paragraph = (n: number) =>
  `Paragraph ${n}: the connection pool of the payments API was sized for the old replica count. When the retry ` +
  'storm began, every worker waited on a connection, health checks timed out, and the orchestrator restarted ' +
  'healthy pods, which made the storm worse. Nobody had load-tested the pool since the migration in March.';
const FIVE_PARAGRAPHS = [1, 2, 3, 4, 5].map(paragraph).join('\n\n');

async function heightOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  return box?.height ?? 0;
}

async function resolveWithLongRootCause(page: Page): Promise<void> {
  await page.keyboard.press('Alt+R');
  const dialog = page.getByRole('dialog', { name: 'Resolve the incident' });
  await dialog.getByRole('textbox', { name: 'Root cause' }).fill(FIVE_PARAGRAPHS);
  await dialog.getByRole('textbox', { name: 'Fix in place' }).fill(`${paragraph(6)}\n\n${paragraph(7)}`);
  await dialog.getByRole('button', { name: 'Resolve' }).click();
  await expect(dialog).toBeHidden();
}

for (const size of [WINDOW, { width: 1920, height: 1080 }]) {
  test(`a five-paragraph root cause leaves the timeline most of a ${size.width}×${size.height} window, usable by keyboard and mouse`, async ({ app }) => {
    const page = await app.context.newPage();
    await page.setViewportSize(size);
    await page.goto(`${app.origin}/index.html`);
    await enterName(page, 'Dana Scully');
    await declare(page, 'Payments API timing out for every card transaction in the EU and the US', 'Critical');
    for (let i = 1; i <= 12; i++) await write(page, `Observation ${i}: p99 latency still above 4 s`);
    await resolveWithLongRootCause(page);

    const list = timeline(page);
    // The timeline (its scroll area) keeps more than half of the window's height.
    expect(await heightOf(list.locator('xpath=..'))).toBeGreaterThan(size.height / 2);

    // The header shows a few lines of the root cause, with a way to read it all.
    const header = page.locator('.incident-header');
    expect(await heightOf(header)).toBeLessThan(size.height / 3);
    const showAll = page.getByRole('button', { name: 'Show all of the root cause' });
    await expectInViewport(page, showAll, 'the root cause "Show all" button');
    await showAll.click();
    await expect(page.getByRole('button', { name: 'Show less of the root cause' })).toBeVisible();
    await expect(page.getByText(/Paragraph 5:/)).toBeVisible();
    // Expanded, the header scrolls within its own share; the timeline still keeps more than half the window.
    expect(await heightOf(list.locator('xpath=..'))).toBeGreaterThan(size.height / 2);
    expect(await heightOf(header)).toBeLessThan(size.height / 3);

    // Rows are in view and the keyboard walks them.
    const rows = list.getByRole('listitem');
    // Opened at the end: the newest row (the resolved milestone) is whole on screen, not cut under the composer.
    const area = list.locator('xpath=..');
    await expectWithin(area, rows.last(), 'the newest row');
    await expectWithin(area, entryRow(page, 'Observation 12'), 'the latest observation');
    await entryRow(page, 'Observation 12').click();
    await expect(entryRow(page, 'Observation 12')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(entryRow(page, 'Observation 11')).toBeFocused();
    await expectWithin(area, entryRow(page, 'Observation 11'), 'the row the keyboard moved to');
    expect(await rows.count()).toBeGreaterThan(3);

    // The resolve entry is one short line, not the whole root cause again.
    const resolvedRow = entryRow(page, /^.*Resolved\. Root cause:/).first();
    await expect(resolvedRow).not.toContainText('Paragraph 2:');

    // A click on a row's Edit button opens the editor for that row.
    const row = entryRow(page, 'Observation 11');
    await row.hover();
    await row.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit entry' });
    await expect(edit.getByRole('textbox', { name: /Text/ })).toHaveValue('Observation 11: p99 latency still above 4 s');
    await page.keyboard.press('Escape');
    await expect(edit).toBeHidden();
    await expect(row.getByRole('button', { name: 'Edit' })).toBeFocused();
  });
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('toasts stack at most three and never cover the focused row or its Edit and Delete buttons', async ({ app }) => {
  const page = await app.context.newPage();
  await page.setViewportSize(WINDOW);
  await page.goto(`${app.origin}/index.html`);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Login page slow', 'Major');
  for (let i = 1; i <= 6; i++) await write(page, `Check ${i}: login p95 at 3 s`);

  // Four actions, four messages, as fast as a lead works through them.
  await page.keyboard.press('Alt+S');
  const severity = page.getByRole('dialog', { name: 'Change severity' });
  // The keyboard starts on the current level, so one arrow goes one level up.
  await expect(severity.getByRole('radio', { name: 'Major', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(severity.getByRole('radio', { name: 'Critical', exact: true })).toBeChecked();
  await severity.getByRole('button', { name: 'Change severity' }).click();
  await expect(severity).toBeHidden();
  await page.keyboard.press('Alt+L');
  const handOver = page.getByRole('dialog', { name: 'Hand over the lead' });
  await handOver.getByRole('textbox', { name: 'New lead' }).fill('Fox Mulder');
  await handOver.getByRole('button', { name: 'Hand over' }).click();
  await expect(handOver).toBeHidden();
  await page.keyboard.press('Alt+T');
  const status = page.getByRole('dialog', { name: 'Move status' });
  await status.getByRole('radio', { name: /Identified/ }).check();
  await status.getByRole('button', { name: /Move/ }).click();
  await expect(status).toBeHidden();
  const doomed = entryRow(page, 'Check 6');
  await doomed.click();
  await page.keyboard.press('Delete');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

  const toasts = page.getByRole('region', { name: 'Messages' }).locator('.toast');
  const shown = await toasts.count();
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThanOrEqual(3);

  // The newest row, at the foot of the timeline where the toasts used to stack, focused with its buttons showing.
  await write(page, 'Check 7: login p95 back to 300 ms');
  const row = entryRow(page, 'Check 7');
  await row.click();
  await row.hover();
  await expect(row).toBeFocused();
  const targets = [row, row.getByRole('button', { name: 'Edit' }), row.getByRole('button', { name: 'Delete' })];
  for (let t = 0; t < shown; t++) {
    const toast = await toasts.nth(t).boundingBox();
    if (!toast) throw new Error('A toast has no box.');
    for (const target of targets) {
      const box = await target.boundingBox();
      if (!box) throw new Error('The focused row or a button has no box.');
      expect(overlaps(toast, box), `toast ${t + 1} ${JSON.stringify(toast)} over ${JSON.stringify(box)}`).toBe(false);
    }
  }
  // And the buttons under the toasts' corner still take a click.
  await row.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit entry' })).toBeVisible();
});

/** Presses the mouse on the element's centre and reports whether it moved before the button came up. */
async function movesWhilePressed(page: Page, target: Locator): Promise<{ before: unknown; during: unknown }> {
  const before = await target.boundingBox();
  if (!before) throw new Error('The target has no box.');
  await page.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await page.mouse.down();
  const during = await target.boundingBox();
  await page.mouse.up();
  return { before, during };
}

test('in the timeline and the incident list, nothing under the pointer moves between press and release', async ({ app }) => {
  const page = await app.context.newPage();
  await page.setViewportSize(WINDOW);
  await page.goto(`${app.origin}/index.html`);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Webhooks delayed', 'Minor');
  await declare(page, 'Exports failing', 'Major');
  for (let i = 1; i <= 5; i++) await write(page, `Export attempt ${i} failed with 500`);

  // Row after row, with the previous one focused (its buttons showing), as a lead clicking down the log does.
  for (const [from, to] of [
    ['Export attempt 5', 'Export attempt 4'],
    ['Export attempt 4', 'Export attempt 2'],
    ['Export attempt 2', 'Export attempt 5'],
  ] as const) {
    await entryRow(page, from).click();
    const { before, during } = await movesWhilePressed(page, entryRow(page, to));
    expect(during, `${to} stays put while pressed`).toEqual(before);
    await expect(entryRow(page, to)).toBeFocused();
  }
  const edit = entryRow(page, 'Export attempt 3').getByRole('button', { name: 'Edit' });
  await entryRow(page, 'Export attempt 3').hover();
  const pressedEdit = await movesWhilePressed(page, edit);
  expect(pressedEdit.during).toEqual(pressedEdit.before);
  await expect(page.getByRole('dialog', { name: 'Edit entry' })).toBeVisible();
  await page.keyboard.press('Escape');

  const incidents = page.getByRole('navigation', { name: 'Incidents' });
  for (const name of [/Webhooks delayed/, /Exports failing/]) {
    const item = incidents.getByRole('button', { name });
    const { before, during } = await movesWhilePressed(page, item);
    expect(during, `the incident list item ${name} stays put while pressed`).toEqual(before);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  }
});
