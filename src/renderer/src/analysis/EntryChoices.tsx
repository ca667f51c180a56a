import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { formatUtc } from '../../../shared/time/format-time';

interface Props {
  entries: readonly TimelineEntry[];
  excluded: ReadonlySet<string>;
  redacted: ReadonlySet<string>;
  onToggle: (kind: 'exclude' | 'redact', id: string) => void;
}

const MAX_SHOWN = 2_000;

/** Per-entry choices for this export only: leave out, or keep the line with its text replaced by [redacted]. */
export function EntryChoices({ entries, excluded, redacted, onToggle }: Props) {
  const live = entries.filter((e) => e.deletedAt === null);
  return (
    <details className="analysis-entry-choices">
      <summary>
        Leave out or redact entries ({excluded.size} left out, {redacted.size} redacted)
      </summary>
      <p className="hint">These choices apply to this export only; the log stays as it is.</p>
      <ul aria-label="Entries in the analysis">
        {live.slice(0, MAX_SHOWN).map((e) => {
          const label = `${formatUtc(e.occurredAt, { withDate: true })}: ${e.text.slice(0, 80)}`;
          return (
            <li key={e.id}>
              <span>{label}</span>{' '}
              <label>
                <input type="checkbox" checked={excluded.has(e.id)} onChange={() => onToggle('exclude', e.id)} aria-label={`Leave out: ${label}`} /> leave out
              </label>{' '}
              <label>
                <input type="checkbox" checked={redacted.has(e.id)} onChange={() => onToggle('redact', e.id)} aria-label={`Redact: ${label}`} /> redact
              </label>
            </li>
          );
        })}
      </ul>
      {live.length > MAX_SHOWN && <p className="hint">Only the first {MAX_SHOWN} entries are listed here.</p>}
    </details>
  );
}
