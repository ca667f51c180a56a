import type { Page } from '@playwright/test';
import { checklistContentSize } from '../../../src/main/checklist-window';
import { test, expect } from '../support/fixtures';
import { expectInViewport, sidewaysOverflow } from '../support/in-viewport';
import { declare, enterName, openMainWindow } from '../main-window/main-window-page';
import { openChecklist } from './cockpit-pages';

/*
 * The checklist window at the size main opens it (its default outer size less the most a frame takes), driven with
 * the mouse as a lead on a call does: quick clicks, one after the other.
 */

async function checklistAtRealSize(page: Page): Promise<Page> {
  await page.setViewportSize(checklistContentSize());
  return page;
}

test('two quick clicks on two duties tick both: nothing moves under the pointer between press and release', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Event ingestion failing', 'Critical');
  const list = await checklistAtRealSize(await openChecklist(app.context, app.origin));
  const duties = list.getByRole('list', { name: 'Lead duties' });
  const first = duties.getByRole('checkbox', { name: 'Keep timestamped notes' });
  const second = duties.getByRole('checkbox', { name: 'Hand over the lead if you are the best debugger' });
  const third = duties.getByRole('checkbox', { name: 'Close only with a root cause and a fix' });

  // Real mouse clicks (move, press, release), one straight after the other, five rounds as in the report.
  for (let round = 0; round < 5; round++) {
    await first.click();
    await second.click();
    await third.click();
    await expect(first).toBeChecked();
    await expect(second).toBeChecked();
    await expect(third).toBeChecked();
    await third.click();
    await second.click();
    await first.click();
    await expect(first).not.toBeChecked();
    await expect(second).not.toBeChecked();
    await expect(third).not.toBeChecked();
  }
});

test('a duty row does not move while the mouse button is down on another', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Payments timing out', 'Major');
  const list = await checklistAtRealSize(await openChecklist(app.context, app.origin));
  const duties = list.getByRole('list', { name: 'Lead duties' });
  // The first duty gets the focus (the old layout opened its detail), then the press lands on a duty below it.
  await duties.getByRole('checkbox', { name: 'Keep timestamped notes' }).click();
  const next = duties.getByRole('checkbox', { name: 'Update the status banner in the product' });
  const before = await next.boundingBox();
  if (!before) throw new Error('The second duty has no box.');
  await list.mouse.move(before.x + before.width / 2, before.y + before.height / 2);
  await list.mouse.down();
  const during = await next.boundingBox();
  await list.mouse.up();
  expect(during).toEqual(before);
  await expect(next).toBeChecked();
});

test('at its real size the checklist keeps title and severity in view, the comms copy in reach, and nothing sideways', async ({ app }) => {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Checkout returns 502 for EU customers after the gateway release', 'Critical');
  const list = await checklistAtRealSize(await openChecklist(app.context, app.origin));
  const title = list.getByRole('heading', { level: 1, name: /Checkout returns 502/ });
  const severity = list.getByRole('region', { name: 'Current incident' }).getByText('critical', { exact: true });
  const copyStatus = list.getByRole('button', { name: /^Copy status: status page update/ });
  await expectInViewport(list, title, 'the incident title');
  await expectInViewport(list, severity, 'the severity');
  await expectInViewport(list, copyStatus, 'the status-page copy button');
  await expectInViewport(list, list.getByRole('button', { name: /^Copy banner: in-app banner/ }), 'the banner copy button');
  await expectInViewport(list, list.getByRole('button', { name: /^Copy announce: announcement message/ }), 'the announcement copy button');

  // Every duty can be ticked, each with a target a finger or a shaky mouse can hit (24 px and up).
  const boxes = list.getByRole('list', { name: 'Lead duties' }).getByRole('checkbox');
  const count = await boxes.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    // The checkbox and its label are one target: the row the label spans.
    const target = box.locator('xpath=ancestor::label[1]');
    await target.scrollIntoViewIfNeeded();
    const area = await target.boundingBox();
    expect(area?.height ?? 0, `duty ${i + 1}'s target height`).toBeGreaterThanOrEqual(24);
    expect(area?.width ?? 0, `duty ${i + 1}'s target width`).toBeGreaterThanOrEqual(24);
    const own = await box.boundingBox();
    expect(own?.height ?? 0, `duty ${i + 1}'s checkbox`).toBeGreaterThanOrEqual(18);
  }

  // Scrolled to the last duty: the title, the severity and the comms copy are still in view.
  await boxes.last().scrollIntoViewIfNeeded();
  await expectInViewport(list, title, 'the title after scrolling the duties');
  await expectInViewport(list, severity, 'the severity after scrolling the duties');
  await expectInViewport(list, copyStatus, 'the status-page copy button after scrolling the duties');
  expect(await sidewaysOverflow(list)).toBe(0);
  // Nothing inside the scrolling part is wider than it either (it would be cut off, not scrolled).
  const cutSideways = await list.evaluate(() =>
    [...document.querySelectorAll('main *:not(.visually-hidden)')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => `${el.tagName} ${el.className}`),
  );
  expect(cutSideways).toEqual([]);

  // Every button is a target of 24 px or more, link-style ones (N/A, Snooze) included.
  const buttons = list.getByRole('button');
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    const box = await button.boundingBox();
    expect(box?.height ?? 0, `button "${await button.textContent()}"`).toBeGreaterThanOrEqual(24);
  }

  // The drafts have no scrollbars of their own: each shows its whole text.
  for (const name of ['Status page update', 'In-app banner', 'Announcement']) {
    const draft = list.getByRole('textbox', { name });
    const overflow = await draft.evaluate((el) => el.scrollHeight - el.clientHeight);
    expect(overflow, `${name} draft shows all its lines`).toBeLessThanOrEqual(1);
  }

  // The copy at the foot works from wherever the list is scrolled, and its message shows without moving it.
  const before = await copyStatus.boundingBox();
  await copyStatus.click();
  await expect(list.getByRole('status').filter({ hasText: 'Status page update copied' })).toBeVisible();
  expect(await copyStatus.boundingBox()).toEqual(before);
  expect(await list.evaluate(() => navigator.clipboard.readText())).toContain('Checkout returns 502');
});

test('with two live incidents the picker fits the window and shows the severity as a badge', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Search results are empty for every query in every region since the reindex', 'Major');
  await declare(main, 'Mobile push notifications arrive hours late for a share of Android users', 'Minor');
  const list = await checklistAtRealSize(await openChecklist(app.context, app.origin));
  const picker = list.getByRole('combobox', { name: 'Incident' });
  await expectInViewport(list, picker, 'the incident picker');
  await expectInViewport(list, list.getByRole('region', { name: 'Current incident' }).getByText('minor', { exact: true }), 'the severity badge');
  expect(await sidewaysOverflow(list)).toBe(0);
  const other = await picker.getByRole('option', { name: /Search results are empty/ }).textContent();
  await picker.selectOption({ label: other ?? '' });
  await expectInViewport(list, list.getByRole('region', { name: 'Current incident' }).getByText('major', { exact: true }), 'the severity badge after switching');
});
