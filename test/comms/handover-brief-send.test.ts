import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SlackDouble } from './double/slack-double';
import { StatuspageDouble } from './double/statuspage-double';
import { commsApp, removeDirectory, tempDirectory, update } from './support/comms-app';

/*
 * The handover brief sent to the team's Slack channel, through main's comms handlers and outbox against the
 * Slack double: exactly one post with the brief as the lead read it, never on the status page, never twice.
 */
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

const POST = 'POST /services/{webhook}';
const BRIEF = [
  'Handover brief: Checkout errors',
  'For Fox Mulder, from Dana Scully, written 14:05 UTC',
  '',
  'Hypotheses still open',
  '- 13:50 Dana Scully: payment host missing from the config',
].join('\n');

async function configured(options: { slack?: boolean; statuspage?: boolean } = {}) {
  const app = commsApp(dir, statuspage.url);
  if (options.slack !== false) expect(app.handlers.setSlackWebhook({ url: slack.webhookUrl })).toMatchObject({ ok: true });
  if (options.statuspage !== false) {
    expect(await app.handlers.setStatuspageCredentials({ apiKey: statuspage.apiKey, pageId: statuspage.pageId })).toMatchObject({ ok: true });
  }
  return app;
}

describe('sending the handover brief', () => {
  it('posts the brief to Slack exactly once, as the lead read it, and nothing to the status page', async () => {
    const app = await configured();
    const result = await app.handlers.sendHandoverBrief({ incidentId: 'inc-1', text: BRIEF });
    expect(result.sends).toEqual([
      expect.objectContaining({ incidentId: 'inc-1', destination: 'slack', kind: 'handover-brief', state: 'sent', text: BRIEF, where: `Slack (${new URL(slack.url).host})` }),
    ]);
    expect(result.message).toBe('Brief sent to Slack.');
    expect(slack.posted).toEqual([BRIEF]);
    // The only call to Statuspage is the key check made when it was set up.
    expect(statuspage.arrivals.map((a) => a.operation)).toEqual(['GET /pages/{page_id}']);
    app.outbox.nudge();
    await app.outbox.flush();
    expect(slack.arrivals).toHaveLength(1);
    app.dispose();
  });

  it('without a Slack webhook, says to add it in Settings → Comms and sends nothing anywhere', async () => {
    const app = await configured({ slack: false });
    const result = await app.handlers.sendHandoverBrief({ incidentId: 'inc-1', text: BRIEF });
    expect(result).toEqual({ sends: [], message: 'No Slack webhook is set, so nothing was sent. Add the Slack webhook in Settings → Comms (main window), then send the brief again.' });
    expect(slack.arrivals).toEqual([]);
    expect(statuspage.arrivals.map((a) => a.operation)).toEqual(['GET /pages/{page_id}']);
    app.dispose();
  });

  it('a post whose answer was lost is not sent again by itself: one post, and the lead is told to look in the channel', async () => {
    const app = await configured({ statuspage: false });
    slack.fail(POST, { kind: 'drop-after-apply' });
    const result = await app.handlers.sendHandoverBrief({ incidentId: 'inc-1', text: BRIEF });
    expect(result.sends[0]).toMatchObject({ kind: 'handover-brief', state: 'unknown' });
    expect(result.message).toMatch(/may or may not have been posted\. Look in the channel/);
    // Whatever the backoff, try now, as when the network comes back.
    app.outbox.nudge();
    await app.outbox.flush();
    expect(slack.arrivals).toHaveLength(1);
    expect(slack.posted).toEqual([BRIEF]);
    expect(app.handlers.listCommsSends()).toEqual([expect.objectContaining({ kind: 'handover-brief', state: 'unknown' })]);
    app.dispose();
  });

  it('offline, the brief waits beside a waiting announcement (neither replaces the other) and each goes out once when Slack is back', async () => {
    const app = await configured({ statuspage: false });
    await slack.stop();
    await app.handlers.sendCommsUpdate(update());
    const result = await app.handlers.sendHandoverBrief({ incidentId: 'inc-1', text: BRIEF });
    expect(result.sends[0]).toMatchObject({ kind: 'handover-brief', state: 'queued' });
    expect(result.message).toMatch(/^Slack: waiting in the outbox\./);
    expect(app.handlers.listCommsSends().map((s) => [s.kind, s.state])).toEqual([
      ['announcement', 'queued'],
      ['handover-brief', 'queued'],
    ]);
    await slack.start();
    app.outbox.nudge();
    await app.outbox.flush();
    expect(app.handlers.listCommsSends().map((s) => [s.kind, s.state])).toEqual([
      ['announcement', 'sent'],
      ['handover-brief', 'sent'],
    ]);
    expect(slack.posted).toHaveLength(2);
    expect(slack.posted[1]).toBe(BRIEF);
    app.outbox.nudge();
    await app.outbox.flush();
    expect(slack.arrivals).toHaveLength(2);
    app.dispose();
  });
});
