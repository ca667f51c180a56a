import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, declareIncident } from '../../../src/shared/domain/incident-lifecycle';
import type { Incident } from '../../../src/shared/domain/incident';
import { ctxAt, declared, expectOk, expectRefusal, HOUR, MINUTE, resolvedIncident, T0 } from './lifecycle-fixtures';

/* Correcting an incident's times and dating a change back: each limit at, just past, and on the other side. */

const edit = (incident: Incident, change: Record<string, unknown>, at = T0 + 2 * HOUR) =>
  applyLifecycleAction(incident, { type: 'edit-details', ...change }, ctxAt(at));

describe('correcting the declared time', () => {
  it('writes nothing when the time given is the one already there', () => {
    expect(expectOk(edit(declared(), { declaredAt: T0 })).entries).toEqual([]);
  });

  it('takes a time of exactly now, and refuses a millisecond later, saying it would be in the future', () => {
    const now = T0 + 2 * HOUR;
    expect(expectOk(edit(declared(), { declaredAt: now }, now)).incident.declaredAt).toBe(now);
    expect(expectRefusal(edit(declared(), { declaredAt: now + 1 }, now))).toBe('An incident cannot be declared in the future; set a time up to now.');
  });

  it('refuses a time that is not a time, in words', () => {
    expect(expectRefusal(edit(declared(), { declaredAt: Number.NaN }))).toBe('The declared time is not a valid time; correct it.');
    expect(expectRefusal(declareIncident({ title: 'x', severity: 'minor', declaredAt: Number.NaN }, ctxAt(T0)))).toMatch(/not a valid time/);
  });

  it('may move up to the resolved time itself, and past it is refused with the resolved date and time', () => {
    const resolved = resolvedIncident();
    const resolvedAt = resolved.resolvedAt!;
    expect(expectOk(edit(resolved, { declaredAt: resolvedAt })).incident.declaredAt).toBe(resolvedAt);
    expect(expectRefusal(edit(resolved, { declaredAt: resolvedAt + 1 }))).toBe(
      'The declared time would be after the incident was resolved (2026-11-26 14:01:00 UTC); set an earlier time, or correct the resolved time too.',
    );
  });
});

describe('correcting the resolved time', () => {
  it('writes nothing when the time given is the one already there', () => {
    const resolved = resolvedIncident();
    expect(expectOk(edit(resolved, { resolvedAt: resolved.resolvedAt })).entries).toEqual([]);
  });

  it('refuses a time before the incident was declared', () => {
    expect(expectRefusal(edit(resolvedIncident(), { resolvedAt: T0 - MINUTE }))).toMatch(/before the incident was declared/);
  });

  it('must stay before a scheduled analysis sync: a millisecond before is taken, the same time is refused with its date', () => {
    const scheduledFor = T0 + 26 * HOUR;
    const scheduled: Incident = { ...resolvedIncident(), status: 'analysis-scheduled', analysisScheduledFor: scheduledFor };
    const at = T0 + 30 * HOUR;
    expect(expectOk(edit(scheduled, { resolvedAt: scheduledFor - 1 }, at)).incident.resolvedAt).toBe(scheduledFor - 1);
    expect(expectRefusal(edit(scheduled, { resolvedAt: scheduledFor }, at))).toBe(
      'The analysis sync is scheduled for 2026-11-27 16:00:00 UTC; the resolved time must be before it.',
    );
    const unscheduled: Incident = { ...resolvedIncident(), analysisScheduledFor: null };
    expect(expectOk(edit(unscheduled, { resolvedAt: scheduledFor }, at)).incident.resolvedAt).toBe(scheduledFor);
  });
});

describe('the impact start', () => {
  it('moves the impact-started row when set, and moves no row when cleared', () => {
    const set = edit(declared(), { impactStartedAt: T0 - HOUR });
    expect(set.ok && set.retimed).toEqual([{ milestone: 'impact-started', occurredAt: T0 - HOUR }]);
    const withImpact = expectOk(set).incident;
    const cleared = edit(withImpact, { impactStartedAt: null });
    expect(expectOk(cleared).incident.impactStartedAt).toBeNull();
    expect(cleared.ok && cleared.retimed).toBeUndefined();
  });
});

describe('a change dated back with Set time', () => {
  const severity = { type: 'change-severity', severity: 'critical' } as const;

  it('may be dated at exactly now or exactly the declared time, and not a millisecond outside', () => {
    const now = T0 + HOUR;
    const at = (occurredAt: number) => applyLifecycleAction(declared(), severity, { ...ctxAt(now), occurredAt });
    expect(expectOk(at(now)).entries[0]?.occurredAt).toBe(now);
    expect(expectOk(at(T0)).entries[0]?.occurredAt).toBe(T0);
    expect(expectRefusal(at(now + 1))).toMatch(/in the future/);
    expect(expectRefusal(at(T0 - 1))).toBe(
      'The time set for this change is before the incident was declared (2026-11-26 14:00:00 UTC); set a later time.',
    );
  });

  it('carries the time it was dated to in its record only when it was dated back', () => {
    const dated = expectOk(applyLifecycleAction(declared(), severity, { ...ctxAt(T0 + HOUR), occurredAt: T0 + MINUTE }));
    expect(dated.entries[0]?.lifecycle).toMatchObject({ occurredAt: T0 + MINUTE });
    const now = expectOk(applyLifecycleAction(declared(), severity, ctxAt(T0 + HOUR)));
    expect(now.entries[0]?.lifecycle).not.toHaveProperty('occurredAt');
  });
});
