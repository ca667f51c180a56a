import type { Incident } from '../../../../shared/domain/incident';
import { ActionDialog } from './ActionDialog';

/** Closes the loop once the analysis sync was held: the incident is then done for good. */
export function CompleteAnalysisDialog({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  return (
    <ActionDialog
      title="Mark the analysis done"
      incidentId={incident.id}
      submitLabel="Mark done"
      done="Analysis marked done."
      onClose={onClose}
      build={() => ({ type: 'complete-analysis' })}
    >
      <p>
        Mark this once the analysis sync has been held and its learnings are written down. The incident can no longer
        be reopened afterwards; a new problem gets a new incident.
      </p>
    </ActionDialog>
  );
}
