import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '../../../../shared/domain/incident';
import { isLive } from '../../../../shared/domain/domain-values';
import { useDatabase } from '../../data/database-context';
import { latestTimelineEntry } from '../../data/timeline-queries';

/** A declaration written down this long after the moment it names was logged after the fact. */
const AFTER_THE_FACT_MS = 10 * 60_000;

/**
 * For a live incident logged after the fact (its Declared row was written well after the time it names),
 * the time of its latest entry: its clock runs to there, not to now, or a replay of last year's incident
 * would say "Elapsed 326 d". Null for every other incident, whose clock runs to now or to its resolution.
 */
export function useReplayEnd(incident: Incident): number | null {
  const db = useDatabase();
  const live = isLive(incident.status);
  return (
    useLiveQuery(async () => {
      if (!live) return null;
      // Read through the incident's milestones only: a note written to the incident then changes nothing this
      // query read, so it is not run again on every note (in the header and for each live incident in the list),
      // and the window writing the next note does not wait for it. The Declared row is among the first
      // milestones written, so the id order (time of writing) finds it at once.
      const declared = await db.entries
        .where('[phase+incidentId]')
        .equals(['milestone', incident.id])
        .filter((e) => e.milestone === 'declared' && e.deletedAt === null)
        .first();
      // Its time as first declared: a live incident whose declared time was corrected later is still live.
      if (!declared || declared.capturedAt - (declared.originalOccurredAt ?? declared.occurredAt) < AFTER_THE_FACT_MS) return null;
      const latest = await latestTimelineEntry(db, incident.id, (e) => e.deletedAt === null);
      return latest ? Math.max(latest.occurredAt, incident.declaredAt) : null;
    }, [db, incident.id, incident.declaredAt, live]) ?? null
  );
}
