import type { StatuspageStatus } from '../../shared/contract/comms-schemas';
import { exchange, type Exchange, type HttpRequest } from './comms-http';
import { offline, type SendOutcome } from './send-outcome';
import { createIncident, getIncident, listUnresolved, MARKER_KEY, updateIncident, type StatuspageTarget } from './statuspage-requests';

/*
 * Sends one status-page update so that a repeat never adds it twice. Statuspage has no idempotency key, so the
 * sender reads before it writes: the incident it created is remembered (per Sitrep incident); before creating one
 * it looks among the unresolved incidents for one carrying this Sitrep incident's marker (a create whose answer
 * was lost); and after an attempt with an unknown outcome it first checks whether the incident's newest updates
 * already hold this very message with this status.
 */
export interface StatuspageSend {
  sitrepIncidentId: string;
  name: string;
  status: StatuspageStatus;
  body: string;
  /** The Statuspage incident this Sitrep incident already has, if known. */
  knownIncidentId: string | null;
  /** A previous attempt may have written: look before writing again. */
  uncertain: boolean;
}

interface RemoteUpdate {
  status?: string;
  body?: string;
  created_at?: string;
}
interface RemoteIncident {
  id: string;
  metadata?: Record<string, Record<string, unknown>> | null;
  incident_updates?: RemoteUpdate[];
}

const where = (target: StatuspageTarget, incidentId: string) => `Statuspage (page ${target.pageId}, incident ${incidentId})`;

/** The newest few updates: ours is the newest unless someone updated the incident right after it. */
function alreadyHolds(incident: RemoteIncident, send: StatuspageSend): boolean {
  const updates = [...(incident.incident_updates ?? [])].sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''));
  return updates.slice(0, 3).some((u) => u.status === send.status && (u.body ?? '').trim() === send.body.trim());
}

const errorText = (ex: Extract<Exchange, { kind: 'response' }>): string => {
  const message = (ex.body as { message?: unknown; error?: unknown } | null)?.message ?? (ex.body as { error?: unknown } | null)?.error;
  return typeof message === 'string' && message ? message : `HTTP ${ex.status}`;
};

/** What a non-2xx answer means for the lead. */
function refused(ex: Extract<Exchange, { kind: 'response' }>, target: StatuspageTarget, write: boolean): SendOutcome {
  const reason = errorText(ex);
  if (ex.status === 401 || ex.status === 403) {
    return {
      ok: false,
      retry: 'manual',
      message: `Statuspage refused the key: ${reason}. Create an API key in Statuspage (your avatar → API info), enter it in Settings → Comms, then send again.`,
    };
  }
  if (ex.status === 404) {
    return { ok: false, retry: 'manual', message: `Statuspage has no page ${target.pageId} for this key (${reason}). Check the page id in Settings → Comms.` };
  }
  if (ex.status === 420 || ex.status === 429) {
    return { ok: false, retry: 'auto', message: 'Statuspage asked Sitrep to slow down; the update is sent again shortly.', retryAt: ex.retryAfterMs === null ? null : Date.now() + ex.retryAfterMs, uncertain: false };
  }
  if (ex.status >= 500) {
    return { ok: false, retry: 'auto', message: `Statuspage had a problem (${reason}); the update is sent again shortly.`, retryAt: null, uncertain: write };
  }
  return { ok: false, retry: 'manual', message: `Statuspage did not accept the update: ${reason}. Shorten or correct it, then send again.` };
}

export async function sendStatuspageUpdate(
  target: StatuspageTarget,
  apiKey: string,
  send: StatuspageSend,
  options: { timeoutMs: number; now: () => number },
): Promise<SendOutcome> {
  const call = (request: HttpRequest) => exchange(request, { timeoutMs: options.timeoutMs });
  const done = (incidentId: string): SendOutcome => ({ ok: true, sentAt: options.now(), where: where(target, incidentId), statuspageIncidentId: incidentId });
  /** A failure before anything was written keeps the earlier uncertainty, since that write may still be there. */
  const readFailed = (ex: Exchange): SendOutcome => {
    if (ex.kind === 'response') return refused(ex, target, false);
    return { ...offline('Statuspage'), uncertain: send.uncertain } as SendOutcome;
  };

  // The incident Sitrep remembers was deleted on Statuspage: the update goes to a new one, as on a first send.
  const forgotten = () => sendStatuspageUpdate(target, apiKey, { ...send, knownIncidentId: null }, options);

  let incidentId = send.knownIncidentId;
  if (incidentId && send.uncertain) {
    const read = await call(getIncident(target, apiKey, incidentId));
    if (read.kind === 'response' && read.status === 404) return forgotten();
    if (read.kind !== 'response' || read.status !== 200) return readFailed(read);
    if (alreadyHolds(read.body as RemoteIncident, send)) return done(incidentId);
  }
  if (!incidentId) {
    // Every first send looks first: a lost create, or a teammate's Sitrep, may already have opened it.
    const read = await call(listUnresolved(target, apiKey));
    if (read.kind !== 'response' || read.status !== 200) return readFailed(read);
    const mine = (Array.isArray(read.body) ? (read.body as RemoteIncident[]) : []).find(
      (i) => i.metadata?.[MARKER_KEY]?.incident_id === send.sitrepIncidentId,
    );
    if (mine) {
      incidentId = mine.id;
      if (alreadyHolds(mine, send)) return done(incidentId);
    }
  }

  const write = incidentId
    ? await call(updateIncident(target, apiKey, incidentId, { status: send.status, body: send.body }))
    : await call(createIncident(target, apiKey, { sitrepIncidentId: send.sitrepIncidentId, name: send.name, status: send.status, body: send.body }));
  if (write.kind === 'not-sent') return { ...offline('Statuspage'), uncertain: send.uncertain } as SendOutcome;
  if (write.kind === 'lost') {
    return { ok: false, retry: 'auto', message: 'The connection to Statuspage broke before it answered; Sitrep checks the page before sending again, so the update is not posted twice.', retryAt: null, uncertain: true };
  }
  if (write.status === 404 && send.knownIncidentId) return forgotten();
  if (write.status === 200 || write.status === 201) {
    const id = (write.body as RemoteIncident | null)?.id ?? incidentId;
    if (!id) return { ok: false, retry: 'manual', message: 'Statuspage answered without an incident id; check the status page before sending again.' };
    return done(id);
  }
  return refused(write, target, true);
}
