import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { compareEntries } from '../../../shared/domain/timeline-entry-factory';
import type { SitrepDatabase } from './db';

/** The kinds the incident's phases are drawn from (shared/analysis/incident-phases.ts). */
const PHASE_KINDS: ReadonlySet<TimelineEntry['kind']> = new Set(['milestone', 'severity-change', 'lead-change']);

/** An incident's milestones, severity changes and handovers, in timeline order, through the [incidentId+kind] index. */
export async function phaseEntries(db: SitrepDatabase, incidentId: string): Promise<TimelineEntry[]> {
  const entries = await db.entries
    .where('[incidentId+kind]')
    .anyOf([...PHASE_KINDS].map((kind) => [incidentId, kind]))
    .filter((e) => e.deletedAt === null)
    .toArray();
  return entries.sort(compareEntries);
}
