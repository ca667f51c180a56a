import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { z } from 'zod';
import { builtInTemplates, handbookTemplate, TemplateSchema } from '../../../shared/analysis/analysis-template';
import { useDatabase } from '../data/database-context';
import { readTeamTemplates, saveTeamTemplates } from './team-templates';

/**
 * Settings → Analysis templates: a team adds its own document template as JSON (checked by TemplateSchema,
 * with the reason shown when it does not fit), starting from the handbook's if it likes.
 */
export function AnalysisTemplatesSection() {
  const db = useDatabase();
  const custom = useLiveQuery(() => readTeamTemplates(db), [db]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');
  if (!custom) return null;

  const add = async () => {
    let json: unknown;
    try {
      json = JSON.parse(draft);
    } catch {
      setError('That is not valid JSON. Check the brackets and quotes, or start again from the handbook template.');
      return;
    }
    const parsed = TemplateSchema.safeParse(json);
    if (!parsed.success) {
      setError(`The template does not fit: ${z.prettifyError(parsed.error)}`);
      return;
    }
    const others = custom.filter((t) => t.id !== parsed.data.id);
    await saveTeamTemplates(db, [...others, parsed.data]);
    setError('');
    setDraft('');
    setMessage(`Template "${parsed.data.name}" saved.`);
  };

  return (
    <div className="analysis-templates">
      <p>
        Built in: {builtInTemplates.map((t) => t.name).join(', ')}. A team template with the same id as a built-in one
        replaces it.
      </p>
      {custom.length > 0 && (
        <ul aria-label="Team templates">
          {custom.map((t) => (
            <li key={t.id}>
              {t.name} ({t.sections.length} sections){' '}
              <button type="button" onClick={() => void saveTeamTemplates(db, custom.filter((c) => c.id !== t.id))}>
                Remove {t.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <label>
          Template (JSON)
          <br />
          <textarea rows={10} cols={70} value={draft} onChange={(e) => setDraft(e.target.value)} spellCheck={false} />
        </label>
      </p>
      <p>
        <button type="button" onClick={() => setDraft(JSON.stringify({ ...handbookTemplate, id: 'our-team', name: 'Our team' }, null, 2))}>
          Start from the handbook template
        </button>{' '}
        <button type="button" disabled={!draft.trim()} onClick={() => void add()}>
          Save template
        </button>
      </p>
      {error && <p role="alert">{error}</p>}
      {message && !error && <p role="status">{message}</p>}
    </div>
  );
}
