import type { Browser, Page } from '@playwright/test';
import { createCommsHandlers } from '../../../src/main/comms/comms-handlers';
import type { CommsSendView } from '../../../src/shared/contract/comms-schemas';
import { SlackDouble } from '../../comms/double/slack-double';
import { StatuspageDouble } from '../../comms/double/statuspage-double';
import { removeDirectory, tempDirectory, xorSafeStorage } from '../../comms/support/comms-app';
import { declare, enterName, entryRow, openMainWindow } from '../main-window/main-window-page';
import { installBridge } from '../support/bridge';
import { expect, test } from '../support/fixtures';
import { openChecklist } from './cockpit-pages';

/*
 * The checklist's send over the built renderer, with the bridge backed by main's real comms handlers and outbox
 * (in this test's Node process) against the Statuspage and Slack doubles on 127.0.0.1. Main's broadcasts reach
 * the pages as the preload delivers events.
 */
interface CommsWorld {
  comms: ReturnType<typeof createCommsHandlers>;
  statuspage: StatuspageDouble;
  slack: SlackDouble;
  main: Page;
  list: Page;
}

/** Main's comms side behind the bridge, both doubles, and a declared incident with its checklist window open. */
async function withComms(origin: string, browser: Browser, run: (world: CommsWorld) => Promise<void>): Promise<void> {
  const statuspage = await new StatuspageDouble().start();
  const slack = await new SlackDouble().start();
  const dir = tempDirectory();
  const pages: Page[] = [];
  const context = await browser.newContext();
  let pending = Promise.resolve();
  const bridge = await installBridge(context, {
    getCommsSettings: () => comms.handlers.getCommsSettings(),
    sendCommsUpdate: (request) => comms.handlers.sendCommsUpdate(request),
    sendHandoverBrief: (request) => comms.handlers.sendHandoverBrief(request),
    listCommsSends: () => comms.handlers.listCommsSends(),
    retryCommsSend: (request) => comms.handlers.retryCommsSend(request),
  });
  const comms = createCommsHandlers({
    safeStorage: xorSafeStorage,
    dataDirectory: dir,
    platform: 'linux',
    // As main's sendEvent does for every window, in order.
    broadcast: (name, payload: CommsSendView[]) => {
      pending = pending.then(async () => {
        for (const page of pages) await bridge.emit(page, name, payload).catch(() => undefined);
      });
    },
    allowLoopbackHttp: true,
    statuspageApiBaseUrl: statuspage.url,
    timeoutMs: 2_000,
    baseBackoffMs: 60_000,
  });
  try {
    expect(comms.handlers.setSlackWebhook({ url: slack.webhookUrl })).toMatchObject({ ok: true });
    expect(await comms.handlers.setStatuspageCredentials({ apiKey: statuspage.apiKey, pageId: statuspage.pageId })).toMatchObject({ ok: true });
    const main = await openMainWindow(context, origin);
    pages.push(main);
    await enterName(main, 'Dana Scully');
    await declare(main, 'Search is slow', 'Major');
    const list = await openChecklist(context, origin);
    pages.push(list);
    await expect(list.getByRole('button', { name: 'Send update: status page and announcement' })).toBeVisible();
    await run({ comms, statuspage, slack, main, list });
  } finally {
    comms.dispose();
    await context.close();
    await statuspage.stop();
    await slack.stop();
    removeDirectory(dir);
  }
  expect(statuspage.violations).toEqual([]);
  expect(slack.violations).toEqual([]);
}

