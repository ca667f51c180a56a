import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, declareIncident, type LifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { newId } from '../../../src/shared/domain/ids';
import { baseFor } from '../../../src/shared/sync/incident-doc';
import { deriveIncident } from '../../../src/shared/sync/derive-incident';

/*
 * Every machine must replay a shared incident's actions in the same order, whatever order its store hands
 * them over in: by the moment each action was taken, then by entry id.
 */

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const MINUTE = 60_000;

const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, { by: 'Ana', at: T0, newId: () => newId(T0) });
if (!declared.ok) throw new Error(declared.reason);
const base = baseFor(declared.incident, declared.entries);

/** The entry that records `action`, taken by `by` at `at` on the incident as first shared, under id `id`. */
function recorded(action: LifecycleAction, by: string, at: number, id: string): TimelineEntry {
  const result = applyLifecycleAction(base.incident, action, { by, at, newId: () => id });
  if (!result.ok) throw new Error(result.reason);
  return result.entries[0]!;
}

const resolveBy = (by: string, at: number, id: string): TimelineEntry =>
  recorded({ type: 'resolve', rootCause: `cause seen by ${by}`, fix: `fix by ${by}` }, by, at, id);

describe('the replay order of a shared incident', () => {
  it('resolves taken in one millisecond on four machines: the lowest id stands everywhere, the rest are conflicts in id order', () => {
    const at = T0 + MINUTE;
    const ids = [newId(at), newId(at), newId(at), newId(at)].sort();
    const [first, second, third, fourth] = ids as [string, string, string, string];
    const entries = [
      resolveBy('Chloe', at, third),
      resolveBy('Ana', at, first),
      resolveBy('Dana', at, fourth),
      resolveBy('Ben', at, second),
    ];
    for (const order of [entries, [...entries].reverse()]) {
      const { incident, conflicts } = deriveIncident(base, order);
      expect(incident.rootCause).toBe('cause seen by Ana');
      expect(conflicts.map((c) => c.id)).toEqual([`${second}-conflict`, `${third}-conflict`, `${fourth}-conflict`]);
    }
  });

  it('an action taken earlier replays first even when its id sorts later', () => {
    const early = resolveBy('Ana', T0 + MINUTE, 'zz-early');
    const late = resolveBy('Ben', T0 + 2 * MINUTE, 'aa-late');
    for (const order of [
      [early, late],
      [late, early],
    ]) {
      const { incident, conflicts } = deriveIncident(base, order);
      expect(incident).toMatchObject({ rootCause: 'cause seen by Ana', resolvedAt: T0 + MINUTE });
      expect(conflicts.map((c) => c.id)).toEqual(['aa-late-conflict']);
    }
  });
});
