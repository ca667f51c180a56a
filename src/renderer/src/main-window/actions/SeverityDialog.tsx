import { useState } from 'react';
import type { Incident, Severity } from '../../../../shared/domain/incident';
import { SeverityPicker } from '../../components/SeverityPicker';
import { ActionDialog } from './ActionDialog';

export function SeverityDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [severity, setSeverity] = useState<Severity>(incident.severity);
  const [reason, setReason] = useState('');
  return (
    <ActionDialog
      title="Change severity"
      incidentId={incident.id}
      submitLabel="Change severity"
      done={`Severity is now ${severity}.`}
      onClose={onClose}
      build={() => ({ type: 'change-severity', severity, ...(reason.trim() ? { reason: reason.trim() } : {}) })}
    >
      <SeverityPicker value={severity} onChange={setSeverity} legend="New severity" focusChosen />
      <label>
        Why (optional)
        <input value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
    </ActionDialog>
  );
}
