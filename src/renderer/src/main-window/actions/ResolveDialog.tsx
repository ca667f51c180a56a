import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { ActionDialog } from './ActionDialog';
import { DateTimeField, readTimeField } from '../../components/DateTimeField';
import { emptyTimeDraft } from '../../../../shared/time/typed-time';

/** An incident ends when the root cause is known and a fix is in place: the rule asks for both. */
export function ResolveDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [rootCause, setRootCause] = useState(incident.rootCause);
  const [fix, setFix] = useState(incident.fix);
  const [resolvedAt, setResolvedAt] = useState(emptyTimeDraft);
  return (
    <ActionDialog
      title="Resolve the incident"
      incidentId={incident.id}
      submitLabel="Resolve"
      done="Resolved. Schedule the analysis for 24 to 48 hours from now, or skip it if this was uneventful."
      onClose={onClose}
      build={() => {
        const read = readTimeField(resolvedAt);
        if (read.kind === 'refused') return `Resolved at: ${read.reason}`;
        return { type: 'resolve', rootCause, fix, ...(read.kind === 'time' ? { resolvedAt: read.at } : {}) };
      }}
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
      <DateTimeField
        label="Resolved at (if the fix was in place before now)"
        value={resolvedAt}
        onChange={setResolvedAt}
        whenEmpty="now"
      />
    </ActionDialog>
  );
}
