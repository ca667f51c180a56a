import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { commsEventContract } from '../../shared/contract/comms-channels';
import {
  type CommsSendView,
  type CommsSettingsView,
  type CommsUpdateRequest,
  type CommsUpdateResult,
  type HandoverBriefSendRequest,
  type SetCredentialResult,
} from '../../shared/contract/comms-schemas';
import { apiAddressKey } from '../github/api-address';
import { readJsonFile, writeJsonFile } from '../json-file';
import { createSecretStore, type SafeStorageLike } from '../secret-store';
import { exchange } from './comms-http';
import { refusedSlackWebhook, refusedStatuspageApi, STATUSPAGE_API, webhookHost } from './comms-addresses';
import { CommsOutbox, type CommsItem, type NewCommsItem } from './comms-outbox';
import type { SendOutcome } from './send-outcome';
import { sendSlackMessage } from './slack-sender';
import { getPage } from './statuspage-requests';
import { sendStatuspageUpdate } from './statuspage-sender';

export interface CommsHandlerDeps {
  safeStorage: SafeStorageLike;
  /** Where the encrypted credentials, the page id and the outbox live (app.getPath('userData')). */
  dataDirectory: string;
  platform: NodeJS.Platform;
  /** Tells every app window how the sends stand. */
  broadcast: (name: keyof typeof commsEventContract, payload: CommsSendView[]) => void;
  /** Test mode only: plain http to the doubles on this computer. */
  allowLoopbackHttp?: boolean;
  /** Test mode only: the Statuspage double's address instead of https://api.statuspage.io. */
  statuspageApiBaseUrl?: string;
  timeoutMs?: number;
  baseBackoffMs?: number;
}

const SettingsSchema = z.object({ statuspagePageId: z.string().max(100).catch('') }).catch({ statuspagePageId: '' });
const IncidentMapSchema = z.record(z.string(), z.string()).catch({});

const fingerprint = (secret: string): string => createHash('sha256').update(secret).digest('hex').slice(0, 16);

/** The words for how one send stands, for the checklist's message line. */
function describe(send: CommsSendView): string {
  const to = send.destination === 'slack' ? 'Slack' : 'Statuspage';
  if (send.state === 'sent') return send.kind === 'handover-brief' ? 'Brief sent to Slack.' : `Sent to ${to}.`;
  if (send.state === 'queued') return `${to}: waiting in the outbox. ${send.error ?? ''}`.trim();
  return `${to}: ${send.error ?? 'not sent.'}`;
}

/**
 * The comms channels' handlers, keyed by contract method name, for the IPC router; also the outbox (start it
 * once the app is ready) and dispose. Main holds the credentials and builds every request.
 */
