import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, declareIncident, type LifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import type { Incident } from '../../../src/shared/domain/incident';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { newId } from '../../../src/shared/domain/ids';
import { baseFor } from '../../../src/shared/sync/incident-doc';
import { deriveIncident } from '../../../src/shared/sync/derive-incident';

/* Which actions another machine's replay applies, and which it reports as a sync conflict. */

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);
const MINUTE = 60_000;

function declare(title: string): Incident {
  const declared = declareIncident({ title, severity: 'major' }, { by: 'Ana', at: T0, newId: () => newId(T0) });
  if (!declared.ok) throw new Error(declared.reason);
  return declared.incident;
}

/** The entry recording `action`, taken by `by` at `at` on the incident as `by` saw it. */
function recorded(seen: Incident, action: LifecycleAction, by: string, at: number, occurredAt?: number): TimelineEntry {
  const result = applyLifecycleAction(seen, action, { by, at, newId: () => newId(at), ...(occurredAt === undefined ? {} : { occurredAt }) });
  if (!result.ok) throw new Error(result.reason);
  return result.entries[0]!;
}

describe('replaying a shared incident', () => {
  const incident = declare('Checkout down');
  const base = baseFor(incident, []);

  it('applies a severity change by someone who had not yet seen a handover: only handovers depend on who leads', () => {
    const handover = recorded(incident, { type: 'hand-over', to: 'Chloe' }, 'Ana', T0 + MINUTE);
    const raise = recorded(incident, { type: 'change-severity', severity: 'critical' }, 'Ben', T0 + 2 * MINUTE);
    const { incident: now, conflicts } = deriveIncident(base, [handover, raise]);
    expect(now).toMatchObject({ lead: 'Chloe', severity: 'critical' });
    expect(conflicts).toEqual([]);
  });

  it('leaves out the actions recorded on another incident', () => {
    const other = declare('Search slow');
    const elsewhere = recorded(other, { type: 'resolve', rootCause: 'slow index', fix: 'rebuilt it' }, 'Ben', T0 + MINUTE);
    const { incident: now, conflicts } = deriveIncident(base, [elsewhere]);
    expect(now).toEqual(incident);
    expect(conflicts).toEqual([]);
  });

  it('reports a change dated back before a declared time a teammate moved later, instead of applying it', () => {
    const moved = recorded(incident, { type: 'edit-details', declaredAt: T0 + 10 * MINUTE }, 'Ana', T0 + 20 * MINUTE);
    const datedBack = recorded(incident, { type: 'change-severity', severity: 'critical' }, 'Ben', T0 + 21 * MINUTE, T0 + 5 * MINUTE);
    const { incident: now, conflicts } = deriveIncident(base, [moved, datedBack]);
    expect(now).toMatchObject({ declaredAt: T0 + 10 * MINUTE, severity: 'major' });
    expect(conflicts.map((c) => c.text)).toEqual([
      'Sync conflict: the change of severity by Ben (2026-11-29 09:21:00 UTC) was not applied. The time set for this change is before the incident was declared (2026-11-29 09:10:00 UTC); set a later time. Check the incident\'s state and redo it if it is still needed.',
    ]);
  });
});
