import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { buildCommsDrafts } from '../../../shared/comms/comms-drafts';
import { commsKinds, commsLabels, type CommsKind } from '../../../shared/comms/comms-input';
import type { Incident } from '../../../shared/domain/incident';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { formatUtc } from '../../../shared/time/format-time';

interface CommsDraftsInput {
  incident: Incident;
  entries: readonly TimelineEntry[];
  /** Copies to the clipboard and records it; resolves to an error message or null. */
  onCopy(kind: CommsKind, text: string): Promise<string | null>;
  /** Asks main to send the drafts as they stand; resolves to what to tell the lead. */
  onSend(texts: Record<CommsKind, string>): Promise<{ ok: boolean; text: string }>;
}

const copyKeys: Record<CommsKind, string> = { 'status-page': '1', banner: '2', announcement: '3' };

/** The one key that sends the status-page update and the announcement (with the banner text) together. */
export const SEND_KEY = { code: 'KeyS', label: 'Alt+S' };

/**
 * The three messages the lead owes people outside the call, drafted from the incident as it is now. Each is
 * editable; an edit sticks until "Redraft". Ctrl+Enter in a draft (or Alt+1/2/3 anywhere) copies it; Alt+S sends.
 * One state for the drafts (below the duties) and the copy bar (always in view at the window's foot).
 */
export function useCommsDrafts({ incident, entries, onCopy, onSend }: CommsDraftsInput) {
  const generated = buildCommsDrafts({ incident, entries, now: Date.now() });
  const [edited, setEdited] = useState<Partial<Record<CommsKind, string>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const textOf = (kind: CommsKind) => edited[kind] ?? generated[kind];

  const copy = async (kind: CommsKind) => {
    const error = await onCopy(kind, textOf(kind));
    setMessage(error ? { ok: false, text: error } : { ok: true, text: `${commsLabels[kind]} copied and noted on the timeline.` });
  };

  const [sending, setSending] = useState(false);
  // A ref, not the state: a second press before the next render must see the first one under way, or the same
  // words would be posted twice.
  const inFlight = useRef(false);
  const send = async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setMessage({ ok: true, text: 'Sending the update…' });
    try {
      setMessage(await onSend({ 'status-page': textOf('status-page'), banner: textOf('banner'), announcement: textOf('announcement') }));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  // Alt+1/2/3 copy and Alt+S sends, from anywhere in the window: one key, no mouse, while on the call. Attached
  // before paint, so a key pressed as soon as the drafts are on screen is not lost.
  useLayoutEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.code === SEND_KEY.code && !event.shiftKey) {
        event.preventDefault();
        void send();
        return;
      }
      const kind = commsKinds.find((k) => `Digit${copyKeys[k]}` === event.code);
      if (!kind) return;
      event.preventDefault();
      void copy(kind);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return { textOf, edited, setEdited, copy, send, sending, message };
}
export type CommsDraftsState = ReturnType<typeof useCommsDrafts>;

/** The drafts themselves, each showing its whole text (no scrollbar inside a scrolling window). */
export function CommsDraftList({ drafts, copiedAt }: { drafts: CommsDraftsState; copiedAt: Partial<Record<CommsKind, number>> }) {
  const { textOf, edited, setEdited, copy } = drafts;
  return (
    <section className="comms" aria-labelledby="comms-heading">
      <h2 id="comms-heading">Comms drafts</h2>
      {commsKinds.map((kind) => (
        <div key={kind} className="comms-draft">
          <label htmlFor={`draft-${kind}`}>{commsLabels[kind]}</label>
          <textarea
            id={`draft-${kind}`}
            rows={kind === 'banner' ? 2 : 4}
            value={textOf(kind)}
            onChange={(e) => setEdited((before) => ({ ...before, [kind]: e.target.value }))}
            onKeyDown={(e: KeyboardEvent) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void copy(kind);
              }
            }}
            aria-keyshortcuts="Control+Enter"
          />
          <div className="comms-actions">
            {edited[kind] !== undefined && (
              <button type="button" className="link" onClick={() => setEdited(({ [kind]: _dropped, ...rest }) => rest)}>
                Redraft {commsLabels[kind].toLowerCase()} from the incident
              </button>
            )}
            {copiedAt[kind] !== undefined && <span className="hint">last copied {formatUtc(copiedAt[kind])}</span>}
          </div>
        </div>
      ))}
    </section>
  );
}

/** The next comms action, one click or one key away at the foot of the window however far the duties scroll. */
export function CommsBar({ drafts }: { drafts: CommsDraftsState }) {
  const { copy, send, sending, message } = drafts;
  return (
    <footer className="comms-bar">
      {/* Above the buttons: the bar grows upward, so the buttons stay where the pointer left them. */}
      {message && (
        <p className={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <div className="comms-bar-buttons" role="group" aria-label="Copy a comms draft">
        {commsKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() => void copy(kind)}
            // The name starts with the words on the button (so "click Copy banner" works by voice), then says which draft.
            aria-label={`Copy ${shortLabels[kind]}: ${commsLabels[kind].toLowerCase()}`}
            aria-keyshortcuts={`Alt+${copyKeys[kind]}`}
            title={`Copy the ${commsLabels[kind].toLowerCase()} draft (Alt+${copyKeys[kind]})`}
          >
            <span>Copy {shortLabels[kind]}</span>
            <kbd>Alt+{copyKeys[kind]}</kbd>
          </button>
        ))}
      </div>
      <button
        type="button"
        className="comms-send"
        onClick={() => void send()}
        disabled={sending}
        aria-label="Send update: status page and announcement"
        aria-keyshortcuts={SEND_KEY.label}
        title={`Send the status page update to the status page and the announcement (with the banner text) to Slack (${SEND_KEY.label})`}
      >
        <span>{sending ? 'Sending…' : 'Send update'}</span>
        <kbd>{SEND_KEY.label}</kbd>
      </button>
    </footer>
  );
}

// Three buttons share a 324 px row: the visible words are short, the accessible names add which draft.
const shortLabels: Record<CommsKind, string> = { 'status-page': 'status', banner: 'banner', announcement: 'announce' };
