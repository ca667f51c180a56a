import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { checkIncidentInvariants, declareIncident, type LifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import { makeEntry } from '../../../src/shared/domain/timeline-entry-factory';
import { nextChangeAt, supersedes } from '../../../src/shared/domain/entry-versions';
import { newId } from '../../../src/shared/domain/ids';
import { baseFor, readEntries, shareIncident } from '../../../src/shared/sync/incident-doc';
import { Replica, syncPair } from '../../support/sync-replica';

/*
 * Three responders share one incident. Any interleaving of appends, edits, deletions, restores, lifecycle
 * actions, crashes between the local commit and the doc write, and network partitions, then the network
 * heals: every machine holds the same log and the same incident state, every copy any of them acknowledged
 * is there (or a later change of it), and every lifecycle rule holds.
 */

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const people = ['Ana', 'Ben', 'Chloe'] as const;

type Op =
  | { op: 'append'; who: number; text: string }
  | { op: 'edit'; who: number; pick: number; text: string; dieBeforeDoc: boolean }
  | { op: 'delete'; who: number; pick: number }
  | { op: 'restore'; who: number; pick: number }
  | { op: 'act'; who: number; action: LifecycleAction }
  | { op: 'partition'; a: number; b: number }
  | { op: 'sync' }
  | { op: 'tick'; ms: number };

const who = fc.integer({ min: 0, max: 2 });
const action: fc.Arbitrary<LifecycleAction> = fc.oneof(
  fc.constantFrom('minor', 'major', 'critical').map((severity) => ({ type: 'change-severity' as const, severity })),
  fc.constantFrom('Ana', 'Ben', 'Chloe', 'Dana').map((to) => ({ type: 'hand-over' as const, to })),
  fc.constantFrom('investigating', 'identified', 'monitoring').map((status) => ({ type: 'set-status' as const, status })),
  fc.constantFrom('cache stampede', 'bad config').map((rootCause) => ({ type: 'resolve' as const, rootCause, fix: 'rolled back' })),
  fc.constant({ type: 'reopen' as const, reason: 'errors are back' }),
  fc.constant({ type: 'skip-analysis' as const, reason: 'uneventful' }),
  fc.constantFrom('Checkout down', 'Checkout slow').map((title) => ({ type: 'edit-details' as const, title })),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('append' as const), who, text: fc.string({ minLength: 1, maxLength: 8 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('edit' as const), who, pick: fc.nat(), text: fc.string({ minLength: 1, maxLength: 8 }), dieBeforeDoc: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), who, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('restore' as const), who, pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('act' as const), who, action }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('partition' as const), a: who, b: who }) },
  { weight: 2, arbitrary: fc.constant({ op: 'sync' as const }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('tick' as const), ms: fc.constantFrom(1, 1, 60_000) }) },
);

const pairs = [[0, 1], [0, 2], [1, 2]] as const;
const key = (a: number, b: number): string => `${Math.min(a, b)}-${Math.max(a, b)}`;

function run(ops: Op[]): Replica[] {
  const replicas = people.map((name) => new Replica(name));
  let now = T0;
  const ids = (): string => newId(now);
  const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at: now, newId: ids });
  if (!declared.ok) throw new Error(declared.reason);
  const [first] = replicas as [Replica, Replica, Replica];
  first.commit(declared.entries);
  shareIncident(first.doc, baseFor(declared.incident, declared.entries), declared.entries);
  for (const [a, b] of pairs) syncPair(replicas[a]!, replicas[b]!);
  const cut = new Set<string>();

  for (const step of ops) {
    // Time moves only on ticks, so several machines often change things in the same millisecond.
    if (step.op === 'tick') now += step.ms;
    else if (step.op === 'sync') {
      for (const [a, b] of pairs) if (!cut.has(key(a, b))) syncPair(replicas[a]!, replicas[b]!);
    } else if (step.op === 'partition') {
      const link = key(step.a, step.b);
      if (step.a === step.b) continue;
      if (cut.has(link)) cut.delete(link);
      else cut.add(link);
    } else if (step.op === 'append') {
      const r = replicas[step.who]!;
      r.commit([makeEntry({ incidentId: declared.incident.id, kind: 'note', text: step.text, author: r.name, source: 'composer' }, { at: now, newId: ids })]);
    } else if (step.op === 'act') {
      replicas[step.who]!.act(step.action, now, ids);
    } else {
      const r = replicas[step.who]!;
      const mine = r.entries();
      const target = mine[step.pick % mine.length];
      if (!target) continue;
      // Stamped as entry-repository stamps a change (editEntry, deleteEntry, restoreEntry).
      const changedAt = nextChangeAt(target, now);
      if (step.op === 'edit') r.commit([{ ...target, text: step.text, editedAt: now, changedAt }], { dieBeforeDoc: step.dieBeforeDoc });
      else if (step.op === 'delete' && target.deletedAt === null) r.commit([{ ...target, deletedAt: now, changedAt }]);
      else if (step.op === 'restore' && target.deletedAt !== null) r.commit([{ ...target, deletedAt: null, changedAt }]);
    }
  }

  // The network heals: exchange until nothing changes (Yjs settles concurrent writes of one key by client id;
  // the machine whose copy should have won writes it again, which takes one more round).
  for (let round = 0; round < 4; round += 1) for (const [a, b] of pairs) syncPair(replicas[a]!, replicas[b]!);
  return replicas;
}

describe('three responders sharing one incident', () => {
  it('converge, lose nothing acknowledged and keep every rule, whatever the interleaving', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const replicas = run(ops);
        const [a, ...others] = replicas as [Replica, Replica, Replica];
        const sorted = (r: Replica) => readEntries(r.doc).sort((x, y) => (x.id < y.id ? -1 : 1));
        for (const other of others) {
          expect(sorted(other)).toEqual(sorted(a));
          expect(other.entries()).toEqual(a.entries());
          expect(other.derived()).toEqual(a.derived());
        }
        expect(a.entries()).toEqual(sorted(a));
        const final = new Map(a.entries().map((e) => [e.id, e]));
        for (const r of replicas) {
          for (const copy of r.acknowledged) {
            const kept = final.get(copy.id);
            expect(kept, `${r.name}'s acknowledged entry ${copy.id}`).toBeDefined();
            expect(supersedes(copy, kept!), `${r.name}'s copy of ${copy.id} lost to an older one`).toBe(false);
          }
        }
        const incident = a.incident();
        expect(incident).not.toBeNull();
        expect(checkIncidentInvariants(incident!)).toEqual([]);
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});
