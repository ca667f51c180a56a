import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { ActionDialog } from './ActionDialog';

/** An incident ends when the root cause is known and a fix is in place: the rule asks for both. */
export function ResolveDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [rootCause, setRootCause] = useState(incident.rootCause);
  const [fix, setFix] = useState(incident.fix);
  return (
    <ActionDialog
      title="Resolve the incident"
      incidentId={incident.id}
      submitLabel="Resolve"
      done="Resolved. Schedule the analysis for 24 to 48 hours from now, or skip it if this was uneventful."
      onClose={onClose}
      build={() => ({ type: 'resolve', rootCause, fix })}
    >
      <label>
        Root cause
        <textarea autoFocus rows={3} value={rootCause} onChange={(e) => setRootCause(e.target.value)} />
      </label>
      <label>
        Fix in place
        <textarea rows={3} value={fix} onChange={(e) => setFix(e.target.value)} />
      </label>
      <p className="hint">Both are Markdown in the analysis document: ```code blocks```, `code`, [links](https://…), lists.</p>
    </ActionDialog>
  );
}
