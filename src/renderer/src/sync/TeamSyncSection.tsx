import { useEffect, useState, type FormEvent } from 'react';
import type { SyncSettings } from '../../../shared/contract/sync-channels';
import { getBridge } from '../bridge/get-bridge';
import { mainRefusal } from '../bridge/main-refusal';
import { useSyncStore } from './sync-store';
import { WeakStorageConsent } from '../components/WeakStorageConsent';

/**
 * Settings → Team sync: the team's sync server, the team, and its token. The token goes to main once and
 * never comes back; this view only learns whether one is kept for this server and team.
 */
export function TeamSyncSection() {
  const [settings, setSettings] = useState<SyncSettings | null>(null);
  const [serverUrl, setServerUrl] = useState('');
  const [team, setTeam] = useState('');
  const [token, setToken] = useState('');
  const [needsConsent, setNeedsConsent] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const connection = useSyncStore((s) => s.state);

  useEffect(() => {
    let alive = true;
    void Promise.resolve(getBridge().getSyncSettings()).then((s) => {
      if (!alive || !s) return;
      setSettings(s);
      setServerUrl(s.serverUrl);
      setTeam(s.team);
    });
    return () => {
      alive = false;
    };
  }, []);

  if (!settings) return <p role="status">Loading the team sync settings…</p>;

  const report = (ok: boolean, text: string) => {
    setError(ok ? '' : text);
    setMessage(ok ? text : '');
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const result = await getBridge().setSyncSettings({ serverUrl, team });
      setSettings(result.settings);
      report(result.ok, result.ok ? 'Team sync settings saved.' : result.message);
    } catch (err) {
      report(false, mainRefusal(err));
    }
  };

  const saveToken = async (allowWeakStorage: boolean) => {
    const result = await getBridge().setSyncToken({ token, allowWeakStorage });
    setNeedsConsent(result.needsConsent);
    if (result.ok) setToken('');
    report(result.ok, result.ok ? 'Team token saved.' : result.message);
    setSettings(await getBridge().getSyncSettings());
  };

  return (
    <div className="team-sync-settings">
      <p>
        Share an incident with your team through your own sync server (see the README, “Team sync”). Only the
        incidents you share leave this computer.
      </p>
      <form onSubmit={(e) => void save(e)} aria-label="Team sync server">
        <p>
          <label>
            Sync server address <input value={serverUrl} placeholder="wss://sync.example.com" onChange={(e) => setServerUrl(e.target.value)} />
          </label>
        </p>
        <p>
          <label>
            Team <input value={team} placeholder="acme" onChange={(e) => setTeam(e.target.value)} />
          </label>
        </p>
        <button type="submit">Save team sync settings</button>
      </form>
      <p>{settings.hasToken ? 'A team token is kept for this server and team, encrypted by the system.' : 'No team token for this server and team yet.'}</p>
      <p>
        <label>
          Team token <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        </label>{' '}
        <button type="button" disabled={!token.trim()} onClick={() => void saveToken(false)}>
          Save team token
        </button>{' '}
        {settings.hasToken && (
          <button type="button" onClick={() => void getBridge().clearSyncToken().then(() => getBridge().getSyncSettings().then(setSettings))}>
            Remove team token
          </button>
        )}
      </p>
      {needsConsent && <WeakStorageConsent what="token" onAgree={() => void saveToken(true)} />}
      {connection && connection.connection !== 'off' ? <p>Connection: {connection.message ?? connection.connection}</p> : null}
      {error && <p role="alert">{error}</p>}
      {message && !error && <p role="status">{message}</p>}
    </div>
  );
}
