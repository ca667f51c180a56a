import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { ActionDialog } from './ActionDialog';

export function SkipAnalysisDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [reason, setReason] = useState('');
  return (
    <ActionDialog
      title="Skip the analysis"
      incidentId={incident.id}
      submitLabel="Skip analysis"
      done="Analysis skipped."
      onClose={onClose}
      build={() => ({ type: 'skip-analysis', reason })}
    >
      <p className="hint">Skip it only when the incident was uneventful. Say why, for whoever reads this later.</p>
      <label>
        Reason
        <textarea autoFocus rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </ActionDialog>
  );
}
