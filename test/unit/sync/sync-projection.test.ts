import { afterEach, describe, expect, it } from 'vitest';
import { applyIncidentAction } from '../../../src/renderer/src/data/incident-repository';
import { applySharedEntries } from '../../../src/renderer/src/data/sync-projection';
import { applyLifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import { makeEntry } from '../../../src/shared/domain/timeline-entry-factory';
import { newId } from '../../../src/shared/domain/ids';
import { baseFor } from '../../../src/shared/sync/incident-doc';
import { closeAll, declared, freshDatabase } from '../data/data-test-helpers';
import { entriesOf } from '../../../src/renderer/src/data/timeline-queries';

/* Entries from the team entering this machine's log: through mergeEntries, with the state replayed. */

afterEach(closeAll);

describe('entries from the team', () => {
  it('bring a teammate’s incident into the log with its entries and its replayed state', async () => {
    const theirs = freshDatabase();
    const incident = await declared(theirs);
    await applyIncidentAction(theirs, incident.id, { type: 'change-severity', severity: 'critical' }, 'Ana');
    const base = baseFor(incident, await theirs.entries.toArray());
    // Ben's machine has never seen it; the base predates the severity change, which it replays.
    const mine = freshDatabase();
    const afterChange = await theirs.entries.toArray();
    const baseBefore = { ...base, applied: base.applied.filter((id) => !afterChange.find((e) => e.id === id && e.kind === 'severity-change')) };
    await applySharedEntries(mine, baseBefore, afterChange);
    expect(await mine.incidents.get(incident.id)).toMatchObject({ severity: 'critical', title: incident.title });
    expect((await mine.entries.toArray()).map((e) => e.id).sort()).toEqual(afterChange.map((e) => e.id).sort());
  });

  it('add a conflict entry when a teammate’s resolve came second, and tombstone it when it no longer holds', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const base = baseFor(incident, await db.entries.toArray());
    const t = Date.now();
    const resolveBy = (by: string, at: number) => {
      const r = applyLifecycleAction(incident, { type: 'resolve', rootCause: `${by}'s cause`, fix: 'rolled back' }, { by, at, newId: () => newId(at) });
      if (!r.ok) throw new Error(r.reason);
      return r.entries;
    };
    const ana = resolveBy('Ana', t);
    const ben = resolveBy('Ben', t + 2);
    await applySharedEntries(db, base, [...ben, ...ana]);
    expect(await db.incidents.get(incident.id)).toMatchObject({ status: 'resolved', rootCause: "Ana's cause" });
    const conflicts = (await db.entries.toArray()).filter((e) => e.author === 'Sitrep sync');
    expect(conflicts.map((c) => c.text)).toEqual([expect.stringContaining('the resolve by Ben')]);
    // A reopen Ana made between the two resolves arrives late: Ben's resolve then stands, and the conflict goes.
    const reopen = applyLifecycleAction({ ...incident, status: 'resolved', rootCause: 'x', fix: 'y', resolvedAt: t }, { type: 'reopen', reason: 'errors are back' }, { by: 'Ana', at: t + 1, newId: () => newId(t + 1) });
    if (!reopen.ok) throw new Error(reopen.reason);
    await applySharedEntries(db, base, reopen.entries);
    const after = (await db.entries.toArray()).filter((e) => e.author === 'Sitrep sync');
    expect(after.map((c) => c.deletedAt !== null)).toEqual([true]);
    expect(await db.incidents.get(incident.id)).toMatchObject({ status: 'resolved', rootCause: "Ben's cause" });
  });

  it('a note from the team is written once, however often it arrives', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const base = baseFor(incident, await db.entries.toArray());
    const at = Date.now();
    const note = makeEntry({ incidentId: incident.id, kind: 'note', text: 'from Ben', author: 'Ben', source: 'composer' }, { at, newId: () => newId(at) });
    await applySharedEntries(db, base, [note]);
    await applySharedEntries(db, base, [note]);
    expect((await entriesOf(db, incident.id).toArray()).filter((e) => e.text === 'from Ben')).toHaveLength(1);
  });
});
