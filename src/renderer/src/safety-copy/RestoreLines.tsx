import type { RestoreLine } from './use-safety-copy-restore';

/** A restore's progress while it runs, then its result: announced as it changes, an error as an alert. */
export function RestoreLines({ progress, result }: { progress: string | null; result: RestoreLine | null }) {
  return (
    <>
      {progress ? <p role="status">{progress}</p> : null}
      {result ? (
        <p className={result.tone} role={result.tone === 'error' ? 'alert' : 'status'}>
          {result.text}
        </p>
      ) : null}
    </>
  );
}
