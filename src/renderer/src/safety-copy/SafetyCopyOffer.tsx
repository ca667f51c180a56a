import { useEffect, useRef, useState } from 'react';
import type { SafetyCopyStatus } from '../../../shared/contract/safety-copy-channels';
import { formatUtcAndLocal } from '../../../shared/time/format-time';
import { getBridge } from '../bridge/get-bridge';
import { useDatabase } from '../data/database-context';
import { Modal } from '../components/Modal';
import { useSafetyCopyRestore } from './use-safety-copy-restore';
import { RestoreLines } from './RestoreLines';
import { counted } from './restore-safety-copy';

// showModal() focuses the first control (Not now) unless one carries the autofocus attribute; React's autoFocus
// prop only calls focus() before the dialog opens (as in SeverityPicker).
const markAutofocus = (button: HTMLButtonElement | null) => button?.setAttribute('autofocus', '');

/**
 * Shown at start when the log has no incidents but main's safety copy has some: what Chromium leaves after it
 * deleted a damaged log. Restore merges the copy back; "Not now" leaves the log and the copy as they are
 * (Settings → Safety copy can restore later).
 */
export function SafetyCopyOffer() {
  const db = useDatabase();
  const [status, setStatus] = useState<SafetyCopyStatus | null>(null);
  const [open, setOpen] = useState(false);
  const { restore, busy, progress, result } = useSafetyCopyRestore();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([getBridge().getSafetyCopyStatus(), db.incidents.count()])
      .then(([copy, incidents]) => {
        if (live && copy && copy.incidents > 0 && incidents === 0) {
          setStatus(copy);
          setOpen(true);
        }
      })
      .catch((error: unknown) => console.error('Sitrep could not ask for its safety copy:', error));
    return () => {
      live = false;
    };
  }, [db]);

  useEffect(() => {
    if (result) closeRef.current?.focus();
  }, [result]);

  if (!open || !status) return null;
  const close = () => {
    if (!busy) setOpen(false);
  };
  return (
    <Modal title="Restore the log from its safety copy?" onClose={close} describedBy="safety-copy-offer-text">
      <p id="safety-copy-offer-text">
        Sitrep&apos;s log is empty, but its safety copy on this computer holds {counted(status.incidents, 'incident', 'incidents')} and{' '}
        {counted(status.entries, 'entry', 'entries')}
        {status.lastWrittenAt !== null ? `, last written ${formatUtcAndLocal(status.lastWrittenAt, { withDate: true })}` : ''}. Restore
        them?
      </p>
      <p className="hint">Restoring adds them to the log and deletes nothing. Attachments are not in the safety copy.</p>
      <RestoreLines progress={progress} result={result} />
      <div className="dialog-actions">
        {result?.tone === 'success' ? (
          <button ref={closeRef} type="button" className="primary" onClick={close}>
            Close
          </button>
        ) : (
          <>
            <button type="button" onClick={close} disabled={busy}>
              Not now
            </button>
            <button ref={markAutofocus} type="button" className="primary" onClick={() => void restore()} disabled={busy}>
              {result ? 'Try again' : 'Restore'}
            </button>
          </>
        )}
      </div>
    </Modal>
  );
}
