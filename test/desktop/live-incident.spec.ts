import { expect, test } from '@playwright/test';
import { declare, enterName, entryRow, write } from '../browser/main-window/main-window-page';
import { readClipboard, startSitrep, windowState, type Sitrep } from './support/desktop';

// Journey 2: the lead runs a live incident from the tray, the always-on-top checklist and the reminders.
let sitrep: Sitrep | undefined;
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
});

test('tray → checklist on top; a tick, a not-applicable and a copied update reach the main window; a reminder opens the incident', async () => {
  sitrep = await startSitrep();
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await declare(main, 'Event ingestion failing', 'Critical');
  await write(main, 'impact Dashboards show no new events');
  // The tray follows the live incident.
  await expect.poll(async () => (await sitrep!.controls.tray())?.tooltip).toMatch(/critical/i);

  await sitrep.controls.clickTrayItem('Checklist');
  const list = await sitrep.window('checklist.html');
  await expect.poll(() => windowState(sitrep!, 'checklist.html')).toMatchObject({ visible: true, alwaysOnTop: true });
  await expect(list.getByRole('heading', { name: /Event ingestion failing/ })).toBeVisible();

  const duties = list.getByRole('list', { name: 'Lead duties' });
  await duties.getByRole('checkbox', { name: 'Update the public status page' }).click();
  await expect(entryRow(main, 'Checklist: done: Update the public status page')).toBeVisible();

  await list.getByRole('button', { name: '"Announce it to users" does not apply' }).click();
  await list.getByRole('textbox', { name: 'Why "Announce it to users" does not apply' }).pressSequentially('internal only', { delay: 25 });
  await list.keyboard.press('Enter');
  await expect(entryRow(main, 'Checklist: not applicable: Announce it to users (internal only)')).toBeVisible();

  const draft = list.getByRole('textbox', { name: 'Status page update' });
  await expect(draft).toHaveValue(/Dashboards show no new events/);
  await draft.fill('Investigating: event ingestion\n\nNew events are delayed. Next update in 30 minutes.');
  await list.keyboard.press('Alt+1');
  await expect(list.getByRole('status')).toContainText('Status page update copied');
  expect(await readClipboard(sitrep, list)).toBe('Investigating: event ingestion\n\nNew events are delayed. Next update in 30 minutes.');
  await expect(entryRow(main, 'Copied the status page update')).toBeVisible();

  // Reminders run in the main window: give it a clock the spec moves, then let the log go quiet.
  await main.clock.install();
  await main.reload();
  await expect(main.getByRole('heading', { level: 1, name: 'Event ingestion failing' })).toBeVisible();
  expect(await sitrep.controls.notifications()).toEqual([]);
  await main.getByRole('button', { name: /^Settings/ }).click();
  await expect(main.getByRole('heading', { level: 1, name: 'Event ingestion failing' })).toBeHidden();
  await main.clock.fastForward('31:00');
  // A critical incident's log quiet for over 15 minutes (the copy of the status page was the last line).
  await expect.poll(() => sitrep!.controls.notifications()).toContainEqual({
    title: expect.any(String),
    body: expect.stringMatching(/^Nothing logged for 3\d min/),
  });

  await sitrep.controls.clickNotification(0);
  await expect(main.getByRole('heading', { level: 1, name: 'Event ingestion failing' })).toBeVisible();
  expect(await windowState(sitrep, 'index.html')).toMatchObject({ visible: true, focused: true });
});
