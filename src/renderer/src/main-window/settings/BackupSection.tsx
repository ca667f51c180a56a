import { useRef, useState } from 'react';
import { useDatabase } from '../../data/database-context';
import { exportBackup, restoreBackup } from '../../data/backup';

type Message = { tone: 'error' | 'success'; text: string };

function backupFileName(at: number): string {
  return `sitrep-backup-${new Date(at).toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

/**
 * Export writes every incident, entry and setting to one JSON file the user keeps; restore merges such a
 * file back. A file that is not a Sitrep backup is refused with the reason, and nothing changes.
 */
export function BackupSection() {
  const db = useDatabase();
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const exportNow = async () => {
    setBusy(true);
    try {
      const text = await exportBackup(db);
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = backupFileName(Date.now());
      link.click();
      // The download has started by now; revoking later keeps slow disks from losing the file.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setMessage({ tone: 'success', text: `Backup written (${link.download}). Keep it somewhere safe.` });
    } catch (e) {
      setMessage({ tone: 'error', text: `The backup was not written: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const restoreFrom = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const outcome = await restoreBackup(db, await file.text());
      setMessage(
        outcome.ok
          ? {
              tone: 'success',
              text: `Restored ${outcome.incidents} incident${outcome.incidents === 1 ? '' : 's'} and ${outcome.entries} entr${outcome.entries === 1 ? 'y' : 'ies'} from ${file.name}.`,
            }
          : { tone: 'error', text: `${file.name} was not restored. ${outcome.message} Nothing was changed.` },
      );
    } catch (e) {
      setMessage({
        tone: 'error',
        text: `${file.name} was not restored: ${e instanceof Error ? e.message : String(e)} Nothing was changed.`,
      });
    } finally {
      setBusy(false);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  return (
    <div className="settings-form">
      <p className="hint">
        Everything Sitrep knows lives on this machine. Export a backup before reinstalling or moving to another
        computer; restoring merges the file into the log and never deletes what is already here.
      </p>
      <div className="field-row">
        <button type="button" onClick={() => void exportNow()} disabled={busy}>
          Export backup
        </button>
        <label className="file-label">
          Restore from a backup file
          <input
            ref={fileRef}
            type="file"
            accept="application/json,.json"
            disabled={busy}
            onChange={(e) => void restoreFrom(e.target.files?.[0])}
          />
        </label>
      </div>
      {message ? (
        <p className={message.tone} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
