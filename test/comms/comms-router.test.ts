import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlersThroughRouter, type RouterCall } from '../support/handlers-through-router';
import { SlackDouble } from './double/slack-double';
import { StatuspageDouble } from './double/statuspage-double';
import { commsApp, removeDirectory, tempDirectory, update } from './support/comms-app';

/*
 * Main's real comms handlers behind the real IPC router, as a compromised page would reach them: the sender's
 * window decides which channels it may use, and every request is parsed with its schema.
 */

let dir: string;
let statuspage: StatuspageDouble;
let slack: SlackDouble;
let app: ReturnType<typeof commsApp>;
let call: RouterCall;

beforeEach(async () => {
  dir = tempDirectory();
  statuspage = await new StatuspageDouble().start();
  slack = await new SlackDouble().start();
  app = commsApp(dir, statuspage.url);
  call = handlersThroughRouter(app.handlers);
});
afterEach(async () => {
  app.dispose();
  await statuspage.stop();
  await slack.stop();
  expect(statuspage.violations).toEqual([]);
  removeDirectory(dir);
});

describe('the comms channels through the router', () => {
  it('the checklist may send, but neither it nor the quick note may set or clear a credential', async () => {
    for (const window of ['checklist', 'quickNote'] as const) {
      await expect(call(window, 'setSlackWebhook', { url: slack.webhookUrl })).rejects.toThrowMessage(/refused setSlackWebhook from this window/);
      await expect(call(window, 'setStatuspageCredentials', { apiKey: 'k', pageId: 'p1' })).rejects.toThrowMessage(/refused/);
      await expect(call(window, 'clearCommsCredential', { which: 'slack' })).rejects.toThrowMessage(/refused/);
    }
    await expect(call('quickNote', 'sendCommsUpdate', update())).rejects.toThrowMessage(/refused sendCommsUpdate/);
    await expect(call('checklist', 'sendCommsUpdate', update())).resolves.toMatchObject({ sends: [] });
  });

  it('a page cannot choose where an update goes: extra fields are dropped, and main posts to the configured hosts only', async () => {
    await expect(call('main', 'setSlackWebhook', { url: slack.webhookUrl })).resolves.toMatchObject({ ok: true });
    const elsewhere = await new SlackDouble().start();
    try {
      const sneaky = { ...update(), url: elsewhere.webhookUrl, webhookUrl: elsewhere.webhookUrl, apiBaseUrl: elsewhere.url, destination: 'elsewhere' };
      await expect(call('checklist', 'sendCommsUpdate', sneaky)).resolves.toMatchObject({ sends: [expect.objectContaining({ destination: 'slack', state: 'sent' })] });
      expect(slack.posted).toHaveLength(1);
      expect(elsewhere.arrivals).toEqual([]);
    } finally {
      await elsewhere.stop();
    }
  });

  it('only the main window may send the handover brief, and a page cannot choose where it goes', async () => {
    await call('main', 'setSlackWebhook', { url: slack.webhookUrl });
    const elsewhere = await new SlackDouble().start();
    try {
      const brief = { incidentId: 'inc-1', text: 'Handover brief: Checkout errors', url: elsewhere.webhookUrl, webhookUrl: elsewhere.webhookUrl };
      for (const window of ['checklist', 'quickNote'] as const) {
        await expect(call(window, 'sendHandoverBrief', brief)).rejects.toThrowMessage(/refused sendHandoverBrief/);
      }
      await expect(call('main', 'sendHandoverBrief', { ...brief, text: '  ' })).rejects.toThrowMessage(/malformed/);
      await expect(call('main', 'sendHandoverBrief', brief)).resolves.toMatchObject({ sends: [expect.objectContaining({ kind: 'handover-brief', state: 'sent' })] });
      expect(slack.posted).toEqual(['Handover brief: Checkout errors']);
      expect(elsewhere.arrivals).toEqual([]);
    } finally {
      await elsewhere.stop();
    }
  });

  it('refuses a malformed update without sending anything', async () => {
    await call('main', 'setSlackWebhook', { url: slack.webhookUrl });
    await expect(call('checklist', 'sendCommsUpdate', { ...update(), announcementText: '   ' })).rejects.toThrowMessage(/malformed/);
    await expect(call('checklist', 'sendCommsUpdate', { ...update(), status: 'on-fire' })).rejects.toThrowMessage(/malformed/);
    expect(slack.arrivals).toEqual([]);
  });

  it('the settings answer never carries the credentials', async () => {
    await call('main', 'setSlackWebhook', { url: slack.webhookUrl });
    await call('main', 'setStatuspageCredentials', { apiKey: statuspage.apiKey, pageId: statuspage.pageId });
    const answer = JSON.stringify(await call('checklist', 'getCommsSettings'));
    expect(answer).toContain('"slackConfigured":true');
    expect(answer).not.toContain(statuspage.apiKey);
    expect(answer).not.toContain('s3cr3tWebhookPart');
  });
});
