import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackDouble } from './double/slack-double';
import { StatuspageDouble } from './double/statuspage-double';
import { commsApp, removeDirectory, tempDirectory, update, xorSafeStorage } from './support/comms-app';

let dir: string;
let statuspage: StatuspageDouble;
let slack: SlackDouble;

beforeEach(async () => {
  dir = tempDirectory();
  statuspage = await new StatuspageDouble().start();
  slack = await new SlackDouble().start();
});
afterEach(async () => {
  await statuspage.stop();
  await slack.stop();
  expect(statuspage.violations).toEqual([]);
  expect(slack.violations).toEqual([]);
  removeDirectory(dir);
});

async function configured(options: { timeoutMs?: number } = {}) {
  const app = commsApp(dir, statuspage.url, options);
  expect(app.handlers.setSlackWebhook({ url: slack.webhookUrl })).toMatchObject({ ok: true });
  expect(await app.handlers.setStatuspageCredentials({ apiKey: statuspage.apiKey, pageId: statuspage.pageId })).toMatchObject({ ok: true });
  return app;
}

const CREATE = 'POST /pages/{page_id}/incidents';
const PATCH = 'PATCH /pages/{page_id}/incidents/{incident_id}';

describe('sending an update', () => {
  it('creates the status-page incident on the first send, updates it on the next, and posts the announcement with the banner to Slack', async () => {
    const app = await configured();
    const first = await app.handlers.sendCommsUpdate(update());
    expect(first.sends.map((s) => [s.destination, s.state])).toEqual([
      ['statuspage', 'sent'],
      ['slack', 'sent'],
    ]);
    expect(first.message).toBe('Sent to Statuspage. Sent to Slack.');
    expect(statuspage.incidents).toHaveLength(1);
    expect(statuspage.incidents[0]).toMatchObject({ name: 'Checkout errors', status: 'investigating', metadata: { sitrep: { incident_id: 'inc-1' } } });
    expect(slack.posted).toEqual(['Checkout is failing for some customers; we are on it.\n\nIn-app banner: Some payments fail right now. We are working on it.']);
    expect(first.sends[0]!.where).toBe(`Statuspage (page pg123abc, incident ${statuspage.incidents[0]!.id})`);

    await app.handlers.sendCommsUpdate(update({ status: 'identified', statusPageText: 'We found the cause.' }));
    expect(statuspage.incidents).toHaveLength(1);
    expect(statuspage.postedUpdates().map((u) => [u.status, u.body])).toEqual([
      ['investigating', 'We are investigating failed payments at checkout.'],
      ['identified', 'We found the cause.'],
    ]);
    expect(statuspage.received(PATCH)).toHaveLength(1);
    expect(slack.posted).toHaveLength(2);
  });

  it('opens a new status-page incident when the one it made was deleted on Statuspage', async () => {
    const app = await configured();
    await app.handlers.sendCommsUpdate(update());
    statuspage.incidents.splice(0, 1);
    const next = await app.handlers.sendCommsUpdate(update({ status: 'identified', statusPageText: 'We found the cause.' }));
    expect(next.sends[0]).toMatchObject({ destination: 'statuspage', state: 'sent' });
    expect(statuspage.incidents).toHaveLength(1);
    expect(statuspage.postedUpdates().map((u) => [u.status, u.body])).toEqual([['identified', 'We found the cause.']]);
    await app.handlers.sendCommsUpdate(update({ status: 'monitoring', statusPageText: 'Fix deployed.' }));
    expect(statuspage.incidents).toHaveLength(1);
    expect(statuspage.received(CREATE)).toHaveLength(2);
  });

  it('says what to set up when nothing is configured, and sends nothing', async () => {
    const app = commsApp(dir, statuspage.url);
    const result = await app.handlers.sendCommsUpdate(update());
    expect(result.sends).toEqual([]);
    expect(result.message).toMatch(/add the Slack webhook or the Statuspage key in Settings → Comms/);
    expect(statuspage.arrivals).toEqual([]);
    expect(slack.arrivals).toEqual([]);
  });
});

