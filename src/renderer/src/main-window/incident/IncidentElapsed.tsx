import type { Incident } from '../../../../shared/domain/incident';
import { ElapsedTime } from '../../components/ElapsedTime';
import { useReplayEnd } from './use-replay-end';

/**
 * How long the incident has run on its own times: from the impact start (else the declaration) to its
 * resolution, to now while live, or to the latest entry of one being logged after the fact. `explained`
 * adds what the span is measured from and to, where there is room (the header).
 */
export function IncidentElapsed({ incident, explained = false }: { incident: Incident; explained?: boolean }) {
  const replayEnd = useReplayEnd(incident);
  return (
    <>
      <ElapsedTime from={incident.impactStartedAt ?? incident.declaredAt} until={incident.resolvedAt ?? replayEnd} />
      {explained && incident.impactStartedAt !== null ? <span className="muted small"> since impact</span> : null}
      {explained && replayEnd !== null ? <span className="muted small"> to the latest entry (logged after the fact)</span> : null}
    </>
  );
}
