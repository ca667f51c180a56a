import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { compareEntries } from '../../../shared/domain/timeline-entry-factory';
import type { SitrepDatabase } from './db';

/** The kinds the incident's phases are drawn from (shared/analysis/incident-phases.ts). */
const PHASE_KINDS: readonly TimelineEntry['kind'][] = ['milestone', 'severity-change', 'lead-change'];

/**
 * An incident's milestones, severity changes and handovers, in timeline order, through the [incidentId+kind]
 * index: one exact key per kind, read together. Not anyOf: that walks one cursor from the first of those keys
 * to the last, and a live query over it watches everything between them, which includes every note
 * ('lead-change' < 'note' < 'severity-change'). Exact keys are watched alone, so a note does not run this again,
 * and each is one getAll, not a cursor the window saving the next note must wait for (at 500,000 entries that
 * cursor's transaction was still open 35 ms after the note).
 */
export async function phaseEntries(db: SitrepDatabase, incidentId: string): Promise<TimelineEntry[]> {
  // One transaction, so the three reads are one snapshot.
  const byKind = await db.transaction('r', db.entries, () =>
    Promise.all(PHASE_KINDS.map((kind) => db.entries.where('[incidentId+kind]').equals([incidentId, kind]).toArray())),
  );
  return byKind
    .flat()
    .filter((e) => e.deletedAt === null)
    .sort(compareEntries);
}
