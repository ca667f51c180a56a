import { useLayoutEffect, useState, type KeyboardEvent } from 'react';
import { buildCommsDrafts } from '../../../shared/comms/comms-drafts';
import { commsKinds, commsLabels, type CommsKind } from '../../../shared/comms/comms-input';
import type { Incident } from '../../../shared/domain/incident';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { formatUtc } from '../../../shared/time/format-time';

interface CommsDraftsProps {
  incident: Incident;
  entries: readonly TimelineEntry[];
  copiedAt: Partial<Record<CommsKind, number>>;
  /** Copies to the clipboard and records it; resolves to an error message or null. */
  onCopy(kind: CommsKind, text: string): Promise<string | null>;
}

const copyKeys: Record<CommsKind, string> = { 'status-page': '1', banner: '2', announcement: '3' };

/**
 * The three messages the lead owes people outside the call, drafted from the incident as it is now. Each is
 * editable; an edit sticks until "Redraft". Ctrl+Enter in a draft (or Alt+1/2/3 anywhere) copies it.
 */
export function CommsDrafts({ incident, entries, copiedAt, onCopy }: CommsDraftsProps) {
  const generated = buildCommsDrafts({ incident, entries, now: Date.now() });
  const [edited, setEdited] = useState<Partial<Record<CommsKind, string>>>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const textOf = (kind: CommsKind) => edited[kind] ?? generated[kind];

  const copy = async (kind: CommsKind) => {
    const error = await onCopy(kind, textOf(kind));
    setMessage(error ? { ok: false, text: error } : { ok: true, text: `${commsLabels[kind]} copied and noted on the timeline.` });
  };

  // Alt+1/2/3 copy from anywhere in the window: one key, no mouse, while on the call. Attached before
  // paint, so a key pressed as soon as the drafts are on screen is not lost.
  useLayoutEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const kind = commsKinds.find((k) => `Digit${copyKeys[k]}` === event.code);
      if (!kind) return;
      event.preventDefault();
      void copy(kind);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

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
            <button type="button" onClick={() => void copy(kind)} aria-keyshortcuts={`Alt+${copyKeys[kind]}`}>
              Copy {commsLabels[kind].toLowerCase()} <kbd>Alt+{copyKeys[kind]}</kbd>
            </button>
            {edited[kind] !== undefined && (
              <button type="button" className="link" onClick={() => setEdited(({ [kind]: _dropped, ...rest }) => rest)}>
                Redraft {commsLabels[kind].toLowerCase()} from the incident
              </button>
            )}
            {copiedAt[kind] !== undefined && <span className="hint">last copied {formatUtc(copiedAt[kind])}</span>}
          </div>
        </div>
      ))}
      {message && (
        <p className={message.ok ? 'success' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
