import { isTestLoopbackHttp } from '../github/api-address';

/*
 * Where comms credentials may travel. The Slack webhook address is itself the secret: only Slack's own
 * https://hooks.slack.com/services/… is accepted, so a pasted (or page-supplied) address cannot make main post
 * the team's updates elsewhere. The Statuspage key goes only to https://api.statuspage.io. Plain http to this
 * computer is for the test doubles, and only when main was started in test mode.
 */
export const SLACK_WEBHOOK_HOST = 'hooks.slack.com';
export const STATUSPAGE_API = 'https://api.statuspage.io';


function parse(address: string): URL | null {
  try {
    return new URL(address);
  } catch {
    return null;
  }
}

/** Null when this is a Slack incoming-webhook address main may post to; otherwise what to tell the user. */
export function refusedSlackWebhook(address: string, options: { allowLoopbackHttp: boolean }): string | null {
  const url = parse(address.trim());
  const what = 'Paste the incoming-webhook address Slack gave you: it starts with https://hooks.slack.com/services/.';
  if (!url) return `That is not a web address. ${what}`;
  if (url.username || url.password) return `A webhook address does not contain a user name or password. ${what}`;
  const slack = url.protocol === 'https:' && url.hostname === SLACK_WEBHOOK_HOST && url.port === '';
  if (!slack && !isTestLoopbackHttp(url, options)) {
    return `Sitrep sends the team's updates only to Slack, and ${url.host || 'this address'} is not Slack's webhook server. ${what}`;
  }
  if (!/^\/services\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+$/.test(url.pathname) || url.search || url.hash) {
    return `This is not a complete incoming-webhook address (it should look like /services/T…/B…/…). ${what}`;
  }
  return null;
}

/** Null when the Statuspage key may be sent to this API address; otherwise what to tell the user. */
export function refusedStatuspageApi(apiBaseUrl: string, options: { allowLoopbackHttp: boolean }): string | null {
  const url = parse(apiBaseUrl);
  if (url && url.origin === STATUSPAGE_API && (url.pathname === '/' || url.pathname === '')) return null;
  if (url && isTestLoopbackHttp(url, options)) return null;
  return `Sitrep sends the Statuspage key only to ${STATUSPAGE_API}.`;
}

/** The part of a webhook address that may be shown and logged: the host, never the secret path. */
export function webhookHost(address: string): string {
  return parse(address)?.host ?? 'Slack';
}