test('offline, the update waits; when Slack is back it goes out once and the timeline shows it; a lost Slack answer is the lead’s call', async ({
  app,
  browserInstance,
}) => {
  await withComms(app.origin, browserInstance, async ({ comms, statuspage, slack, main, list }) => {
    // Slack is unreachable: the status page gets its update, the announcement waits in the outbox.
    await slack.stop();
    await list.keyboard.press('Alt+S');
    await expect(list.getByRole('status').filter({ hasText: 'Sent to Statuspage.' })).toContainText('Slack: waiting in the outbox');
    const waiting = list.getByRole('region', { name: 'Updates not sent yet' });
    await expect(waiting).toContainText('Slack');
    await expect(waiting).toContainText('waiting to be sent');
    await expect(entryRow(main, /Sent the status page update to Statuspage/)).toHaveCount(1);
    await expect(entryRow(main, /Sent the announcement message to Slack/)).toHaveCount(0);

    // The network is back: main's outbox sends it, and the windows note it on the timeline, once.
    await slack.start();
    comms.outbox.nudge();
    await expect(entryRow(main, /Sent the announcement message to Slack \(127\.0\.0\.1/)).toHaveCount(1);
    await expect(waiting).toBeHidden();
    expect(slack.posted).toHaveLength(1);

    // The next answer from Slack is lost after the post: Sitrep does not post again by itself.
    slack.fail('POST /services/{webhook}', { kind: 'drop-after-apply' });
    await list.keyboard.press('Alt+S');
    await expect(list.getByRole('alert').filter({ hasText: 'Sent to Statuspage.' })).toContainText('may or may not have been posted');
    expect(slack.posted).toHaveLength(2);
    comms.outbox.nudge();
    await comms.outbox.flush();
    expect(slack.arrivals).toHaveLength(2);
    const again = list.getByRole('button', { name: 'Send again to Slack' });
    await expect(again).toBeVisible();
    // The lead looked in the channel, did not find it, and sends it again.
    await again.click();
    await expect(again).toBeHidden();
    expect(slack.posted).toHaveLength(3);
    await expect(entryRow(main, /Sent the announcement message to Slack/)).toHaveCount(2);
    await expect(entryRow(main, /Sent the status page update to Statuspage/)).toHaveCount(2);
    expect(statuspage.incidents).toHaveLength(1);
    expect(statuspage.postedUpdates()).toHaveLength(2);
  });
});

test('a second Alt+S while the first send is on its way posts nothing more', async ({ app, browserInstance }) => {
  await withComms(app.origin, browserInstance, async ({ statuspage, slack, list }) => {
    // Slack takes the post but does not answer (main gives up after 2 s): the first send stays on its way.
    slack.fail('POST /services/{webhook}', { kind: 'hang-after-apply' });
    await list.keyboard.press('Alt+S');
    await expect(list.getByRole('button', { name: 'Send update: status page and announcement' })).toBeDisabled();
    await expect.poll(() => slack.arrivals.length).toBe(1);
    await list.keyboard.press('Alt+S');
    await list.keyboard.press('Alt+S');
    await expect(list.getByRole('alert').filter({ hasText: 'Sent to Statuspage.' })).toContainText('may or may not have been posted');
    expect(slack.arrivals).toHaveLength(1);
    expect(statuspage.postedUpdates()).toHaveLength(1);
  });
});

test('Alt+B, then Send: the brief goes to the team’s Slack channel once and the timeline says so; without a webhook the lead is told where to add it', async ({
  app,
  browserInstance,
}) => {
  await withComms(app.origin, browserInstance, async ({ comms, statuspage, slack, main }) => {
    const composer = main.getByRole('textbox', { name: 'New entry' });
    await composer.pressSequentially('? search cluster lost a node', { delay: 8 });
    await composer.press('Enter');
    await expect(composer).toHaveValue('');

    // No webhook yet: nothing leaves, and the dialog says where to add it.
    comms.handlers.clearCommsCredential({ which: 'slack' });
    await main.keyboard.press('Alt+B');
    const dialog = main.getByRole('dialog', { name: 'Handover brief' });
    const brief = dialog.getByRole('textbox', { name: 'Handover brief' });
    await expect(brief).toHaveValue(/search cluster lost a node/);
    const send = dialog.getByRole('button', { name: "Send to the team's Slack channel" });
    // From Copy, which has the keyboard, one Shift+Tab reaches Send.
    await expect(dialog.getByRole('button', { name: 'Copy brief' })).toBeFocused();
    await main.keyboard.press('Shift+Tab');
    await expect(send).toBeFocused();
    await main.keyboard.press('Enter');
    await expect(dialog.getByRole('alert')).toHaveText(/Add the Slack webhook in Settings → Comms \(main window\), then send the brief again\./);
    expect(slack.arrivals).toEqual([]);

    // The webhook is set: the same press posts the brief the lead read, once, and the timeline notes it.
    expect(comms.handlers.setSlackWebhook({ url: slack.webhookUrl })).toMatchObject({ ok: true });
    const text = await brief.inputValue();
    await send.click();
    await expect(dialog.getByRole('status')).toHaveText('Brief sent to Slack. Noted on the timeline.');
    // Main trims the closing line break; the words are the ones the lead read.
    expect(slack.posted).toEqual([text.trimEnd()]);
    await main.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(entryRow(main, /Sent the handover brief to Slack \(127\.0\.0\.1/)).toHaveCount(1);
    await expect(entryRow(main, /Sent the handover brief to Slack/)).toContainText('search cluster lost a node');
    comms.outbox.nudge();
    await comms.outbox.flush();
    expect(slack.arrivals).toHaveLength(1);
    expect(statuspage.postedUpdates()).toEqual([]);
  });
});

test('a brief whose Slack answer was lost is not posted again by itself; the checklist window lets the lead send it again', async ({ app, browserInstance }) => {
  await withComms(app.origin, browserInstance, async ({ comms, slack, main, list }) => {
    slack.fail('POST /services/{webhook}', { kind: 'drop-after-apply' });
    await main.bringToFront();
    await main.getByRole('heading', { level: 1, name: 'Search is slow' }).click();
    await main.keyboard.press('Alt+B');
    const dialog = main.getByRole('dialog', { name: 'Handover brief' });
    await expect(dialog.getByRole('textbox', { name: 'Handover brief' })).toHaveValue(/^Handover brief: Search is slow\n/);
    await dialog.getByRole('button', { name: "Send to the team's Slack channel" }).click();
    await expect(dialog.getByRole('alert')).toContainText('may or may not have been posted. Look in the channel');
    comms.outbox.nudge();
    await comms.outbox.flush();
    expect(slack.arrivals).toHaveLength(1);
    await expect(entryRow(main, /Sent the handover brief to Slack/)).toHaveCount(0);

    // The lead looked in the channel, did not find it, and sends it again from the checklist window.
    const waiting = list.getByRole('region', { name: 'Updates not sent yet' });
    await expect(waiting).toContainText('Slack (handover brief)');
    await waiting.getByRole('button', { name: 'Send again to Slack' }).click();
    await expect(waiting).toBeHidden();
    expect(slack.posted).toHaveLength(2);
    await expect(entryRow(main, /Sent the handover brief to Slack/)).toHaveCount(1);
  });
});
