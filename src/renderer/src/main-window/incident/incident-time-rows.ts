import type { TimelineEntry } from '../../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from '../../data/db';

export type IncidentTimeField = 'declaredAt' | 'resolvedAt' | 'impactStartedAt';

const fieldOf = { declared: 'declaredAt', resolved: 'resolvedAt', 'impact-started': 'impactStartedAt' } as const;

/**
 * The incident time a milestone row stands for, when it is the row of the incident's current time (not the
 * first "resolved" of an incident that was reopened), or null for any other row.
 */
export async function incidentTimeOf(db: SitrepDatabase, entry: TimelineEntry): Promise<IncidentTimeField | null> {
  if (entry.kind !== 'milestone' || entry.milestone === null || !(entry.milestone in fieldOf)) return null;
  const field = fieldOf[entry.milestone as keyof typeof fieldOf];
  const incident = await db.incidents.get(entry.incidentId);
  return incident && incident[field] === entry.occurredAt ? field : null;
}
