import { describe, expect, it } from 'vitest';
import { applyLifecycleAction, checkIncidentInvariants, declareIncident, peakSeverity } from '../../../src/shared/domain/incident-lifecycle';
import { ctxAt, declared, expectOk, expectRefusal, HOUR, MINUTE, resolveAction, run, T0 } from './lifecycle-fixtures';

/* An incident logged after the fact carries its own times, and a change dated back with Set time lands there. */

const DAY = 24 * HOUR;
const resolveFix = { type: 'resolve', rootCause: 'Expired TLS certificate', fix: 'Rotated the certificate' } as const;

describe('an incident logged after the fact', () => {
  it('is declared at the time given, with its declared row there, while written now', () => {
    const { incident, entries } = expectOk(
      declareIncident({ title: 'Queue stalled', severity: 'major', declaredAt: T0 - 3 * DAY, impactStartedAt: T0 - 3 * DAY - HOUR }, ctxAt(T0)),
    );
    expect(incident.declaredAt).toBe(T0 - 3 * DAY);
    expect(incident.updatedAt).toBe(T0);
    expect(entries.map((e) => [e.milestone, e.occurredAt, e.capturedAt])).toEqual([
      ['impact-started', T0 - 3 * DAY - HOUR, T0],
      ['declared', T0 - 3 * DAY, T0],
    ]);
    expect(checkIncidentInvariants(incident)).toEqual([]);
  });

  it('refuses a declared time in the future', () => {
    expect(expectRefusal(declareIncident({ title: 'x', severity: 'minor', declaredAt: T0 + MINUTE }, ctxAt(T0)))).toMatch(
      /cannot be declared in the future/,
    );
  });

  it('is resolved at the time the fix was in place, not before it was declared nor after now', () => {
    const incident = declared();
    const at = T0 + 2 * DAY;
    const resolved = expectOk(applyLifecycleAction(incident, { ...resolveFix, resolvedAt: T0 + 5 * HOUR }, ctxAt(at)));
    expect(resolved.incident.resolvedAt).toBe(T0 + 5 * HOUR);
    expect(resolved.entries.every((e) => e.occurredAt === T0 + 5 * HOUR)).toBe(true);
    expect(expectRefusal(applyLifecycleAction(incident, { ...resolveFix, resolvedAt: T0 - MINUTE }, ctxAt(at)))).toMatch(
      /before the incident was declared/,
    );
    expect(expectRefusal(applyLifecycleAction(incident, { ...resolveFix, resolvedAt: at + MINUTE }, ctxAt(at)))).toMatch(
      /cannot be resolved in the future/,
    );
  });

  it('has its declared and resolved times corrected later, recorded, with the milestone rows to move', () => {
    const resolved = run(declared(), resolveAction);
    const outcome = applyLifecycleAction(resolved, { type: 'edit-details', declaredAt: T0 - DAY, resolvedAt: T0 - DAY + 3 * HOUR }, ctxAt(T0 + HOUR));
    const result = expectOk(outcome);
    expect(result.incident.declaredAt).toBe(T0 - DAY);
    expect(result.incident.resolvedAt).toBe(T0 - DAY + 3 * HOUR);
    expect(result.entries.map((e) => e.text)).toEqual([
      'Details edited: declared time to 2026-11-25 14:00:00 UTC, resolved time to 2026-11-25 17:00:00 UTC',
    ]);
    expect(outcome.ok && outcome.retimed).toEqual([
      { milestone: 'declared', occurredAt: T0 - DAY },
      { milestone: 'resolved', occurredAt: T0 - DAY + 3 * HOUR },
    ]);
    expect(checkIncidentInvariants(result.incident)).toEqual([]);
  });

  it('refuses a correction that would end the incident before it began, or resolve a live one', () => {
    const resolved = run(declared(), resolveAction);
    expect(expectRefusal(applyLifecycleAction(resolved, { type: 'edit-details', declaredAt: T0 + 2 * HOUR }, ctxAt(T0 + 3 * HOUR)))).toMatch(
      /declared time would be after the incident was resolved/,
    );
    expect(expectRefusal(applyLifecycleAction(declared(), { type: 'edit-details', resolvedAt: T0 }, ctxAt(T0 + HOUR)))).toMatch(
      /not resolved yet/,
    );
  });
});

describe('a change dated back with Set time', () => {
  it('places /status, /sev and /lead at the time given', () => {
    const incident = declared();
    for (const action of [
      { type: 'set-status', status: 'identified' },
      { type: 'change-severity', severity: 'critical' },
      { type: 'hand-over', to: 'Ben' },
    ] as const) {
      const result = expectOk(applyLifecycleAction(incident, action, { ...ctxAt(T0 + HOUR), occurredAt: T0 + 10 * MINUTE }));
      expect(result.entries.map((e) => [e.occurredAt, e.capturedAt])).toEqual([[T0 + 10 * MINUTE, T0 + HOUR]]);
    }
  });

  it('says why not when the time is in the future, before the declaration, or the action carries its own time', () => {
    const incident = declared();
    const status = { type: 'set-status', status: 'identified' } as const;
    expect(expectRefusal(applyLifecycleAction(incident, status, { ...ctxAt(T0 + HOUR), occurredAt: T0 + 2 * HOUR }))).toMatch(/in the future/);
    expect(expectRefusal(applyLifecycleAction(incident, status, { ...ctxAt(T0 + HOUR), occurredAt: T0 - MINUTE }))).toMatch(
      /before the incident was declared/,
    );
    expect(expectRefusal(applyLifecycleAction(incident, resolveAction, { ...ctxAt(T0 + HOUR), occurredAt: T0 + MINUTE }))).toMatch(
      /Only \/sev, \/lead and \/status can be dated back/,
    );
  });
});

describe('peakSeverity', () => {
  it('is the highest level the incident reached, not the one it ended at', () => {
    const incident = declared({ severity: 'major' });
    const up = expectOk(applyLifecycleAction(incident, { type: 'change-severity', severity: 'critical' }, ctxAt(T0 + HOUR)));
    const down = expectOk(applyLifecycleAction(up.incident, { type: 'change-severity', severity: 'minor', reason: 'contained' }, ctxAt(T0 + 2 * HOUR)));
    expect(down.incident.severity).toBe('minor');
    expect(peakSeverity(down.incident, [...up.entries, ...down.entries])).toBe('critical');
    // A deleted change does not count.
    expect(peakSeverity(incident, [{ ...up.entries[0]!, deletedAt: T0 + 3 * HOUR }])).toBe('major');
  });
});
