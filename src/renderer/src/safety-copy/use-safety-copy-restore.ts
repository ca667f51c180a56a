import { useState } from 'react';
import { getBridge } from '../bridge/get-bridge';
import { useDatabase } from '../data/database-context';
import { describeProgress, describeRestore, restoreFromSafetyCopy } from './restore-safety-copy';

export type RestoreLine = { tone: 'success' | 'error'; text: string };

/** A restore from the safety copy as the dialog and Settings run it: busy, a progress line, then a result line. */
export function useSafetyCopyRestore() {
  const db = useDatabase();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [result, setResult] = useState<RestoreLine | null>(null);

  const restore = async (): Promise<boolean> => {
    setBusy(true);
    setResult(null);
    try {
      const outcome = await restoreFromSafetyCopy(db, getBridge(), (p) => setProgress(describeProgress(p)));
      setResult({ tone: outcome.ok ? 'success' : 'error', text: describeRestore(outcome) });
      return outcome.ok;
    } catch (error) {
      setResult({
        tone: 'error',
        text: `The safety copy was not restored: ${error instanceof Error ? error.message : String(error)} Nothing was changed; try again, or restore a backup file (Settings → Backup).`,
      });
      return false;
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  return { restore, busy, progress, result };
}
