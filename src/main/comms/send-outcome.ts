/** What one attempt at a send came to, as the comms outbox needs to know it. */
export type SendOutcome =
  | { ok: true; sentAt: number; where: string; statuspageIncidentId?: string }
  /** Worth trying again by itself (offline, rate limit, server error). `uncertain`: a write may have landed. */
  | { ok: false; retry: 'auto'; message: string; retryAt: number | null; uncertain: boolean }
  /** Slack may have posted it: only the lead, after a look at the channel, may send it again. */
  | { ok: false; retry: 'unknown'; message: string }
  /** The lead must fix something first (the key, the page id, the webhook). */
  | { ok: false; retry: 'manual'; message: string };

export const offline = (service: string): SendOutcome => ({
  ok: false,
  retry: 'auto',
  message: `${service} could not be reached (no network?); it goes out by itself when the network is back.`,
  retryAt: null,
  uncertain: false,
});
