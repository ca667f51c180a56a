import { useEffect, useState, type FormEvent } from 'react';
import { GitHubSettingsSchema, type GitHubAuthStatus, type GitHubSettings } from '../../../shared/contract/github-schemas';
import { getBridge } from '../bridge/get-bridge';
import { mainRefusal } from '../bridge/main-refusal';
import { WeakStorageConsent } from '../components/WeakStorageConsent';

const list = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Settings → GitHub: where analyses go, and the token. The token is sent to main once and never comes back;
 * this view only learns whether one is stored.
 */
export function GitHubSettingsSection() {
  const [form, setForm] = useState<GitHubSettings | null>(null);
  const [auth, setAuth] = useState<GitHubAuthStatus | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [token, setToken] = useState('');
  const [needsConsent, setNeedsConsent] = useState(false);
  const [deviceCode, setDeviceCode] = useState<{ userCode: string; verificationUri: string } | null>(null);

  useEffect(() => {
    const bridge = getBridge();
    let alive = true;
    void Promise.all([bridge.getGitHubSettings(), bridge.getGitHubAuthStatus()]).then(([s, a]) => {
      if (!alive) return;
      setForm(s ?? GitHubSettingsSchema.parse({}));
      setAuth(a ?? null);
    });
    const off = bridge.onDeviceCode((code) => setDeviceCode(code));
    return () => {
      alive = false;
      off();
    };
  }, []);

  if (!form) return <p role="status">Loading the GitHub settings…</p>;

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = GitHubSettingsSchema.safeParse(form);
    if (!parsed.success) {
      setError(parsed.error.issues.map((i) => i.message).join(' '));
      return;
    }
    setError('');
    setMessage('');
    try {
      const saved = await getBridge().setGitHubSettings(parsed.data);
      setForm(saved);
      // Main asks before the repository or API address changes; "Cancel" there keeps the stored settings.
      const kept = saved.repository !== parsed.data.repository || saved.apiBaseUrl !== parsed.data.apiBaseUrl;
      setMessage(kept ? 'Nothing was changed: the change of repository or API address was cancelled.' : 'GitHub settings saved.');
      // A new API address removes the token entered for the old one.
      setAuth(await getBridge().getGitHubAuthStatus());
    } catch (err) {
      setError(mainRefusal(err));
    }
  };

  const saveToken = async (allowWeakStorage: boolean) => {
    const result = await getBridge().setGitHubToken({ token, allowWeakStorage });
    setNeedsConsent(result.needsConsent);
    if (result.ok) setToken('');
    (result.ok ? setMessage : setError)(result.message);
    setAuth(await getBridge().getGitHubAuthStatus());
  };

  const field = (key: 'repository' | 'baseBranch' | 'folder' | 'apiBaseUrl' | 'oauthClientId', label: string, hint?: string) => (
    <p>
      <label>
        {label} <input value={form[key]} onChange={(e) => setForm({ ...form, [key]: e.target.value })} />
      </label>
      {hint && <span className="hint"> {hint}</span>}
    </p>
  );

  return (
    <div className="github-settings">
      <form onSubmit={(e) => void save(e)} aria-label="GitHub export settings">
        {field('repository', 'Analysis repository', 'owner/name')}
        {field('baseBranch', 'Base branch', 'empty: the repository’s default branch')}
        {field('folder', 'Folder for documents')}
        <p>
          <label>
            Labels <input value={form.labels.join(', ')} onChange={(e) => setForm({ ...form, labels: list(e.target.value) })} />
          </label>
        </p>
        <p>
          <label>
            Reviewers <input value={form.reviewers.join(', ')} onChange={(e) => setForm({ ...form, reviewers: list(e.target.value) })} />
          </label>
        </p>
        <p>
          <label>
            <input type="checkbox" checked={form.draft} onChange={(e) => setForm({ ...form, draft: e.target.checked })} /> Open pull requests as drafts
          </label>
        </p>
        {field('apiBaseUrl', 'API base URL', 'GitHub Enterprise Server: https://HOST/api/v3')}
        {field('oauthClientId', 'OAuth app client id', 'enables “Sign in with GitHub”')}
        <button type="submit">Save GitHub settings</button>
      </form>

      <h3>Access</h3>
      <p>
        {!auth?.hasToken
          ? 'No token yet.'
          : auth.needsWeakStorageConsent
            ? 'A token is stored with weak protection: this system has no secret store.'
            : 'A token is stored, encrypted by the system.'}
      </p>
      <p>
        <label>
          GitHub token <input type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} />
        </label>{' '}
        <button type="button" disabled={!token.trim()} onClick={() => void saveToken(false)}>
          Save token
        </button>{' '}
        {auth?.hasToken && (
          <button type="button" onClick={() => void getBridge().clearGitHubToken().then(() => getBridge().getGitHubAuthStatus().then(setAuth))}>
            Remove token
          </button>
        )}
      </p>
      {needsConsent && <WeakStorageConsent what="token" onAgree={() => void saveToken(true)} />}
      {form.oauthClientId && (
        <p>
          <button type="button" onClick={() => void getBridge().startDeviceFlow().then((r) => (r.ok ? setMessage : setError)(r.message))}>
            Sign in with GitHub
          </button>
          {deviceCode && (
            <span role="status">
              {' '}
              Enter the code <strong>{deviceCode.userCode}</strong> at{' '}
              <a href={deviceCode.verificationUri} onClick={(e) => (e.preventDefault(), void getBridge().openExternal({ url: deviceCode.verificationUri }))}>
                {deviceCode.verificationUri}
              </a>
            </span>
          )}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {message && !error && <p role="status">{message}</p>}
    </div>
  );
}
