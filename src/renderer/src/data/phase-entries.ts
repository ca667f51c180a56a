import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';

/** The kinds the incident's phases are drawn from (shared/analysis/incident-phases.ts). */
const PHASE_KINDS: ReadonlySet<TimelineEntry['kind']> = new Set(['milestone', 'severity-change', 'lead-change']);

/**
 * An incident's milestones, severity changes and handovers. There is no index on kind, so this reads the
 * incident's entries and keeps these few; an index ([incidentId+kind]) would need a schema version.
 */
export function phaseEntries(db: SitrepDatabase, incidentId: string): Promise<TimelineEntry[]> {
  return db.entries
    .where('incidentId')
    .equals(incidentId)
    .filter((e) => PHASE_KINDS.has(e.kind) && e.deletedAt === null)
    .toArray();
}
