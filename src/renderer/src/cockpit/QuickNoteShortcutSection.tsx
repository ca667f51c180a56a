import { useEffect, useState, type FormEvent } from 'react';
import type { ShortcutStatus } from '../../../shared/contract/ipc-contract';
import { getBridge } from '../bridge/get-bridge';

/**
 * Settings: the global quick-note shortcut, whether Sitrep holds it, and what to do when it cannot (another
 * app owns it, or a Wayland session without the global-shortcuts portal).
 */
export function QuickNoteShortcutSection() {
  const [status, setStatus] = useState<ShortcutStatus | null | undefined>(undefined);
  const [accelerator, setAccelerator] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    getBridge()
      .getShortcutStatus()
      .then((s) => {
        if (!live) return;
        setStatus(s ?? null);
        if (s) setAccelerator(s.accelerator);
      })
      .catch(() => live && setStatus(null));
    return () => {
      live = false;
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!accelerator.trim()) {
      setError('Type a shortcut such as CommandOrControl+Shift+Space.');
      return;
    }
    try {
      const next = await getBridge().setQuickNoteShortcut({ accelerator: accelerator.trim() });
      setStatus(next ?? null);
      setError(null);
    } catch (e) {
      setError(`That shortcut was not accepted (${e instanceof Error ? e.message : String(e)}). Use Electron's syntax, e.g. CommandOrControl+Alt+N.`);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="settings-form">
      {status === undefined && <p className="hint">Asking the app which shortcut it holds…</p>}
      {status === null && <p className="hint">The desktop app is not running this page, so there is no global shortcut here.</p>}
      {status && (
        <p className={status.registered ? 'success' : 'error'} role={status.registered ? 'status' : 'alert'}>
          {status.registered ? `${status.accelerator} opens the quick note from any app.` : (status.message ?? `${status.accelerator} could not be registered.`)}
        </p>
      )}
      <div className="field-row">
        <label>
          Quick-note shortcut
          <input value={accelerator} maxLength={100} onChange={(e) => setAccelerator(e.target.value)} placeholder="CommandOrControl+Shift+Space" />
        </label>
        <button type="submit">Use this shortcut</button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="hint">
        If no shortcut can be registered, bind one in your system settings to <code>sitrep --toggle-quick-note</code>, or
        log straight from a terminal with <code>sitrep --note "text"</code>.
      </p>
    </form>
  );
}
