import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from '../support/fixtures';
import { expectInViewport } from '../support/in-viewport';
import { quickNoteOpenBounds } from '../support/quick-note-window';
import { declare, enterName, openMainWindow } from '../main-window/main-window-page';
import { quickNoteBox } from './cockpit-pages';

/*
 * The quick note at the size main opens it (QUICK_NOTE_SIZE, frameless, not resizable by the user). Main grows the
 * window to the page's height through the fitQuickNote request; the test bridge does what main does (the same
 * function) to the page's viewport. Everything the lead must see is checked to lie inside that viewport.
 */
const KEY_DELAY = 40;

async function openQuickNoteAtRealSize(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  const { width, height } = quickNoteOpenBounds();
  await page.setViewportSize({ width, height });
  await page.goto(`${origin}/quick-note.html`);
  return page;
}

test('declaring from the quick note: the severities, the one picked, the refusal and the key hints all in the window', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  const note = await openQuickNoteAtRealSize(app.context, app.origin);
  const title = note.getByRole('textbox', { name: 'New incident title' });
  await expect(title).toBeFocused();
  await title.pressSequentially('Payments API down', { delay: KEY_DELAY });

  for (const level of ['Minor', 'Major', 'Critical']) {
    await expectInViewport(note, note.getByRole('radio', { name: new RegExp(level) }), `the ${level} choice`);
  }
  const hints = note.locator('.quick-note-keys');
  await expectInViewport(note, hints, 'the key hints');
  await expect(hints).toContainText('Alt+1/2/3');

  // Enter with no severity: the refusal is in the window, not below its edge.
  await title.press('Enter');
  const refusal = note.getByRole('alert');
  await expect(refusal).toContainText('Choose a severity first');
  await expectInViewport(note, refusal, 'the "Choose a severity first" message');
  await expectInViewport(note, hints, 'the key hints under the message');

  await title.press('Alt+3');
  const critical = note.getByRole('radio', { name: /Critical/ });
  await expect(critical).toBeChecked();
  await expectInViewport(note, critical, 'the picked severity');
  expect(await note.evaluate(() => document.scrollingElement!.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(0);

  await title.press('Enter');
  await expect(main.getByRole('navigation', { name: 'Incidents' }).getByText('Payments API down')).toBeVisible();
});

test('a five-line note shows five whole lines, the hints name every prefix, and an error is in the window', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Queue backlog growing', 'Major');
  const note = await openQuickNoteAtRealSize(app.context, app.origin);
  const box = quickNoteBox(note);
  await expect(box).toBeFocused();

  // The empty box at the window's own size: no scrollbar, and the hints whole, with learn and /lead among them.
  const hints = note.locator('.quick-note-keys');
  await expectInViewport(note, hints, 'the key hints');
  for (const word of ['learn', '/lead', 'todo', 'impact', '/sev', '/status']) await expect(hints).toContainText(word);
  expect(await box.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(0);

  // Enter on an empty box: the message shows inside the window.
  await box.press('Enter');
  await expectInViewport(note, note.getByRole('alert'), 'the "type a note first" message');

  for (let line = 1; line <= 5; line++) {
    await box.pressSequentially(`line ${line}: consumer lag ${line * 1000}`, { delay: 15 });
    if (line < 5) await box.press('Shift+Enter');
  }
  // Five lines, none scrolled out of the box, and the box inside the window.
  expect(await box.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await expectInViewport(note, box, 'the five-line note');
  await expectInViewport(note, hints, 'the key hints under the five-line note');
});

test('with two live incidents the position "1 of 2" stays readable however long the title', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Search results are empty for every query in every region since the reindex', 'Major');
  await declare(main, 'Mobile push notifications arrive hours late for a large share of Android users on the new app', 'Minor');
  const note = await openQuickNoteAtRealSize(app.context, app.origin);
  const target = note.getByRole('status', { name: /Note goes to Mobile push notifications.*\(1 of 2\)/ });
  await expectInViewport(note, target, 'the target line');
  const position = target.getByText('1 of 2', { exact: true });
  await expectInViewport(note, position, 'the "1 of 2" position');
  // Not hidden under the title's ellipsis: the position's box lies inside the target line's.
  const [line, pos] = await Promise.all([target.boundingBox(), position.boundingBox()]);
  expect(pos!.x + pos!.width).toBeLessThanOrEqual(line!.x + line!.width);
  await quickNoteBox(note).press('Alt+ArrowDown');
  await expectInViewport(note, note.getByRole('status', { name: /Note goes to Search results.*\(2 of 2\)/ }).getByText('2 of 2'), 'the "2 of 2" position');
});
