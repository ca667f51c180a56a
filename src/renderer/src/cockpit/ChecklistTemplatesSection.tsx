import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { addTemplateItem, effectiveTemplate, moveTemplateItem, removeTemplateItem, type TemplateEdit } from '../../../shared/checklist/checklist-template';
import { newId } from '../../../shared/domain/ids';
import { severities, type Severity } from '../../../shared/domain/incident';
import { severityGuide } from '../../../shared/handbook/severity-guide';
import { useDatabase } from '../data/database-context';
import { resetChecklistTemplate, saveChecklistTemplate } from '../cockpit-data/template-writes';

/**
 * Settings: the lead's duties per severity. Each edit is saved at once; incidents already running keep the
 * copy they took, until their lead applies the new one from the checklist window.
 */
export function ChecklistTemplatesSection() {
  const db = useDatabase();
  const [severity, setSeverity] = useState<Severity>('critical');
  // null: no edited template (the built-in one applies); undefined: still loading.
  const stored = useLiveQuery(async () => (await db.checklistTemplates.get(severity)) ?? null, [db, severity]);
  const loaded = stored !== undefined;
  const items = effectiveTemplate(severity, stored ?? undefined);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  const apply = async (edit: TemplateEdit, done: string) => {
    if (!edit.ok) {
      setMessage({ tone: 'error', text: edit.reason });
      return false;
    }
    try {
      await saveChecklistTemplate(db, severity, edit.items);
      setMessage({ tone: 'success', text: done });
      return true;
    } catch (e) {
      setMessage({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
      return false;
    }
  };
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await apply(addTemplateItem(items, text, `custom-${newId()}`), `Added to the ${severity} checklist.`)) setText('');
  };
  const reset = async () => {
    await resetChecklistTemplate(db, severity);
    setMessage({ tone: 'success', text: `The ${severity} checklist is back to the built-in duties.` });
  };

  return (
    <div className="checklist-templates">
      <p className="hint">
        Running incidents keep the list they started with; their checklist window offers to apply the new one.
      </p>
      <label>
        Severity{' '}
        <select value={severity} onChange={(e) => setSeverity(e.target.value as Severity)} aria-label="Checklist template severity">
          {severities.map((s) => (
            <option key={s} value={s}>
              {severityGuide[s].label}
            </option>
          ))}
        </select>
      </label>{' '}
      {stored ? <span className="hint">edited</span> : <span className="hint">built-in</span>}
      {loaded && (
        <ol aria-label={`${severityGuide[severity].label} duties`}>
          {items.map((item, i) => (
            <li key={item.id}>
              {item.text}{' '}
              <button type="button" className="quiet" disabled={i === 0} aria-label={`Move "${item.text}" up`}
                onClick={() => void apply(moveTemplateItem(items, item.id, -1), 'Moved up.')}>↑</button>
              <button type="button" className="quiet" disabled={i === items.length - 1} aria-label={`Move "${item.text}" down`}
                onClick={() => void apply(moveTemplateItem(items, item.id, 1), 'Moved down.')}>↓</button>
              <button type="button" className="quiet" aria-label={`Remove "${item.text}"`}
                onClick={() => void apply(removeTemplateItem(items, item.id), `Removed "${item.text}".`)}>Remove</button>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={add} className="field-row" noValidate>
        <label>
          New duty
          <input value={text} maxLength={300} onChange={(e) => setText(e.target.value)} />
        </label>
        <button type="submit">Add duty</button>
      </form>
      <button type="button" onClick={() => void reset()} disabled={!stored}>
        Reset the {severity} checklist to the defaults
      </button>
      {message && (
        <p className={message.tone} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
