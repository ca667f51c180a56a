import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { ActionDialog } from './ActionDialog';

type LiveStatus = 'investigating' | 'identified' | 'monitoring';

const choices: { status: LiveStatus; label: string; hint: string }[] = [
  { status: 'investigating', label: 'Investigating', hint: 'The cause is not known yet.' },
  { status: 'identified', label: 'Identified', hint: 'The cause is known; a fix is being made.' },
  { status: 'monitoring', label: 'Monitoring', hint: 'A fix is out; watching that it holds.' },
];

export function StatusDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const current = choices.find((c) => c.status === incident.status)?.status;
  const [status, setStatus] = useState<LiveStatus>(
    current === 'investigating' ? 'identified' : current === 'identified' ? 'monitoring' : 'investigating',
  );
  return (
    <ActionDialog
      title="Move status"
      incidentId={incident.id}
      submitLabel="Move status"
      done={`Status is now ${status}.`}
      onClose={onClose}
      build={() => ({ type: 'set-status', status })}
    >
      <fieldset>
        <legend>New status</legend>
        {choices.map((choice) => (
          <label key={choice.status} className="radio-row">
            <input
              type="radio"
              name="status"
              checked={status === choice.status}
              onChange={() => setStatus(choice.status)}
              aria-describedby={`status-hint-${choice.status}`}
            />
            {choice.label}
            <span id={`status-hint-${choice.status}`} className="hint">
              {choice.hint}
              {choice.status === incident.status ? ' (current)' : ''}
            </span>
          </label>
        ))}
      </fieldset>
      <p className="hint">To end the incident, use Resolve: it asks for the root cause and the fix.</p>
    </ActionDialog>
  );
}
