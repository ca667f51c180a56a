import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incident';
import { SYNC_BATCH } from '../../../shared/contract/bridge-constants';
import { getBridge } from '../bridge/get-bridge';
import { mainRefusal } from '../bridge/main-refusal';
import { useDatabase } from '../data/database-context';
import { entriesOf } from '../data/timeline-queries';
import { useIncidentSync, useSyncStore } from './sync-store';

/**
 * Team sync in the incident header, always in view: a private incident offers to share it (opt-in, per
 * incident); a shared one says whether it is connected, how many changes wait while offline, why the server
 * refused and what to do, and who else has it open.
 */
export function SyncStatus({ incident }: { incident: Incident }) {
  const db = useDatabase();
  const sync = useIncidentSync(incident.id);
  const connection = useSyncStore((s) => s.state?.connection ?? 'off');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  if (!sync) {
    const share = async () => {
      setBusy(true);
      setProblem('');
      try {
        // The first batch goes with the share; the rest follow through the live push (use-team-sync.ts).
        const entries = await entriesOf(db, incident.id).limit(SYNC_BATCH).toArray();
        const result = await getBridge().shareIncident({ incident, entries });
        if (!result.ok) setProblem(result.message);
      } catch (error) {
        setProblem(mainRefusal(error));
      } finally {
        setBusy(false);
      }
    };
    return (
      <div className="sync-status" role="group" aria-label="Team sync">
        <span>Private: only on this computer.</span>{' '}
        <button type="button" onClick={() => void share()} disabled={busy || connection === 'off'} aria-describedby={connection === 'off' ? 'sync-off-hint' : undefined}>
          Share with the team
        </button>
        {connection === 'off' ? (
          <span id="sync-off-hint" className="hint">
            {' '}
            Set up team sync in Settings first.
          </span>
        ) : null}
        {problem ? <p role="alert">{problem}</p> : null}
      </div>
    );
  }

  const words =
    sync.connection === 'connected' ? (sync.waiting > 0 ? `Sending ${sync.waiting} change${sync.waiting === 1 ? '' : 's'}…` : 'Shared: in sync with the team.')
    : sync.connection === 'connecting' ? 'Shared: connecting to the sync server…'
    : sync.connection === 'offline' ? `Offline: ${sync.waiting} change${sync.waiting === 1 ? '' : 's'} waiting. ${sync.message ?? ''}`
    : sync.connection === 'refused' ? `Not syncing: ${sync.message ?? 'the server refused the connection.'}`
    : `Not syncing: ${sync.message ?? 'team sync is off.'}`;
  return (
    <div className={`sync-status sync-${sync.connection}`} role="group" aria-label="Team sync">
      <p role="status">{words.trim()}</p>
      <p>{sync.here.length > 0 ? `Also here: ${sync.here.join(', ')}` : 'No one else has it open.'}</p>
    </div>
  );
}
