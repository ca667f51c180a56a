import { useEffect, useState } from 'react';
import type { CommsSettingsView, SetCredentialResult } from '../../../shared/contract/comms-schemas';
import { getBridge } from '../bridge/get-bridge';
import { mainRefusal } from '../bridge/main-refusal';
import { WeakStorageConsent } from '../components/WeakStorageConsent';

/**
 * Settings → Comms: where the checklist's "Send update" goes. The Slack webhook address and the Statuspage key
 * are handed to main once and never come back; this view only learns whether each is there.
 */
export function CommsSettingsSection() {
  const [view, setView] = useState<CommsSettingsView | null>(null);
  const [webhook, setWebhook] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [pageId, setPageId] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const [consentFor, setConsentFor] = useState<'slack' | 'statuspage' | null>(null);

  const refresh = async () => {
    const next = await getBridge().getCommsSettings();
    setView(next ?? null);
    if (next?.statuspagePageId) setPageId((current) => current || next.statuspagePageId);
  };
  useEffect(() => {
    void refresh();
  }, []);

  const report = async (which: 'slack' | 'statuspage', answer: Promise<SetCredentialResult>) => {
    try {
      const outcome = await answer;
      setConsentFor(outcome.needsConsent ? which : null);
      setResult({ ok: outcome.ok, text: outcome.message });
      if (outcome.ok) (which === 'slack' ? setWebhook : setApiKey)('');
    } catch (e) {
      setResult({ ok: false, text: mainRefusal(e) });
    }
    await refresh();
  };
  const saveWebhook = (allowWeakStorage = false) => report('slack', getBridge().setSlackWebhook({ url: webhook, allowWeakStorage }));
  const saveStatuspage = (allowWeakStorage = false) => {
    if (!/^[A-Za-z0-9]{1,64}$/.test(pageId.trim())) {
      setResult({ ok: false, text: 'The page id is the short code of letters and digits on Statuspage’s API info page (for example gytm4qzbx9t6).' });
      return;
    }
    void report('statuspage', getBridge().setStatuspageCredentials({ apiKey, pageId: pageId.trim(), allowWeakStorage }));
  };
  const clear = (which: 'slack' | 'statuspage') => void getBridge().clearCommsCredential({ which }).then(refresh);

  if (!view) return <p role="status">Loading the comms settings…</p>;
  return (
    <div className="comms-settings">
      <p className="hint">The checklist window’s “Send update” (Alt+S) posts the announcement to Slack and the status page update to Statuspage.</p>
      <form
        aria-label="Slack webhook"
        onSubmit={(e) => {
          e.preventDefault();
          void saveWebhook();
        }}
      >
        <p>{view.slackConfigured ? 'A Slack webhook is stored, encrypted by the system.' : 'No Slack webhook yet.'}</p>
        <p>
          <label>
            Slack incoming-webhook address{' '}
            <input type="password" autoComplete="off" value={webhook} onChange={(e) => setWebhook(e.target.value)} placeholder="https://hooks.slack.com/services/…" />
          </label>{' '}
          <button type="submit" disabled={!webhook.trim()}>
            Save webhook
          </button>{' '}
          {view.slackConfigured && (
            <button type="button" onClick={() => clear('slack')}>
              Remove webhook
            </button>
          )}
        </p>
      </form>
      <form
        aria-label="Statuspage"
        onSubmit={(e) => {
          e.preventDefault();
          saveStatuspage();
        }}
      >
        <p>{view.statuspageConfigured ? `A Statuspage key is stored for page ${view.statuspagePageId}.` : 'No Statuspage key yet.'}</p>
        <p>
          <label>
            Statuspage page id <input value={pageId} onChange={(e) => setPageId(e.target.value)} autoComplete="off" />
          </label>
        </p>
        <p>
          <label>
            Statuspage API key <input type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} />
          </label>{' '}
          <button type="submit" disabled={!apiKey.trim() || !pageId.trim()}>
            Check and save key
          </button>{' '}
          {view.statuspageConfigured && (
            <button type="button" onClick={() => clear('statuspage')}>
              Remove key
            </button>
          )}
        </p>
      </form>
      {consentFor && (
        <WeakStorageConsent
          what={consentFor === 'slack' ? 'webhook address' : 'API key'}
          onAgree={() => (consentFor === 'slack' ? void saveWebhook(true) : saveStatuspage(true))}
        />
      )}
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'success' : 'error'}>
          {result.text}
        </p>
      )}
    </div>
  );
}
