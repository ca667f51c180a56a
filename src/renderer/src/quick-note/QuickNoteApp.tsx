import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Severity } from '../../../shared/domain/incident';
import type { SitrepDatabase } from '../data/db';
import { readUserName } from '../data/user-name';
import { toStorageError } from '../data/storage-error';
import type { QuickNoteBridge } from './quick-note-bridge';
import { useLive } from './use-live';
import { lazyView } from '../components/lazy-view';
import { loadDraft, saveDraft } from './quick-note-draft';
import { saveQuickNote } from './save-quick-note';
import { usePastedImages } from './use-pasted-images';
import { useQuickNoteTarget } from './use-quick-note-target';
import { TargetLine } from './TargetLine';
import { useFitWindow } from './use-fit-window';

// Only a declaration (a line starting /declare) asks for a severity: its chooser and the severity guide load
// then, so the quick note's start carries neither (quick-note.bundle-gz is budgeted).
const DeclareSeverity = lazyView(() => import('./DeclareSeverity').then((m) => m.DeclareSeverity), null);

const severityKeys: Record<string, Severity> = { '1': 'minor', '2': 'major', '3': 'critical' };

function focusAtEnd(input: HTMLTextAreaElement | null): void {
  if (!input) return;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
}

/**
 * The quick-note window: one input, ready on show. Enter saves to the target incident with the moment the
 * shortcut was pressed, then hides; Esc hides and keeps the draft. Nothing typed is ever dropped: a refusal
 * keeps the text and says why.
 */
interface QuickNoteAppProps {
  db: SitrepDatabase;
  bridge: QuickNoteBridge;
  /** What was typed into the page's static box before the app loaded; it goes after the saved draft. */
  typedBeforeLoad?: string;
}

function initialText(typed: string): string {
  const draft = loadDraft();
  if (!typed) return draft;
  const merged = draft ? `${draft}${typed}` : typed;
  saveDraft(merged);
  return merged;
}

export function QuickNoteApp({ db, bridge, typedBeforeLoad = '' }: QuickNoteAppProps) {
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const pageRef = useRef<HTMLElement>(null);
  useFitWindow(pageRef, bridge);
  const [text, setText] = useState(() => initialText(typedBeforeLoad));
  // Until main says when the shortcut was pressed, the page's own start is the closest guess.
  const [pressedAt, setPressedAt] = useState<number>(() => Date.now());
  const [severity, setSeverity] = useState<Severity | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // If the log cannot be read (another window upgraded it), say so: typing on would only end in a refusal.
  const onReadError = useCallback((e: unknown) => setError(toStorageError(e).message), []);
  const author = useLive(() => readUserName(db), [db], onReadError) ?? null;
  const { live, target, step, pick, reset } = useQuickNoteTarget(db, onReadError);
  const pasted = usePastedImages();

  // A layout effect runs in the same task as the first commit, which replaced the static box: the caret
  // moves to the app's box before any further key event is handled.
  useLayoutEffect(() => {
    focusAtEnd(inputRef.current);
    performance.mark('quick-note:ready');
    document.documentElement.dataset.ready = 'true';
  }, []);

  useEffect(
    () =>
      bridge.onQuickNoteShown(({ pressedAt: at }) => {
        setPressedAt(at);
        setSaved(null);
        reset();
        focusAtEnd(inputRef.current);
      }),
    [bridge, reset],
  );

  // `sitrep --note "text"` saves straight to the most recent live incident, without showing anything.
  const latest = useRef({ target, author });
  latest.current = { target, author };
  useEffect(
    () =>
      bridge.onExternalNote(async ({ text: external, pressedAt: at }) => {
        const { target: to, author: by } = latest.current;
        const outcome = to
          ? await saveQuickNote(db, { text: external, incidentId: to.id, severity: null, pressedAt: at, author: by, images: [], plainText: true })
          : { ok: false, message: 'No live incident to add the note from the command line to; it is in the box below. Pick a severity to declare one, or Esc.' };
        if (outcome.ok) setSaved(`${outcome.message}: ${external}`);
        else {
          setError(outcome.message);
          setText((current) => {
            const next = current ? `${current}\n${external}` : external;
            saveDraft(next);
            return next;
          });
        }
      }),
    [bridge, db],
  );

  const change = (value: string) => {
    setText(value);
    saveDraft(value);
    setError(null);
  };

  const submit = useCallback(async () => {
    if (saving) return;
    setSaving(true);
    const outcome = await saveQuickNote(db, {
      text,
      incidentId: target?.id ?? null,
      severity,
      pressedAt,
      author,
      images: pasted.images,
    });
    setSaving(false);
    if (!outcome.ok) {
      setError(outcome.message);
      return;
    }
    // Committed: only now is the draft forgotten and the window hidden.
    setText('');
    saveDraft('');
    pasted.clear();
    setSeverity(null);
    setError(null);
    setSaved(outcome.message);
    await bridge.hideQuickNote();
  }, [saving, text, pasted, db, target, severity, pressedAt, author, bridge]);

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void submit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      void bridge.hideQuickNote();
    } else if ((event.altKey || event.ctrlKey) && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      step(event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.altKey && /^Digit[1-9]$/.test(event.code)) {
      event.preventDefault();
      const digit = event.code.slice(5);
      if (target) pick(Number(digit) - 1);
      else if (severityKeys[digit]) setSeverity(severityKeys[digit]);
    }
  };

  const declaring = live !== undefined && target === null;
  return (
    <main ref={pageRef} className="quick-note" aria-busy={saving}>
      <TargetLine live={live} target={target} />
      <textarea
        ref={inputRef}
        aria-label={declaring ? 'New incident title' : 'Quick note'}
        className="quick-note-input"
        value={text}
        rows={3}
        autoFocus
        spellCheck
        placeholder={declaring ? 'What is broken? Enter declares it' : 'What happened? Enter saves, Esc hides'}
        onChange={(e) => change(e.target.value)}
        onKeyDown={onKeyDown}
        onPaste={pasted.onPaste}
      />
      {pasted.previews.length > 0 && (
        <ul className="quick-note-images" aria-label="Pasted images">
          {pasted.previews.map((url, i) => (
            <li key={url}>
              <img src={url} alt={`Pasted image ${i + 1}`} />
              <button type="button" onClick={() => pasted.remove(i)} aria-label={`Remove pasted image ${i + 1}`}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {declaring && <DeclareSeverity value={severity} onChange={setSeverity} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="success" role="status">
        {saved}
      </p>
      <p className="hint quick-note-keys">
        <kbd>Enter</kbd> save · <kbd>Shift+Enter</kbd> new line · <kbd>Esc</kbd> hide, keep draft
        {declaring ? (
          <>
            {' '}
            · <kbd>Alt+1/2/3</kbd> severity
          </>
        ) : (
          <>
            {' '}
            · <kbd>Alt+↑/↓</kbd> switch incident
          </>
        )}
        <br />
        <kbd>!</kbd> decision <kbd>?</kbd> hypothesis <kbd>&gt;</kbd> action <kbd>impact</kbd> <kbd>todo</kbd> <kbd>learn</kbd>{' '}
        <kbd>/sev</kbd> <kbd>/status</kbd> <kbd>/lead</kbd>
      </p>
    </main>
  );
}
