import { useEffect, useState } from 'react';
import { formatUtcAndLocal } from '../../../shared/time/format-time';
import { getBridge } from '../bridge/get-bridge';
import { useSafetyCopyState } from './safety-copy-state';
import { useSafetyCopyRestore } from './use-safety-copy-restore';
import { RestoreLines } from './RestoreLines';
import { counted } from './restore-safety-copy';


/** How the safety copy stands, quietly, and the way to bring it back by hand. */
export function SafetyCopySection() {
  const status = useSafetyCopyState((s) => s.status);
  const problem = useSafetyCopyState((s) => s.problem);
  const { restore, busy, progress, result } = useSafetyCopyRestore();
  // No main process answers in a plain browser (npm run dev:renderer): there is no copy to show.
  const [withoutMain, setWithoutMain] = useState(false);

  useEffect(() => {
    void Promise.resolve(getBridge().getSafetyCopyStatus())
      .then((fresh) => {
        if (fresh) useSafetyCopyState.getState().report(fresh, useSafetyCopyState.getState().problem ?? fresh.problem);
        else setWithoutMain(true);
      })
      .catch(() => undefined);
  }, []);

  return (
    <div className="settings-form">
      <p className="hint">
        Besides the log, Sitrep keeps a copy of your incidents, entries, checklists and settings in a file of its own on
        this computer (not attachments). If the log is ever lost, Sitrep offers to restore it from this copy. It never
        leaves this machine.
      </p>
      <p role="status" aria-label="Safety copy status">
        {status === null
          ? withoutMain
            ? 'Safety copy: kept by the desktop app only, not in this browser.'
            : 'Safety copy: asking Sitrep…'
          : status.lastWrittenAt === null
            ? 'Safety copy: empty so far.'
            : `Safety copy: ${counted(status.entries, 'entry', 'entries')} in ${counted(status.incidents, 'incident', 'incidents')}, last written ${formatUtcAndLocal(status.lastWrittenAt, { withDate: true })}.`}
      </p>
      {problem ? (
        <p className="error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field-row">
        <button type="button" onClick={() => void restore()} disabled={busy || !status || status.incidents === 0}>
          Restore from safety copy
        </button>
      </div>
      <RestoreLines progress={progress} result={result} />
    </div>
  );
}
