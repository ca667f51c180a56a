import { describe, expect, it } from 'vitest';
import { declareIncident } from '../../../src/shared/domain/incident-lifecycle';
import { newId } from '../../../src/shared/domain/ids';
import { baseFor, shareIncident } from '../../../src/shared/sync/incident-doc';
import { CONFLICT_AUTHOR } from '../../../src/shared/sync/derive-incident';
import { Replica, syncPair } from '../../support/sync-replica';

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const MINUTE = 60_000;

/** Ana declares and shares; Ben has the incident too. */
function twoResponders(): [Replica, Replica] {
  const ana = new Replica('Ana');
  const ben = new Replica('Ben');
  const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at: T0, newId: () => newId(T0) });
  if (!declared.ok) throw new Error(declared.reason);
  ana.commit(declared.entries);
  shareIncident(ana.doc, baseFor(declared.incident, declared.entries), declared.entries);
  syncPair(ana, ben);
  return [ana, ben];
}

const ids = (at: number) => () => newId(at);
const conflictTexts = (r: Replica) => r.derived()!.conflicts.map((c) => `${c.author}: ${c.text}`);

describe('a shared incident state replayed from its log', () => {
  it('two resolves made apart: the earlier stands on both machines and the later is named in a conflict', () => {
    const [ana, ben] = twoResponders();
    expect(ana.act({ type: 'resolve', rootCause: 'cache stampede', fix: 'rolled back' }, T0 + MINUTE, ids(T0 + MINUTE))).toBe(true);
    expect(ben.act({ type: 'resolve', rootCause: 'bad config', fix: 'reverted config' }, T0 + 2 * MINUTE, ids(T0 + 2 * MINUTE))).toBe(true);
    syncPair(ana, ben);
    for (const r of [ana, ben]) {
      expect(r.incident()).toMatchObject({ status: 'resolved', rootCause: 'cache stampede', fix: 'rolled back', resolvedAt: T0 + MINUTE });
      expect(conflictTexts(r)).toEqual([
        `${CONFLICT_AUTHOR}: Sync conflict: the resolve by Ben (2026-11-29 09:02:00 UTC) was not applied. This incident is already resolved. Check the incident's state and redo it if it is still needed.`,
      ]);
    }
  });

  it('two handovers made apart: the first stands, the second is a conflict even though each alone was allowed', () => {
    const [ana, ben] = twoResponders();
    ana.act({ type: 'hand-over', to: 'Chloe' }, T0 + MINUTE, ids(T0 + MINUTE));
    ben.act({ type: 'hand-over', to: 'Dana' }, T0 + 2 * MINUTE, ids(T0 + 2 * MINUTE));
    syncPair(ana, ben);
    for (const r of [ana, ben]) {
      expect(r.incident()?.lead).toBe('Chloe');
      expect(conflictTexts(r)).toHaveLength(1);
      expect(conflictTexts(r)[0]).toContain('Chloe already leads: the lead was handed over while Ben handed it from Ana to Dana.');
    }
  });

  it('a handover after seeing the previous one is no conflict', () => {
    const [ana, ben] = twoResponders();
    ana.act({ type: 'hand-over', to: 'Ben' }, T0 + MINUTE, ids(T0 + MINUTE));
    syncPair(ana, ben);
    ben.act({ type: 'hand-over', to: 'Dana' }, T0 + 2 * MINUTE, ids(T0 + 2 * MINUTE));
    syncPair(ana, ben);
    expect(ana.incident()?.lead).toBe('Dana');
    expect(ana.derived()?.conflicts).toEqual([]);
  });

  it('a resolve dated back before an earlier status change replays in the order it was made, without conflict', () => {
    const [ana, ben] = twoResponders();
    ana.act({ type: 'set-status', status: 'identified' }, T0 + 10 * MINUTE, ids(T0 + 10 * MINUTE));
    ana.act({ type: 'resolve', rootCause: 'cache stampede', fix: 'rolled back', resolvedAt: T0 + 5 * MINUTE }, T0 + 15 * MINUTE, ids(T0 + 15 * MINUTE));
    syncPair(ana, ben);
    expect(ben.incident()).toMatchObject({ status: 'resolved', resolvedAt: T0 + 5 * MINUTE });
    expect(ben.derived()?.conflicts).toEqual([]);
  });

  it('a state change made offline reaches the other machine when they meet', () => {
    const [ana, ben] = twoResponders();
    ben.act({ type: 'change-severity', severity: 'critical' }, T0 + MINUTE, ids(T0 + MINUTE));
    expect(ana.incident()?.severity).toBe('major');
    syncPair(ana, ben);
    expect(ana.incident()?.severity).toBe('critical');
  });
});
