import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { recommendedAnalysisWindow } from '../../../../shared/domain/incident-lifecycle';
import { formatLocal } from '../../../../shared/time/format-time';
import { fromDateTimeLocal, toDateTimeLocal } from '../../components/datetime-local';
import { ActionDialog } from './ActionDialog';

export function ScheduleAnalysisDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const range = recommendedAnalysisWindow(incident.resolvedAt ?? Date.now());
  const [when, setWhen] = useState(toDateTimeLocal(incident.analysisScheduledFor ?? range.from));
  return (
    <ActionDialog
      title="Schedule the analysis"
      incidentId={incident.id}
      submitLabel="Schedule"
      done="Analysis scheduled."
      onClose={onClose}
      build={() => {
        const at = fromDateTimeLocal(when);
        return at === null
          ? 'Pick the date and time of the analysis sync.'
          : { type: 'schedule-analysis', scheduledFor: at };
      }}
    >
      <p className="hint">
        Hold a short sync with the people involved 24 to 48 hours after the end: between{' '}
        {formatLocal(range.from, { withDate: true })} and {formatLocal(range.to, { withDate: true })}.
      </p>
      <label>
        Analysis sync at (local time)
        <input type="datetime-local" step={60} value={when} onChange={(e) => setWhen(e.target.value)} />
      </label>
    </ActionDialog>
  );
}
