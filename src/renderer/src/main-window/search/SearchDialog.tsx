import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { formatLocal, formatUtc, spansDays } from '../../../../shared/time/format-time';
import { useDatabase } from '../../data/database-context';
import type { SearchHit } from '../../data/entry-search';
import { Modal } from '../../components/Modal';
import { entryBadgeText } from '../../components/entry-kind-labels';
import { useUiStore } from '../../state/ui-store';
import { sharedEntrySearch } from './shared-entry-search';

const SNIPPET = 220;

/** A line of context around the first match, so a hit in a long note is recognisable. */
function snippet(text: string, query: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const first = query.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const at = first ? flat.toLowerCase().indexOf(first) : -1;
  const start = Math.max(0, at - 60);
  const cut = flat.slice(start, start + SNIPPET);
  return `${start > 0 ? '…' : ''}${cut}${start + SNIPPET < flat.length ? '…' : ''}`;
}

/** Search every incident's timeline; choosing a hit opens its incident scrolled to the entry. */
export function SearchDialog({ onClose }: { onClose: () => void }) {
  const db = useDatabase();
  const jumpTo = useUiStore((s) => s.jumpTo);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let current = true;
    sharedEntrySearch(db)
      .search(q, 50)
      .then(
        (found) => {
          if (!current) return;
          setHits(found);
          setError(null);
        },
        (e: unknown) => current && setError(e instanceof Error ? e.message : String(e)),
      );
    return () => {
      current = false;
    };
  }, [db, query]);

  const open = (hit: SearchHit) =>
    jumpTo({ incidentId: hit.entry.incidentId, entryId: hit.entry.id, occurredAt: hit.entry.occurredAt });

  const shown = query.trim() ? hits : null;

  const onInputKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && shown?.[0]) {
      event.preventDefault();
      open(shown[0]);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      listRef.current?.querySelector('button')?.focus();
    }
  };

  const onListKey = (event: KeyboardEvent) => {
    const buttons = [...(listRef.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      buttons[Math.min(buttons.length - 1, index + 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index <= 0) document.getElementById('search-input')?.focus();
      else buttons[index - 1]?.focus();
    }
  };

  return (
    <Modal title="Search all incidents" onClose={onClose} className="wide">
      <input
        id="search-input"
        autoFocus
        type="search"
        aria-label="Search entries"
        placeholder="Words from any entry, in any incident"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onInputKey}
      />
      {error ? (
        <p className="error" role="alert">
          Search failed: {error}
        </p>
      ) : null}
      <p className="muted small" role="status">
        {shown ? `${shown.length === 50 ? 'First 50' : shown.length} result${shown.length === 1 ? '' : 's'}` : ''}
      </p>
      <ul ref={listRef} className="search-results" aria-label="Search results" onKeyDown={onListKey}>
        {(shown ?? []).map((hit) => (
          <li key={hit.entry.id}>
            <button type="button" className="search-hit" onClick={() => open(hit)}>
              <span className="search-hit-head">
                <span className="badge">{entryBadgeText(hit.entry)}</span>
                <strong>{hit.incidentTitle}</strong>
                <span className="muted small">
                  {formatLocal(hit.entry.occurredAt, { withDate: true })} · {formatUtc(hit.entry.occurredAt, { withDate: spansDays(hit.entry.occurredAt, Date.now()) })}
                </span>
              </span>
              <span className="search-hit-text">{snippet(hit.entry.text, query)}</span>
            </button>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
