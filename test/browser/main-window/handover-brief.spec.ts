import type { Page } from '@playwright/test';
import { openChecklist } from '../cockpit/cockpit-pages';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { declare, enterName, entryRow, openMainWindow, runCommand } from './main-window-page';

/*
 * The outgoing lead writes the brief for the next one with one key, reads it, copies it, and the timeline
 * says it was handed over; the hand-over dialog offers the same brief, addressed to the new lead.
 */
const KEY_DELAY = 8;

async function type(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'New entry' });
  await box.pressSequentially(text, { delay: KEY_DELAY });
  await box.press('Enter');
  await expect(box).toHaveValue('');
}

test('Alt+B writes a handover brief from the log; Copy puts it on the clipboard and notes it on the timeline', async ({ app }) => {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Card payments failing', 'Major');

  await type(page, '? payment host missing from the config');
  await type(page, 'ruled out card network outage: their status page is green');
  await type(page, '> rolling back config push 4711');
  await type(page, '! keep the checkout banner up until errors < 1%');
  await type(page, 'impact about 30% of card payments fail');
  await type(page, 'bridge on https://acme.zoom.us/j/123 and chat in #inc-card-payments');
  await expect(entryRow(page, 'card network outage')).toContainText('Ruled out');

  // The status page update goes out from the checklist window: that is the last customer update.
  const list = await openChecklist(app.context, app.origin);
  await expect(list.getByRole('heading', { name: /Card payments failing/ })).toBeVisible();
  await list.getByRole('textbox', { name: 'Status page update' }).fill('Some card payments fail. Next update within the hour.');
  await list.keyboard.press('Alt+1');
  await expect(list.getByRole('status')).toContainText('Status page update copied');

  await page.bringToFront();
  await page.getByRole('heading', { level: 1, name: 'Card payments failing' }).click();
  await page.keyboard.press('Alt+B');
  const dialog = page.getByRole('dialog', { name: 'Handover brief' });
  const brief = dialog.getByRole('textbox', { name: 'Handover brief' });
  await expect(brief).toHaveValue(/^Handover brief: Card payments failing\nFrom Dana Scully, written /);
  const text = await brief.inputValue();
  expect(text).toContain('\nSeverity: major. Status: investigating.\n');
  expect(text).toContain('\nHypotheses still open\n- ');
  expect(text).toMatch(/\nHypotheses still open\n- [^\n]*Dana Scully: payment host missing from the config\n/);
  expect(text).toMatch(/\nRuled out\n- [^\n]*: card network outage: their status page is green\n/);
  expect(text).toMatch(/\nActions taken or under way \(newest first\)\n- [^\n]*: rolling back config push 4711\n/);
  expect(text).toMatch(/\nDecisions\n- [^\n]*: keep the checkout banner up until errors < 1%\n/);
  expect(text).toContain('Latest impact note: about 30% of card payments fail');
  expect(text).toMatch(/\nLast customer update\nStatus page update, copied [^\n]* by Dana Scully:\n {2}Some card payments fail\. Next update within the hour\.\n/);
  expect(text).toMatch(/\nNext update\nStatus page update due [^\n]*\(last one /);
  expect(text).toContain('\n- https://acme.zoom.us/j/123 (');
  expect(text).toContain('\n- #inc-card-payments (');
  expect(text).toContain('\nLead: Dana Scully. Declared by Dana Scully.\n');

  // Copy has the keyboard once the brief is written: Enter hands it over.
  await expect(dialog.getByRole('button', { name: 'Copy brief' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Brief copied and noted on the timeline');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(entryRow(page, 'Handover brief copied:')).toContainText('rolling back config push 4711');
});

test('the hand-over dialog offers the brief, addressed to the new lead and from the one handing over', async ({ app }) => {
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.origin });
  const page = await openMainWindow(app.context, app.origin);
  await enterName(page, 'Dana Scully');
  await declare(page, 'Search results empty', 'Critical');
  await type(page, '? index alias points at the empty index');

  await runCommand(page, 'Hand over the lead');
  const handOver = page.getByRole('dialog', { name: 'Hand over the lead' });
  await handOver.getByRole('textbox', { name: 'New lead' }).pressSequentially('Fox Mulder', { delay: KEY_DELAY });
  await handOver.getByRole('checkbox', { name: 'Then write a handover brief for the new lead' }).check();
  await handOver.getByRole('button', { name: 'Hand over' }).click();

  const dialog = page.getByRole('dialog', { name: 'Handover brief for Fox Mulder' });
  const brief = dialog.getByRole('textbox', { name: 'Handover brief' });
  await expect(brief).toHaveValue(/^Handover brief: Search results empty\nFor Fox Mulder, from Dana Scully, written /);
  await expect(brief).toHaveValue(/\nOutgoing lead: Dana Scully\. Incoming lead: Fox Mulder\. Declared by Dana Scully\.\n/);
  await dialog.getByRole('button', { name: 'Copy brief' }).click();
  await expect(dialog.getByRole('status')).toContainText('Brief copied and noted on the timeline');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(entryRow(page, 'Handover brief copied for Fox Mulder:')).toBeVisible();
});

test('the shortcuts dialog and the palette list the handover brief; its dialog passes axe in the dark theme', async ({ app }) => {
  const page = await openMainWindow(app.context, app.origin);
  await page.emulateMedia({ colorScheme: 'dark' });
  await enterName(page, 'Dana Scully');
  await declare(page, 'Login slow', 'Minor');
  await page.keyboard.press('Control+/');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Write a handover brief for the next lead/ })).toContainText('Alt');
  await page.keyboard.press('Escape');
  await runCommand(page, 'Write a handover brief for the next lead');
  await expect(page.getByRole('dialog', { name: 'Handover brief' }).getByRole('textbox', { name: 'Handover brief' })).toHaveValue(
    /No status page reminder is set for minor incidents\./,
  );
  expect(await axeViolations(page)).toEqual([]);
});
