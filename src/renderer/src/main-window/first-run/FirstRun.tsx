import { useState, type FormEvent } from 'react';
import { useDatabase } from '../../data/database-context';
import { updateSettings } from '../../data/settings-repository';

/** Asked once: the name goes on every entry this user writes and on every incident they declare. */
export function FirstRun() {
  const db = useDatabase();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Type your name: it is shown as the author of what you write and the lead of what you declare.');
      return;
    }
    try {
      await updateSettings(db, { userName: trimmed });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <main className="first-run">
      <form onSubmit={submit} noValidate aria-labelledby="first-run-title">
        <h1 id="first-run-title">Welcome to Sitrep</h1>
        <p>
          Sitrep keeps the picture of a live incident whole: what happened, who decided what, and when. It works
          offline, and nothing leaves this machine unless you export it.
        </p>
        <label>
          Your name
          <input
            autoFocus
            value={name}
            maxLength={120}
            autoComplete="name"
            onChange={(e) => setName(e.target.value)}
            aria-describedby="first-run-hint"
          />
          <span id="first-run-hint" className="hint">
            Shown as the author of your notes and as lead of the incidents you declare. You can change it in settings.
          </span>
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Start
          </button>
        </div>
      </form>
    </main>
  );
}
