import { test, expect } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow } from '../main-window/main-window-page';
import { openChecklist, storedRows } from './cockpit-pages';

test('ticking in the checklist window shows on the main timeline and in its progress; unticking is recorded too', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Event ingestion failing', 'Critical');
  const list = await openChecklist(app.context, app.origin);
  await expect(list.getByRole('heading', { name: /Event ingestion failing/ })).toBeVisible();
  const duties = list.getByRole('list', { name: 'Lead duties' });
  await expect(duties.getByRole('checkbox', { name: 'Update the public status page' })).toBeVisible();
  const total = await duties.getByRole('checkbox').count();
  expect(total).toBeGreaterThanOrEqual(8); // critical adds leadership and public comms to the duties
  await expect(list.getByText(`0 of ${total} done`)).toBeVisible();

  await duties.getByRole('checkbox', { name: 'Update the public status page' }).check();
  await expect(list.getByText(`1 of ${total} done`)).toBeVisible();
  await expect(entryRow(main, 'Checklist: done: Update the public status page')).toBeVisible();

  await main.getByRole('tab', { name: 'Checklist' }).click();
  await expect(main.getByRole('tabpanel').getByText(`1 of ${total} done`)).toBeVisible();

  await duties.getByRole('checkbox', { name: 'Update the public status page' }).uncheck();
  await expect(list.getByText(`0 of ${total} done`)).toBeVisible();
  await expect(main.getByRole('tabpanel').getByText(`0 of ${total} done`)).toBeVisible();
  const entries = await storedRows(list, 'entries');
  expect(entries.filter((e) => e.kind === 'checklist').map((e) => e.text)).toEqual([
    'Checklist: done: Update the public status page',
    'Checklist: unticked: Update the public status page',
  ]);
});

test('a duty can be marked not applicable, with the reason on the timeline', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Admin panel broken', 'Critical');
  const list = await openChecklist(app.context, app.origin);
  await list.getByRole('button', { name: '"Announce it to users" does not apply' }).click();
  const reason = list.getByRole('textbox', { name: 'Why "Announce it to users" does not apply' });
  await reason.press('Enter');
  await expect(list.getByRole('alert')).toContainText('Say why');
  await reason.fill('internal tool, no users affected');
  await reason.press('Enter');
  await expect(list.getByText('not applicable: internal tool, no users affected')).toBeVisible();
  await expect(entryRow(main, 'Checklist: not applicable: Announce it to users (internal tool, no users affected)')).toBeVisible();
});

test('a comms draft is copied with one key and the copy is recorded', async ({ app }) => {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Signups failing', 'Major');
  const composer = main.getByRole('textbox', { name: 'New entry' });
  await composer.fill('impact New users cannot create accounts');
  await composer.press('Enter');
  await expect(composer).toHaveValue('');

  const list = await openChecklist(app.context, app.origin);
  const draft = list.getByRole('textbox', { name: 'Status page update' });
  await expect(draft).toHaveValue(/New users cannot create accounts/);
  await draft.fill('Investigating: signups\n\nSome new users cannot sign up. Next update in one hour.');
  await list.keyboard.press('Alt+1');
  await expect(list.getByRole('status')).toContainText('Status page update copied');
  expect(await list.evaluate(() => navigator.clipboard.readText())).toBe(
    'Investigating: signups\n\nSome new users cannot sign up. Next update in one hour.',
  );
  await expect(entryRow(main, 'Copied the status page update')).toBeVisible();
  await expect(entryRow(main, 'Copied the status page update')).toContainText('Some new users cannot sign up.');
});

test('an edited template applies to new incidents; a running one keeps its copy until the lead applies it', async ({ app }) => {
  const main = await openMainWindow(app.context, app.origin);
  await enterName(main, 'Dana Scully');
  await declare(main, 'Cache stampede', 'Minor');
  const list = await openChecklist(app.context, app.origin);
  const duties = list.getByRole('list', { name: 'Lead duties' });
  await expect(duties.getByRole('checkbox', { name: 'Keep timestamped notes' })).toBeVisible();
  const before = await duties.getByRole('checkbox').count();

  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.locator('#settings-checklist-templates');
  await section.getByRole('combobox', { name: 'Checklist template severity' }).selectOption('minor');
  await section.getByRole('textbox', { name: 'New duty' }).fill('Tell the support team');
  await section.getByRole('button', { name: 'Add duty' }).click();
  const minorDuties = section.getByRole('list', { name: 'Minor duties' });
  await expect(minorDuties.getByRole('listitem').last()).toContainText('Tell the support team');
  await section.getByRole('button', { name: 'Move "Tell the support team" up' }).click();
  await expect(minorDuties.getByRole('listitem').nth(before - 1)).toContainText('Tell the support team');

  // The running incident still has its own list, and is offered the new one.
  await expect(duties.getByRole('checkbox')).toHaveCount(before);
  await list.getByRole('button', { name: 'Apply the current minor template' }).click();
  await expect(duties.getByRole('checkbox')).toHaveCount(before + 1);
  await expect(duties.getByRole('checkbox', { name: 'Tell the support team' })).toBeVisible();

  await section.getByRole('button', { name: 'Reset the minor checklist to the defaults' }).click();
  await expect(minorDuties.getByRole('listitem')).toHaveCount(before);
});
