import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { compareEntries } from '../../../shared/domain/timeline-entry-factory';
import type { SitrepDatabase } from './db';
import { PHASE_KINDS } from './stored-entry';

/**
 * An incident's milestones, severity changes and handovers, in timeline order, through the [phase+incidentId]
 * index, which holds only those rows: one exact key per kind, read together, each one getAll. A note has no key
 * in that index, so a live query over it is not run again on every note.
 */
export async function phaseEntries(db: SitrepDatabase, incidentId: string): Promise<TimelineEntry[]> {
  // One transaction, so the three reads are one snapshot.
  const byKind = await db.transaction('r', db.entries, () =>
    Promise.all(PHASE_KINDS.map((kind) => db.entries.where('[phase+incidentId]').equals([kind, incidentId]).toArray())),
  );
  return byKind
    .flat()
    .filter((e) => e.deletedAt === null)
    .sort(compareEntries);
}
