import Dexie from 'dexie';
import type { SitrepDatabase } from '../../data/db';
import { allTimeline } from '../../data/timeline-queries';

/**
 * The row index of an entry in its timeline (timeline order: occurredAt, then id), for jumping to a
 * search hit. It counts keys on the order index below the entry, so nothing is read but index keys.
 */
export async function entryPosition(
  db: SitrepDatabase,
  target: { incidentId: string; entryId: string; occurredAt: number },
): Promise<number> {
  try {
    return await db.entries
      .where('[incidentId+occurredAt+id]')
      .between(
        [target.incidentId, Dexie.minKey, Dexie.minKey],
        [target.incidentId, target.occurredAt, target.entryId],
        true,
        false,
      )
      .count();
  } catch {
    // Should the index ever be renamed, a slow but correct answer beats a broken jump.
    const all = await allTimeline(db, target.incidentId);
    return Math.max(0, all.findIndex((e) => e.id === target.entryId));
  }
}
