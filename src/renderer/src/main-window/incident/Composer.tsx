import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { composerCommands, entryPrefixes } from '../../../../shared/domain/entry-parser';
import { useDatabase } from '../../data/database-context';
import { submitTypedEntry } from '../../data/submit-entry';
import { currentDraft, useDraft, useDraftStore } from '../../state/draft-store';
import { useUiStore } from '../../state/ui-store';
import { DateTimeField, timeDraftOf } from '../../components/DateTimeField';
import { emptyTimeDraft, typedTextFor } from '../../../../shared/time/typed-time';
import { machineTimeZone } from '../../../../shared/time/zone-clock';
import { useCurrentUser } from '../shell/current-user';
import { COMPOSER_ID } from '../shell/command-context';

/**
 * Where the lead writes. A prefix picks the kind ("! " decision, "? " hypothesis, …), a slash command changes
 * the incident (/sev, /lead, /status). Enter saves, Shift+Enter adds a line. The text is a draft (kept
 * across reloads) until the write has committed; a refusal or a storage error shows why and keeps it.
 */
export function Composer({ incidentId }: { incidentId: string }) {
  const db = useDatabase();
  const user = useCurrentUser();
  const draft = useDraft(incidentId);
  const setDraft = useDraftStore((s) => s.setDraft);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const [showTime, setShowTime] = useState(draft.happenedAt.text !== '');
  const saving = useRef(false);
  const textRef = useRef<HTMLTextAreaElement>(null);

  const focusRequested = useUiStore((s) => s.composerFocusRequested);
  useEffect(() => {
    if (!focusRequested) return;
    textRef.current?.focus();
    useUiStore.getState().requestComposerFocus(false);
  }, [focusRequested]);

  const save = async () => {
    if (saving.current) return;
    const { text: raw, happenedAt } = currentDraft(incidentId);
    if (!raw.trim()) return;
    saving.current = true;
    try {
      const outcome = await submitTypedEntry(db, { incidentId, text: raw, author: user, source: 'composer', happenedAt });
      if (!outcome.ok) {
        setError(outcome.message);
        return;
      }
      setSaved(outcome.message);
      // Committed: only now does the draft go. Text typed while saving is kept.
      const now = useDraftStore.getState().drafts[incidentId]?.text ?? '';
      setDraft(incidentId, { text: now.startsWith(raw) ? now.slice(raw.length).trimStart() : now, happenedAt: emptyTimeDraft });
      setShowTime(false);
      setError(null);
    } finally {
      saving.current = false;
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.altKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void save();
    }
  };

  const lines = draft.text.split('\n').length;
  return (
    <form className="composer" onSubmit={onSubmit} aria-label="Write to the timeline" noValidate>
      <div className="composer-row">
        <textarea
          ref={textRef}
          id={COMPOSER_ID}
          aria-label="New entry"
          aria-describedby="composer-hint composer-error"
          aria-invalid={error ? true : undefined}
          rows={Math.min(8, Math.max(1, lines))}
          placeholder="What happened? Enter saves, Shift+Enter adds a line."
          value={draft.text}
          onChange={(e) => {
            setDraft(incidentId, { text: e.target.value });
            setSaved('');
          }}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="primary">
          Save
        </button>
        <button
          type="button"
          aria-expanded={showTime}
          onClick={() => {
            // Start from now: backfilling usually means "a few minutes ago", so only the minutes need changing.
            if (!showTime && !draft.happenedAt.text) {
              setDraft(incidentId, { happenedAt: timeDraftOf(typedTextFor(Date.now(), machineTimeZone())) });
            }
            setShowTime(!showTime);
          }}
        >
          Set time
        </button>
      </div>
      {showTime ? (
        <div className="composer-time">
          <DateTimeField
            label="Happened at (for something you are writing down late)"
            value={draft.happenedAt}
            whenEmpty="the current time"
            onChange={(happenedAt) => setDraft(incidentId, { happenedAt })}
          />
          {draft.happenedAt.text ? (
            <button type="button" className="link" onClick={() => setDraft(incidentId, { happenedAt: emptyTimeDraft })}>
              Use the current time
            </button>
          ) : null}
        </div>
      ) : null}
      <div id="composer-error" role="alert" className={error ? 'error' : undefined}>
        {error}
      </div>
      <div role="status" className="visually-hidden">
        {saved}
      </div>
      <p id="composer-hint" className="hint composer-hint">
        {entryPrefixes.map((p) => (
          <span key={p.prefix} title={p.description}>
            {/* "ruled out" names its kind already: the hint stays on one line at 1280 px. */}
            <code>{p.prefix.trim()}</code>
            {p.prefix.trim().replace(/\s+/g, '-') === p.kind ? null : ` ${p.kind}`}
          </span>
        ))}
        {composerCommands.map((c) => (
          <span key={c.usage} title={`${c.usage}: ${c.description}`}>
            <code>{c.usage.split(' ')[0]}</code>
          </span>
        ))}
      </p>
    </form>
  );
}