export function createCommsHandlers(deps: CommsHandlerDeps) {
  const allowLoopbackHttp = deps.allowLoopbackHttp === true;
  const apiBaseUrl = allowLoopbackHttp && deps.statuspageApiBaseUrl ? deps.statuspageApiBaseUrl : STATUSPAGE_API;
  const timeoutMs = deps.timeoutMs ?? 15_000;
  const settingsFile = join(deps.dataDirectory, 'comms-settings.json');
  const incidentsFile = join(deps.dataDirectory, 'comms-statuspage-incidents.json');
  const readSettings = () => SettingsSchema.parse(readJsonFile(settingsFile) ?? {});
  const common = { safeStorage: deps.safeStorage, platform: deps.platform };
  const slackStore = createSecretStore({ ...common, filePath: join(deps.dataDirectory, 'comms-slack-webhook.json'), noun: 'webhook address' });
  const statuspageStore = createSecretStore({ ...common, filePath: join(deps.dataDirectory, 'comms-statuspage-key.json'), noun: 'API key' });
  const SLACK_BINDING = 'slack-incoming-webhook';
  const statuspageBinding = (base: string) => apiAddressKey(base);

  /** The webhook, only while it is still an address main may post to. */
  const webhook = (): string | null => {
    const url = slackStore.get(SLACK_BINDING);
    return url && refusedSlackWebhook(url, { allowLoopbackHttp }) === null ? url : null;
  };
  const statuspageKey = (base: string): string | null => (refusedStatuspageApi(base, { allowLoopbackHttp }) ? null : statuspageStore.get(statuspageBinding(base)));

  const incidentKey = (pageId: string, sitrepIncidentId: string) => `${pageId}/${sitrepIncidentId}`;
  const knownIncidents = () => IncidentMapSchema.parse(readJsonFile(incidentsFile) ?? {});

  async function send(item: CommsItem): Promise<SendOutcome> {
    if (item.destination === 'slack') {
      const url = webhook();
      if (!url) return { ok: false, retry: 'manual', message: 'No Slack webhook is set: add it in Settings → Comms (main window), then send again.' };
      if (fingerprint(url) !== item.webhookFingerprint) {
        return { ok: false, retry: 'manual', message: 'The Slack webhook was changed after this message was queued, so it was not posted to the new one. Send it again if it still applies.' };
      }
      return sendSlackMessage(url, item.text, { timeoutMs, now: Date.now });
    }
    const target = item.statuspage;
    const key = target ? statuspageKey(target.apiBaseUrl) : null;
    if (!target || !key || !item.status) return { ok: false, retry: 'manual', message: 'No Statuspage key is set: add it in Settings → Comms (main window), then send again.' };
    if (readSettings().statuspagePageId !== target.pageId) {
      return { ok: false, retry: 'manual', message: 'The Statuspage page was changed after this update was queued, so it was not posted to the new one. Send it again if it still applies.' };
    }
    const mapKey = incidentKey(target.pageId, item.incidentId);
    const outcome = await sendStatuspageUpdate(
      target,
      key,
      { sitrepIncidentId: item.incidentId, name: item.title, status: item.status, body: item.text, knownIncidentId: knownIncidents()[mapKey] ?? null, uncertain: item.uncertain },
      { timeoutMs, now: Date.now },
    );
    if (outcome.ok && outcome.statuspageIncidentId) writeJsonFile(incidentsFile, { ...knownIncidents(), [mapKey]: outcome.statuspageIncidentId });
    // The key never appears in what the lead reads.
    if (!outcome.ok) return { ...outcome, message: outcome.message.split(key).join('[key]') };
    return outcome;
  }

  const outbox = new CommsOutbox({
    directory: deps.dataDirectory,
    send,
    onChange: (items) => deps.broadcast('onCommsSendsChanged', items),
    baseBackoffMs: deps.baseBackoffMs,
  });

  const settingsView = (): CommsSettingsView => {
    const status = statuspageStore.status();
    const pageId = readSettings().statuspagePageId;
    return {
      slackConfigured: webhook() !== null,
      statuspageConfigured: pageId !== '' && statuspageKey(apiBaseUrl) !== null,
      statuspagePageId: pageId,
      encryptionAvailable: status.encryptionAvailable,
      needsWeakStorageConsent: status.needsWeakStorageConsent,
    };
  };

  /** Queues the sends, makes the first attempt at once, and keeps the outbox going for those that must wait. */
  const sendNow = async (items: NewCommsItem[]): Promise<CommsUpdateResult> => {
    const ids = outbox.enqueue(items);
    await outbox.flush(ids);
    outbox.start();
    const sends = outbox.list().filter((s) => ids.includes(s.id));
    return { sends, message: sends.map(describe).join(' ') };
  };

  const stored = (result: ReturnType<typeof slackStore.set>, what: string): SetCredentialResult =>
    result.ok
      ? { ok: true, needsConsent: false, message: result.persisted ? `${what} saved, encrypted by the system.` : `No system encryption is available: the ${what} is kept until Sitrep closes.` }
      : { ok: false, needsConsent: result.needsConsent, message: result.message };

  const handlers = {
    getCommsSettings: () => settingsView(),
    setSlackWebhook: ({ url, allowWeakStorage }: { url: string; allowWeakStorage?: boolean }): SetCredentialResult => {
      const refused = refusedSlackWebhook(url, { allowLoopbackHttp });
      if (refused) return { ok: false, needsConsent: false, message: refused };
      return stored(slackStore.set(url.trim(), { binding: SLACK_BINDING, allowWeakStorage }), 'Slack webhook');
    },
    setStatuspageCredentials: async ({ apiKey, pageId, allowWeakStorage }: { apiKey: string; pageId: string; allowWeakStorage?: boolean }): Promise<SetCredentialResult> => {
      const refused = refusedStatuspageApi(apiBaseUrl, { allowLoopbackHttp });
      if (refused) return { ok: false, needsConsent: false, message: refused };
      // Ask Statuspage first, so a wrong key is found now rather than during the incident.
      const check = await exchange(getPage({ apiBaseUrl, pageId }, apiKey.trim()), { timeoutMs });
      let note = '';
      if (check.kind === 'response' && (check.status === 401 || check.status === 403)) {
        return { ok: false, needsConsent: false, message: 'Statuspage refused the key: it is not a valid API key for this account. Copy the key again from Statuspage (your avatar → API info) and save it here.' };
      }
      if (check.kind === 'response' && check.status === 404) {
        return { ok: false, needsConsent: false, message: `Statuspage has no page ${pageId} that this key can reach. Copy the page id from the same API info page and save again.` };
      }
      if (check.kind !== 'response' || check.status !== 200) note = ' Statuspage could not be reached to check it now; the first update will.';
      const result = statuspageStore.set(apiKey, { binding: statuspageBinding(apiBaseUrl), allowWeakStorage });
      if (result.ok) writeJsonFile(settingsFile, { statuspagePageId: pageId });
      const answer = stored(result, 'Statuspage key');
      return answer.ok ? { ...answer, message: `${answer.message}${note}` } : answer;
    },
    clearCommsCredential: ({ which }: { which: 'slack' | 'statuspage' }) => (which === 'slack' ? slackStore.clear() : statuspageStore.clear()),
    sendCommsUpdate: async (request: CommsUpdateRequest): Promise<CommsUpdateResult> => {
      const items: NewCommsItem[] = [];
      const base = { incidentId: request.incidentId, title: request.title, status: request.status };
      const pageId = readSettings().statuspagePageId;
      if (pageId && statuspageKey(apiBaseUrl)) {
        items.push({ ...base, destination: 'statuspage', kind: 'status-page', text: request.statusPageText, statuspage: { apiBaseUrl, pageId }, webhookFingerprint: null, where: `Statuspage (page ${pageId})` });
      }
      const url = webhook();
      if (url) {
        const text = request.bannerText ? `${request.announcementText}\n\nIn-app banner: ${request.bannerText}` : request.announcementText;
        items.push({ ...base, destination: 'slack', kind: 'announcement', text, statuspage: null, webhookFingerprint: fingerprint(url), where: `Slack (${webhookHost(url)})` });
      }
      if (items.length === 0) {
        return { sends: [], message: 'Nothing was sent: add the Slack webhook or the Statuspage key in Settings → Comms in the main window, then press send again.' };
      }
      return sendNow(items);
    },
    /** The brief goes only to the team's Slack channel, through the same outbox as the updates. */
    sendHandoverBrief: async (request: HandoverBriefSendRequest): Promise<CommsUpdateResult> => {
      const url = webhook();
      if (!url) {
        return { sends: [], message: 'No Slack webhook is set, so nothing was sent. Add the Slack webhook in Settings → Comms (main window), then send the brief again.' };
      }
      return sendNow([
        { incidentId: request.incidentId, title: 'Handover brief', status: null, destination: 'slack', kind: 'handover-brief', text: request.text, statuspage: null, webhookFingerprint: fingerprint(url), where: `Slack (${webhookHost(url)})` },
      ]);
    },
    listCommsSends: () => outbox.list(),
    retryCommsSend: async ({ id }: { id: string }) => {
      const ok = outbox.retry(id);
      if (ok) void outbox.flush([id]).then(() => outbox.start());
      return ok;
    },
  };
  return { handlers, outbox, dispose: () => outbox.stop() };
}
