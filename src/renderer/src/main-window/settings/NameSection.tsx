import { useState, type FormEvent } from 'react';
import { useDatabase } from '../../data/database-context';
import { updateSettings } from '../../data/settings-repository';
import { useCurrentUser } from '../shell/current-user';

export function NameSection() {
  const db = useDatabase();
  const current = useCurrentUser();
  const [name, setName] = useState(current);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setMessage({ tone: 'error', text: 'Type a name: it is stamped on what you write.' });
      return;
    }
    try {
      await updateSettings(db, { userName: name.trim() });
      setMessage({ tone: 'success', text: 'Saved. New entries carry this name; earlier ones keep theirs.' });
    } catch (e) {
      setMessage({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <form onSubmit={submit} noValidate className="settings-form">
      <div className="field-row">
        <label>
          Name
          <input value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit">Save name</button>
      </div>
      {message ? (
        <p className={message.tone} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
