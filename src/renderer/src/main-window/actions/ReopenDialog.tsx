import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { ActionDialog } from './ActionDialog';

export function ReopenDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <ActionDialog
      title="Reopen the incident"
      incidentId={incident.id}
      submitLabel="Reopen"
      done="Reopened: back to investigating."
      onClose={onClose}
      build={() => ({ type: 'reopen', reason })}
    >
      <label>
        Why is it reopened?
        <textarea autoFocus rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </ActionDialog>
  );
}
