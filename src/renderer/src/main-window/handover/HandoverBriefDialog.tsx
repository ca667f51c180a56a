import { useEffect, useRef, useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { buildHandoverBrief } from '../../../../shared/handover/handover-brief';
import { formatUtcAndLocal } from '../../../../shared/time/format-time';
import { readNudgeIntervals } from '../../cockpit-data/nudge-settings-store';
import { Modal } from '../../components/Modal';
import { useDatabase } from '../../data/database-context';
import { allTimeline } from '../../data/timeline-queries';
import { COMPOSER_ID } from '../shell/command-context';
import { useCurrentUser } from '../shell/current-user';
import { recordHandoverBrief } from './handover-writes';
import { sendBriefToSlack } from './send-brief';

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The brief for the next lead, written from the log when the dialog opens. Copy puts it on the clipboard and
 * notes on the timeline that it was handed over; Send posts it to the team's Slack channel through main's comms
 * outbox, and the timeline notes it once Slack has it.
 */
interface HandoverBriefDialogProps {
  incident: Incident;
  /** The incoming lead, when the hand-over dialog opened this. */
  to: string | null;
  /** The outgoing lead, when the hand-over is already recorded. */
  from: string | null;
  onClose: () => void;
}

export function HandoverBriefDialog({ incident, to, from, onClose }: HandoverBriefDialogProps) {
  const db = useDatabase();
  const user = useCurrentUser();
  const [brief, setBrief] = useState<{ text: string; writtenAt: number } | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [asked] = useState(() => incident);
  const copyButton = useRef<HTMLButtonElement>(null);

  // Read once, when asked for: a brief that changed under the reader's eyes would be hard to check, and the
  // copy must be the text the lead read.
  useEffect(() => {
    let cancelled = false;
    const writtenAt = Date.now();
    Promise.all([allTimeline(db, asked.id), db.incidentChecklists.get(asked.id), readNudgeIntervals(db)])
      .then(([entries, checklist, intervals]) => {
        if (cancelled) return;
        const { text } = buildHandoverBrief({ incident: asked, entries, checklist: checklist ?? null, intervals, now: writtenAt, to, from });
        setBrief({ text, writtenAt });
      })
      .catch((e: unknown) => {
        if (!cancelled) setMessage({ ok: false, text: `The log could not be read, so no brief was written: ${errorText(e)}. Close this and try again.` });
      });
    return () => {
      cancelled = true;
    };
  }, [db, asked, to, from]);

  // Copy has the keyboard as soon as there is something to copy: Enter hands the brief over.
  useEffect(() => {
    if (brief) copyButton.current?.focus();
  }, [brief]);

  const copy = async () => {
    if (!brief) return;
    setBusy(true);
    try {
      await navigator.clipboard.writeText(brief.text);
    } catch {
      setBusy(false);
      setMessage({ ok: false, text: 'The clipboard refused the brief. Select its text and copy it with Ctrl+C; it is not noted on the timeline.' });
      return;
    }
    try {
      await recordHandoverBrief(db, { incidentId: incident.id, author: user, to, text: brief.text, handedOver: { how: 'copied' } });
      setMessage({ ok: true, text: 'Brief copied and noted on the timeline. Paste it where the next lead will read it.' });
    } catch (e) {
      setMessage({ ok: false, text: `Copied, but not noted on the timeline: ${errorText(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    if (!brief) return;
    setBusy(true);
    try {
      setMessage(await sendBriefToSlack(db, { incidentId: incident.id, text: brief.text, author: user }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      title={to ? `Handover brief for ${to}` : 'Handover brief'}
      onClose={onClose}
      className="wide"
      fallbackFocus={() => document.getElementById(COMPOSER_ID)}
    >
      {brief === null ? (
        <p role="status">Reading the log…</p>
      ) : (
        <>
          <p className="hint">Written from the log at {formatUtcAndLocal(brief.writtenAt)}. Read it through before you pass it on.</p>
          <textarea className="handover-brief-text" aria-label="Handover brief" readOnly value={brief.text} rows={18} />
        </>
      )}
      {message ? (
        <p className={message.ok ? 'hint' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" disabled={brief === null || busy} onClick={() => void send()}>
          Send to the team's Slack channel
        </button>
        <button ref={copyButton} type="button" className="primary" disabled={brief === null || busy} onClick={() => void copy()}>
          Copy brief
        </button>
      </div>
    </Modal>
  );
}
