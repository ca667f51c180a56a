import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { useUiStore } from '../../state/ui-store';
import { ActionDialog } from './ActionDialog';

/** The handbook's advice: whoever is the best debugger should not also be leading. */
export function HandOverDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [to, setTo] = useState('');
  // Offered here because the incoming lead needs the picture at once; ticked, the brief follows the hand-over.
  const [brief, setBrief] = useState(false);
  const openDialog = useUiStore((s) => s.openDialog);
  const outgoing = incident.lead;
  return (
    <ActionDialog
      title="Hand over the lead"
      incidentId={incident.id}
      submitLabel="Hand over"
      done={`${to.trim()} now leads the incident.`}
      onClose={onClose}
      onDone={brief ? () => openDialog({ type: 'handover-brief', to: to.trim(), from: outgoing }) : undefined}
      build={() => ({ type: 'hand-over', to: to.trim() })}
    >
      <p className="hint">
        {incident.lead} leads now. If the lead is the best person to debug, hand the lead to someone else on the call.
      </p>
      <label>
        New lead
        <input autoFocus value={to} maxLength={120} onChange={(e) => setTo(e.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={brief} onChange={(e) => setBrief(e.target.checked)} />
        Then write a handover brief for the new lead
      </label>
    </ActionDialog>
  );
}