describe('credentials', () => {
  it('refuses a wrong Statuspage key with what to do, and stores nothing', async () => {
    const app = commsApp(dir, statuspage.url);
    const result = await app.handlers.setStatuspageCredentials({ apiKey: 'wrong-key', pageId: statuspage.pageId });
    expect(result).toEqual({
      ok: false,
      needsConsent: false,
      message: 'Statuspage refused the key: it is not a valid API key for this account. Copy the key again from Statuspage (your avatar → API info) and save it here.',
    });
    expect(app.handlers.getCommsSettings()).toMatchObject({ statuspageConfigured: false });
  });

  it('refuses a webhook address that is not Slack’s with a sentence', () => {
    const app = commsApp(dir, statuspage.url);
    const result = app.handlers.setSlackWebhook({ url: 'https://evil.example/services/T/B/X' });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Sitrep sends the team's updates only to Slack, and evil\.example is not Slack's webhook server\./);
    expect(app.handlers.getCommsSettings().slackConfigured).toBe(false);
  });

  it('on Linux without a keyring, stores a credential only after the lead agrees to weak protection', async () => {
    const app = commsApp(dir, statuspage.url, { safeStorage: { ...xorSafeStorage, getSelectedStorageBackend: () => 'basic_text' } });
    const refused = app.handlers.setSlackWebhook({ url: slack.webhookUrl });
    expect(refused).toMatchObject({ ok: false, needsConsent: true, message: expect.stringMatching(/the webhook address could only be stored with weak protection/) });
    expect(app.handlers.getCommsSettings()).toMatchObject({ slackConfigured: false, needsWeakStorageConsent: true });
    expect(await app.handlers.setStatuspageCredentials({ apiKey: statuspage.apiKey, pageId: statuspage.pageId })).toMatchObject({ ok: false, needsConsent: true });
    expect(app.handlers.setSlackWebhook({ url: slack.webhookUrl, allowWeakStorage: true })).toMatchObject({ ok: true });
    expect(app.handlers.getCommsSettings().slackConfigured).toBe(true);
  });

  it('keeps the key and the webhook out of every file in clear and out of every answer', async () => {
    const app = await configured();
    await app.handlers.sendCommsUpdate(update());
    const answers = JSON.stringify([app.handlers.getCommsSettings(), app.handlers.listCommsSends(), app.events]);
    const files = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const secret of [statuspage.apiKey, slack.path, 's3cr3tWebhookPart']) {
      expect(answers).not.toContain(secret);
      expect(files).not.toContain(secret);
    }
  });
});

describe('offline and the outbox', () => {
  it('queues updates made offline, keeps them over a restart, and sends each exactly once when the network is back', async () => {
    const app = await configured();
    await statuspage.stop();
    await slack.stop();
    const result = await app.handlers.sendCommsUpdate(update());
    expect(result.sends.map((s) => s.state)).toEqual(['queued', 'queued']);
    expect(result.message).toMatch(/waiting in the outbox/);
    app.dispose();

    // Sitrep restarts while still offline, then the network comes back.
    const restarted = commsApp(dir, statuspage.url);
    expect(restarted.handlers.listCommsSends().map((s) => s.state)).toEqual(['queued', 'queued']);
    await statuspage.start();
    await slack.start();
    restarted.outbox.nudge();
    await restarted.outbox.flush();
    expect(restarted.handlers.listCommsSends().map((s) => s.state)).toEqual(['sent', 'sent']);
    expect(statuspage.received(CREATE)).toHaveLength(1);
    expect(slack.posted).toHaveLength(1);
    restarted.outbox.nudge();
    await restarted.outbox.flush();
    expect(slack.arrivals).toHaveLength(1);
    restarted.dispose();
  });
});

