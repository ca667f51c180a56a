import { useState } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { recommendedAnalysisWindow } from '../../../../shared/domain/incident-lifecycle';
import { formatLocal } from '../../../../shared/time/format-time';
import { DateTimeField, readTimeField, timeDraftOf } from '../../components/DateTimeField';
import { typedTextFor } from '../../../../shared/time/typed-time';
import { machineTimeZone } from '../../../../shared/time/zone-clock';
import { ActionDialog } from './ActionDialog';

export function ScheduleAnalysisDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const range = recommendedAnalysisWindow(incident.resolvedAt ?? Date.now());
  const [when, setWhen] = useState(() => timeDraftOf(typedTextFor(incident.analysisScheduledFor ?? range.from, machineTimeZone())));
  return (
    <ActionDialog
      title="Schedule the analysis"
      incidentId={incident.id}
      submitLabel="Schedule"
      done="Analysis scheduled."
      onClose={onClose}
      build={() => {
        const read = readTimeField(when, 'future');
        if (read.kind === 'refused') return read.reason;
        return read.kind === 'empty'
          ? 'Type the date and time of the analysis sync.'
          : { type: 'schedule-analysis', scheduledFor: read.at };
      }}
    >
      <p className="hint">
        Hold a short sync with the people involved 24 to 48 hours after the end: between{' '}
        {formatLocal(range.from, { withDate: true })} and {formatLocal(range.to, { withDate: true })}.
      </p>
      <DateTimeField label="Analysis sync at" value={when} onChange={setWhen} direction="future" />
    </ActionDialog>
  );
}
