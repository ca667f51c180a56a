import { exchange } from './comms-http';
import { webhookHost } from './comms-addresses';
import { offline, type SendOutcome } from './send-outcome';

/*
 * Posts one message to a Slack incoming webhook (POST {"text": …}; Slack answers 200 "ok", or an error status
 * with a short reason such as "invalid_payload" or "channel_is_archived"). Webhooks have no idempotency key and
 * nothing to read back, so a send is repeated by itself only when it provably never reached Slack (no
 * connection) or Slack refused it before posting (rate limit). A broken connection or a server error after the
 * request left may have posted it: that waits for the lead to look at the channel.
 */
export function slackRequest(webhookUrl: string, text: string) {
  return { method: 'POST' as const, url: webhookUrl, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) };
}

const reasons: Record<string, string> = {
  invalid_payload: 'Slack could not read the message',
  no_text: 'the message was empty',
  channel_is_archived: 'the channel is archived',
  channel_not_found: 'the channel no longer exists',
  action_prohibited: 'a Slack admin does not allow this webhook to post',
  no_service: 'the webhook was removed or disabled',
  no_service_id: 'the webhook address is incomplete',
  invalid_token: 'the webhook address is no longer valid',
};

export async function sendSlackMessage(webhookUrl: string, text: string, options: { timeoutMs: number; now: () => number }): Promise<SendOutcome> {
  const result = await exchange(slackRequest(webhookUrl, text), { timeoutMs: options.timeoutMs });
  const where = `Slack (${webhookHost(webhookUrl)})`;
  if (result.kind === 'not-sent') return offline('Slack');
  if (result.kind === 'lost') {
    return {
      ok: false,
      retry: 'unknown',
      message: 'The connection to Slack broke after the message was sent, so it may or may not have been posted. Look in the channel; if it is not there, choose Send again.',
    };
  }
  if (result.status === 200) return { ok: true, sentAt: options.now(), where };
  if (result.status === 429) {
    return { ok: false, retry: 'auto', message: 'Slack asked Sitrep to slow down; the message is sent again shortly.', retryAt: result.retryAfterMs === null ? null : options.now() + result.retryAfterMs, uncertain: false };
  }
  if (result.status >= 500) {
    return {
      ok: false,
      retry: 'unknown',
      message: `Slack answered with an error (${result.text.trim().slice(0, 80) || result.status}) and may or may not have posted the message. Look in the channel; if it is not there, choose Send again.`,
    };
  }
  const code = result.text.trim();
  const why = reasons[code] ?? `Slack refused the message (${code.slice(0, 80) || result.status})`;
  return { ok: false, retry: 'manual', message: `${why}. Create a new incoming webhook for the channel, paste it in Settings → Comms, then send again.` };
}