describe('queued updates are bound to where they were meant to go', () => {
  it('a webhook or page changed while an update waited does not receive it; the lead is told to send again', async () => {
    const app = await configured();
    await statuspage.stop();
    await slack.stop();
    await app.handlers.sendCommsUpdate(update());
    const other = await new SlackDouble().start();
    try {
      expect(app.handlers.setSlackWebhook({ url: other.webhookUrl })).toMatchObject({ ok: true });
      // Another page id (the key is bound to the API address, not the page; the settings file is main's).
      writeFileSync(join(dir, 'comms-settings.json'), JSON.stringify({ statuspagePageId: 'pgother9' }));
      await statuspage.start();
      app.outbox.nudge();
      await app.outbox.flush();
      expect(app.handlers.listCommsSends().map((s) => [s.destination, s.state])).toEqual([
        ['statuspage', 'failed'],
        ['slack', 'failed'],
      ]);
      expect(app.handlers.listCommsSends().map((s) => s.error)).toEqual([
        expect.stringMatching(/Statuspage page was changed after this update was queued/),
        expect.stringMatching(/Slack webhook was changed after this message was queued/),
      ]);
      expect(other.arrivals).toEqual([]);
      // Nothing reached the status page after the key was checked in settings, under either page id.
      expect(statuspage.arrivals.map((a) => a.operation)).toEqual(['GET /pages/{page_id}']);
    } finally {
      await other.stop();
    }
  });
});

describe('a quit in the middle of a send', () => {
  /** Starts a send whose request arrives and is applied but never answered, then "kills" Sitrep mid-send. */
  async function quitMidSend(operation: string, only: 'slack' | 'statuspage', double: { received(op: string): unknown[] }) {
    const app = await configured({ timeoutMs: 60_000 });
    app.handlers.clearCommsCredential({ which: only === 'slack' ? 'statuspage' : 'slack' });
    (only === 'slack' ? slack : statuspage).fail(operation, { kind: 'hang-after-apply' });
    void app.handlers.sendCommsUpdate(update());
    await expect.poll(() => double.received(operation).length).toBe(1);
    expect(readFileSync(join(dir, 'comms-outbox.json'), 'utf8')).toContain('"state": "sending"');
    app.dispose();
    return commsApp(dir, statuspage.url);
  }

  it('Slack: the restarted app does not post again by itself, and says to look in the channel', async () => {
    const restarted = await quitMidSend('POST /services/{webhook}', 'slack', slack);
    expect(restarted.handlers.listCommsSends()).toEqual([expect.objectContaining({ destination: 'slack', state: 'unknown', error: expect.stringMatching(/Look in the channel/) })]);
    restarted.outbox.nudge();
    await restarted.outbox.flush();
    expect(slack.received('POST /services/{webhook}')).toHaveLength(1);
    restarted.dispose();
  });

  it('Statuspage: the restarted app finds the incident the lost request created, and does not create another', async () => {
    const restarted = await quitMidSend(CREATE, 'statuspage', statuspage);
    restarted.outbox.nudge();
    await restarted.outbox.flush();
    expect(restarted.handlers.listCommsSends()).toEqual([expect.objectContaining({ state: 'sent' })]);
    expect(statuspage.received(CREATE)).toHaveLength(1);
    expect(statuspage.postedUpdates()).toHaveLength(1);
    restarted.dispose();
  });
});

