import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { declare, enterName, entryRow } from '../browser/main-window/main-window-page';
import { SlackDouble } from '../comms/double/slack-double';
import { StatuspageDouble } from '../comms/double/statuspage-double';
import { startSitrep, type Sitrep } from './support/desktop';

// Issue 12, section 2: the lead sends the update from the checklist with one key; main's real comms handlers,
// secret store and outbox post it to the Statuspage and Slack doubles on 127.0.0.1.
let sitrep: Sitrep | undefined;
let statuspage: StatuspageDouble;
let slack: SlackDouble;
test.beforeEach(async () => {
  statuspage = await new StatuspageDouble('sp-desktop-key-7f3a9c', 'pgdesk01').start();
  slack = await new SlackDouble().start();
});
test.afterEach(async () => {
  await sitrep?.quit();
  sitrep?.profile.dispose();
  sitrep = undefined;
  await statuspage.stop();
  await slack.stop();
  expect(statuspage.violations).toEqual([]);
  expect(slack.violations).toEqual([]);
});

async function configureComms(main: Page): Promise<void> {
  await main.getByRole('button', { name: /^Settings/ }).click();
  const section = main.getByRole('region', { name: 'Comms: Slack and status page' });
  // A webhook that is not Slack's is refused with a sentence.
  await section.getByLabel('Slack incoming-webhook address').pressSequentially('https://evil.example/services/T/B/X', { delay: 2 });
  await section.getByRole('button', { name: 'Save webhook' }).click();
  await expect(section.getByRole('alert')).toContainText("evil.example is not Slack's webhook server");
  await section.getByLabel('Slack incoming-webhook address').fill('');
  await section.getByLabel('Slack incoming-webhook address').pressSequentially(slack.webhookUrl, { delay: 2 });
  await section.getByRole('button', { name: 'Save webhook' }).click();
  await expect(section.getByText('A Slack webhook is stored, encrypted by the system.')).toBeVisible();

  await section.getByRole('textbox', { name: 'Statuspage page id' }).pressSequentially(statuspage.pageId, { delay: 5 });
  // A wrong key: Statuspage refuses it, and the lead is told what to do.
  await section.getByLabel('Statuspage API key').pressSequentially('not-the-key', { delay: 5 });
  await section.getByRole('button', { name: 'Check and save key' }).click();
  await expect(section.getByRole('alert')).toContainText('Statuspage refused the key');
  await section.getByLabel('Statuspage API key').fill('');
  await section.getByLabel('Statuspage API key').pressSequentially(statuspage.apiKey, { delay: 5 });
  await section.getByRole('button', { name: 'Check and save key' }).click();
  await expect(section.getByText(`A Statuspage key is stored for page ${statuspage.pageId}.`)).toBeVisible();
  await main.getByRole('button', { name: /^Settings/ }).click();
}

test('Alt+S in the checklist posts once to the status page and once to Slack, and the timeline shows both sends', async () => {
  sitrep = await startSitrep({ env: { SITREP_TEST_STATUSPAGE_URL: statuspage.url } });
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await configureComms(main);
  await declare(main, 'Checkout returns 502', 'Major');

  await sitrep.controls.clickTrayItem('Checklist');
  const list = await sitrep.window('checklist.html');
  await expect(list.getByRole('button', { name: 'Send update: status page and announcement' })).toBeVisible();
  await list.keyboard.press('Alt+S');
  await expect(list.getByRole('status').filter({ hasText: 'Sent to Statuspage. Sent to Slack.' })).toBeVisible();

  expect(statuspage.received('POST /pages/{page_id}/incidents')).toHaveLength(1);
  expect(statuspage.incidents).toHaveLength(1);
  expect(statuspage.incidents[0]).toMatchObject({ name: 'Checkout returns 502', status: 'investigating' });
  expect(slack.posted).toHaveLength(1);

  await expect(entryRow(main, /Sent the status page update to Statuspage \(page pgdesk01, incident/)).toHaveCount(1);
  await expect(entryRow(main, 'Sent the announcement message to Slack (127.0.0.1')).toHaveCount(1);

  // The key and the webhook never reached a page.
  for (const file of ['index.html', 'checklist.html']) {
    const page = await sitrep.window(file);
    const seen = await page.evaluate(() => document.documentElement.outerHTML + JSON.stringify({ ...localStorage }));
    expect(seen).not.toContain(statuspage.apiKey);
    expect(seen).not.toContain(slack.path);
  }
});

test('offline, the update waits in main’s outbox, survives a restart, and is posted once when the network is back', async () => {
  sitrep = await startSitrep({ env: { SITREP_TEST_STATUSPAGE_URL: statuspage.url } });
  const main = await sitrep.window('index.html');
  await enterName(main, 'Dana Scully');
  await configureComms(main);
  await declare(main, 'Search is slow', 'Major');
  await sitrep.controls.clickTrayItem('Checklist');
  const list = await sitrep.window('checklist.html');

  // The network goes away (same ports later: the network is back).
  await statuspage.stop();
  await slack.stop();
  // As the lead does: the key once the drafts it sends are on screen (pressed before the checklist had rendered,
  // on a loaded machine, the key reached a window with no handler yet).
  await expect(list.getByRole('button', { name: 'Send update: status page and announcement' })).toBeVisible();
  await list.keyboard.press('Alt+S');
  await expect(list.getByRole('status').filter({ hasText: 'waiting in the outbox' })).toContainText('Statuspage: waiting');
  await expect(list.getByRole('region', { name: 'Updates not sent yet' }).getByRole('listitem')).toHaveCount(2);

  await sitrep.controls.clickTrayItem('Quit Sitrep');
  const profile = sitrep.profile;
  await sitrep.quit();
  await statuspage.start();
  await slack.start();

  // The new main reads its outbox and sends what is due, with nobody pressing anything; the main window notes it.
  sitrep = await startSitrep({ profile, env: { SITREP_TEST_STATUSPAGE_URL: statuspage.url } });
  const again = await sitrep.window('index.html');
  await again.getByRole('navigation', { name: 'Incidents' }).getByRole('button', { name: /Search is slow/ }).click();
  await expect(entryRow(again, /Sent the status page update to Statuspage \(page pgdesk01, incident/)).toHaveCount(1, { timeout: 30_000 });
  await expect(entryRow(again, 'Sent the announcement message to Slack (127.0.0.1')).toHaveCount(1, { timeout: 30_000 });
  expect(statuspage.received('POST /pages/{page_id}/incidents')).toHaveLength(1);
  expect(statuspage.postedUpdates()).toHaveLength(1);
  expect(slack.posted).toHaveLength(1);
});
