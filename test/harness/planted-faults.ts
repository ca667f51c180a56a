// Faults the durability and concurrency checks must catch, planted on request (harness.html?plant=<name>) to
// prove the checks can fail: each reproduces a bug the checks once let through. Never loaded by the app.
import { applyLifecycleAction, type LifecycleAction } from '../../src/shared/domain/incident-lifecycle';
import { newId } from '../../src/shared/domain/ids';
import type { SitrepDatabase } from '../../src/renderer/src/data/db';
import { entriesOf } from '../../src/renderer/src/data/timeline-queries';

export const plantNames = [
  // After a restart every incident is back to its declared severity, lead and status (acknowledged actions lost).
  'rollback-state',
  // After a restart one entry of an earlier round's incident is gone.
  'lose-earlier-entry',
  // After a restart one acknowledged entry keeps its text but has another occurredAt.
  'shift-occurred-at',
  // Lifecycle actions read the incident outside the write transaction: concurrent actions overwrite each other.
  'read-outside-transaction',
  // Every fourth lifecycle action is refused although the rules allow it.
  'refuse-actions',
  // Every third quick note is acknowledged without being written.
  'quick-note-unsaved',
  // Every third checklist copy is acknowledged without being written.
  'checklist-unsaved',
  // The first read after a restart throws.
  'verify-error',
  // The incident reads back broken: live, yet with resolvedAt set (checkIncidentInvariants must say so).
  'break-invariants',
] as const;
export type PlantName = (typeof plantNames)[number];

export function plantedFault(): PlantName | null {
  const name = new URLSearchParams(location.search).get('plant');
  return plantNames.find((p) => p === name) ?? null;
}

/** Damage done to the stored log as the harness page opens, standing in for a restart that lost data. */
export async function damageOnOpen(db: SitrepDatabase, plant: PlantName | null): Promise<void> {
  const incidents = await db.incidents.orderBy('declaredAt').toArray();
  if (plant === 'rollback-state') {
    for (const incident of incidents) {
      await db.incidents.put({ ...incident, severity: 'major', lead: incident.declaredBy, status: 'investigating' });
    }
  }
  const newest = incidents.at(-1);
  if (plant === 'lose-earlier-entry' && incidents.length > 1) {
    const victim = await entriesOf(db, incidents[0]!.id).filter((e) => e.source !== 'lifecycle').first();
    if (victim) await db.entries.delete(victim.id);
  }
  if (plant === 'shift-occurred-at' && newest) {
    const victim = await entriesOf(db, newest.id).filter((e) => e.source !== 'lifecycle').first();
    if (victim) await db.entries.put({ ...victim, occurredAt: victim.occurredAt + 1 });
  }
}

/** The lost-update bug: the rule decides on a copy read before the write transaction began. */
export async function actOutsideTransaction(db: SitrepDatabase, incidentId: string, action: LifecycleAction, by: string) {
  const incident = await db.incidents.get(incidentId);
  if (!incident) return { ok: false as const, reason: 'no incident' };
  // Another await before the write (a settings read, say): long enough for another window's action to commit
  // in between most times, which is what makes this bug lose updates in practice.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const at = Date.now();
  const result = applyLifecycleAction(incident, action, { by, at, newId: () => newId(at) });
  if (!result.ok) return result;
  await db.transaction('rw', db.incidents, db.entries, async () => {
    await db.incidents.put(result.incident);
    await db.entries.bulkAdd(result.entries);
  });
  return result;
}

/** Counts calls per fault, so "every n-th" faults are deterministic within a page. */
export function everyNth(n: number): () => boolean {
  let calls = 0;
  return () => (calls += 1) % n === 0;
}
