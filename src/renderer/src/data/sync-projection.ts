import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { deriveIncident, isDerivedEntry } from '../../../shared/sync/derive-incident';
import type { SharedBase } from '../../../shared/sync/incident-doc';
import { nextChangeAt } from '../../../shared/domain/entry-versions';
import type { SitrepDatabase } from './db';
import { guardStorage } from './storage-error';
import { mergeEntries } from './merge-entries';
import { incidentExists } from './entry-repository';
import { entriesOf } from './timeline-queries';

/*
 * Team sync's way into the log: entries another responder wrote reach Dexie through mergeEntries (the one
 * write path for entries made elsewhere), then the incident's state is replayed from every lifecycle entry it
 * now has (derive-incident.ts), so it is the same state every machine computes. Conflict entries are derived
 * too: added when a replay overrides an action, tombstoned when later entries make the conflict go away.
 */

let queue: Promise<unknown> = Promise.resolve();

/** Applies one batch from the team, after every batch before it (they come in order and must stay so). */
export function applySharedEntries(db: SitrepDatabase, base: SharedBase, entries: readonly TimelineEntry[]): Promise<void> {
  const run = queue.then(() => project(db, base, entries));
  queue = run.catch(() => undefined);
  return run;
}

async function project(db: SitrepDatabase, base: SharedBase, entries: readonly TimelineEntry[]): Promise<void> {
  const incidentId = base.incident.id;
  // A teammate's incident arrives here first as its base; mergeEntries needs the incident to exist.
  // A note from the team is a few hops from painted: an incident already seen is not read again.
  const known = await incidentExists(db, incidentId);
  if (!known) await guardStorage(() => db.incidents.put(base.incident));
  await mergeEntries(db, entries.filter((e) => e.incidentId === incidentId && !isDerivedEntry(e)));
  // The state depends only on lifecycle records, which never change once written: a batch of notes and edits
  // cannot move it, so the replay (a read of the whole incident) runs only when an action arrived.
  if (known && !entries.some((e) => e.lifecycle !== undefined)) return;
  const all = await entriesOf(db, incidentId).toArray();
  const derived = deriveIncident(base, all);
  const stored = await db.incidents.get(incidentId);
  if (JSON.stringify(stored) !== JSON.stringify(derived.incident)) await guardStorage(() => db.incidents.put(derived.incident));
  const current = new Set(derived.conflicts.map((c) => c.id));
  const now = Date.now();
  const stale = all
    .filter((e) => isDerivedEntry(e) && !current.has(e.id) && e.deletedAt === null)
    .map((e) => ({ ...e, deletedAt: now, changedAt: nextChangeAt(e, now) }));
  const have = new Map(all.map((e) => [e.id, e]));
  const fresh = derived.conflicts.filter((c) => {
    const here = have.get(c.id);
    return !here || here.deletedAt !== null;
  });
  // A conflict that comes back after being cleared is restored, later than its tombstone.
  const back = fresh.map((c) => {
    const here = have.get(c.id);
    return here ? { ...c, changedAt: nextChangeAt(here, now) } : c;
  });
  if (stale.length + back.length > 0) await mergeEntries(db, [...stale, ...back]);
}