describe('no double post after a lost response', () => {
  it('Statuspage: a create whose answer was lost is found by its marker, not created again', async () => {
    const app = await configured();
    app.handlers.clearCommsCredential({ which: 'slack' });
    statuspage.fail(CREATE, { kind: 'drop-after-apply' });
    const result = await app.handlers.sendCommsUpdate(update());
    expect(result.sends[0]).toMatchObject({ state: 'queued' });
    expect(statuspage.incidents).toHaveLength(1);

    // Whatever the backoff, try now, as when the network comes back.
    app.outbox.nudge();
    await app.outbox.flush();
    expect(app.handlers.listCommsSends()[0]).toMatchObject({ state: 'sent' });
    expect(statuspage.received(CREATE)).toHaveLength(1);
    expect(statuspage.postedUpdates()).toHaveLength(1);
    // The adopted incident is remembered: the next update is a PATCH of it.
    await app.handlers.sendCommsUpdate(update({ status: 'monitoring', statusPageText: 'A fix is out; we are watching.' }));
    expect(statuspage.incidents).toHaveLength(1);
    expect(statuspage.postedUpdates().map((u) => u.status)).toEqual(['investigating', 'monitoring']);
  });

  it('Statuspage: an update whose answer never came (timeout) is read back before writing, not posted twice', async () => {
    const app = await configured({ timeoutMs: 300 });
    app.handlers.clearCommsCredential({ which: 'slack' });
    await app.handlers.sendCommsUpdate(update());
    statuspage.fail(PATCH, { kind: 'hang-after-apply' });
    const second = await app.handlers.sendCommsUpdate(update({ status: 'identified', statusPageText: 'Cause found: a bad config push.' }));
    expect(second.sends[0]).toMatchObject({ state: 'queued' });

    // Whatever the backoff, try now, as when the network comes back.
    app.outbox.nudge();
    await app.outbox.flush();
    expect(app.handlers.listCommsSends().map((s) => s.state)).toEqual(['sent', 'sent']);
    expect(statuspage.received(PATCH)).toHaveLength(1);
    expect(statuspage.postedUpdates().map((u) => u.body)).toEqual(['We are investigating failed payments at checkout.', 'Cause found: a bad config push.']);
  });

  it('Statuspage: a 500 is tried again, and the retry writes once', async () => {
    const app = await configured();
    app.handlers.clearCommsCredential({ which: 'slack' });
    statuspage.fail(CREATE, { kind: 'status', status: 500, body: { message: 'Internal error' } });
    const result = await app.handlers.sendCommsUpdate(update());
    expect(result.sends[0]).toMatchObject({ state: 'queued', error: expect.stringMatching(/Statuspage had a problem/) });
    // Whatever the backoff, try now, as when the network comes back.
    app.outbox.nudge();
    await app.outbox.flush();
    expect(app.handlers.listCommsSends()[0]).toMatchObject({ state: 'sent' });
    expect(statuspage.incidents).toHaveLength(1);
    expect(statuspage.postedUpdates()).toHaveLength(1);
  });

  it('Slack: a post whose answer was lost is not sent again by itself; the lead decides after looking', async () => {
    const app = await configured();
    await app.handlers.clearCommsCredential({ which: 'statuspage' });
    slack.fail('POST /services/{webhook}', { kind: 'drop-after-apply' });
    const result = await app.handlers.sendCommsUpdate(update());
    expect(result.sends[0]).toMatchObject({ destination: 'slack', state: 'unknown' });
    expect(result.message).toMatch(/may or may not have been posted\. Look in the channel/);
    app.outbox.nudge();
    await app.outbox.flush();
    expect(slack.arrivals).toHaveLength(1);
    expect(slack.posted).toHaveLength(1);

    // The lead looked, and chose to send it again: that is the only way it goes out a second time.
    expect(await app.handlers.retryCommsSend({ id: result.sends[0]!.id })).toBe(true);
    // Whatever the backoff, try now, as when the network comes back.
    app.outbox.nudge();
    await app.outbox.flush();
    expect(slack.posted).toHaveLength(2);
  });

  it('Slack: a post that never reached Slack (nobody listening) is sent when Slack is back, once', async () => {
    const app = await configured();
    await app.handlers.clearCommsCredential({ which: 'statuspage' });
    await slack.stop();
    const result = await app.handlers.sendCommsUpdate(update());
    expect(result.sends[0]).toMatchObject({ state: 'queued' });
    await slack.start();
    app.outbox.nudge();
    await app.outbox.flush();
    expect(app.handlers.listCommsSends()[0]).toMatchObject({ state: 'sent' });
    expect(slack.posted).toHaveLength(1);
  });

  it('Slack: a refusal says what is wrong and what to do', async () => {
    const app = await configured();
    await app.handlers.clearCommsCredential({ which: 'statuspage' });
    slack.fail('POST /services/{webhook}', { kind: 'status', status: 410, text: 'channel_is_archived' });
    const result = await app.handlers.sendCommsUpdate(update());
    expect(result.sends[0]).toMatchObject({ state: 'failed' });
    expect(result.message).toBe('Slack: the channel is archived. Create a new incoming webhook for the channel, paste it in Settings → Comms, then send again.');
  });
});
