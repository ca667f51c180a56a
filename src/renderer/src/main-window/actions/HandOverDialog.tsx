import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { ActionDialog } from './ActionDialog';

/** The handbook's advice: whoever is the best debugger should not also be leading. */
export function HandOverDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [to, setTo] = useState('');
  return (
    <ActionDialog
      title="Hand over the lead"
      incidentId={incident.id}
      submitLabel="Hand over"
      done={`${to.trim()} now leads the incident.`}
      onClose={onClose}
      build={() => ({ type: 'hand-over', to: to.trim() })}
    >
      <p className="hint">
        {incident.lead} leads now. If the lead is the best person to debug, hand the lead to someone else on the call.
      </p>
      <label>
        New lead
        <input autoFocus value={to} maxLength={120} onChange={(e) => setTo(e.target.value)} />
      </label>
    </ActionDialog>
  );
}
