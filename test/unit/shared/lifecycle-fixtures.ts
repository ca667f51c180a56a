import { expect } from 'vitest';
import type { Incident } from '../../../src/shared/domain/incident';
import {
  applyLifecycleAction,
  declareIncident,
  type ActionContext,
  type LifecycleAction,
  type LifecycleResult,
} from '../../../src/shared/domain/incident-lifecycle';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';

export const T0 = Date.UTC(2026, 10, 26, 14, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A context with a fixed clock and predictable ids, so every expectation can name them. */
export function ctxAt(at: number, by = 'Ana'): ActionContext {
  let n = 0;
  return { by, at, newId: () => `id-${at}-${(n += 1)}` };
}

export function expectOk(result: LifecycleResult): { incident: Incident; entries: TimelineEntry[] } {
  if (!result.ok) throw new Error(`expected ok, got refusal: ${result.reason}`);
  return result;
}

export function expectRefusal(result: LifecycleResult): string {
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.reason;
}

export function declared(overrides: Partial<{ severity: Incident['severity']; by: string }> = {}): Incident {
  return expectOk(
    declareIncident({ title: 'Checkout returns 500', severity: overrides.severity ?? 'major' }, ctxAt(T0, overrides.by ?? 'Ana')),
  ).incident;
}

/** Runs actions in order, a minute apart, failing the test on the first refusal. */
export function run(incident: Incident, ...actions: LifecycleAction[]): Incident {
  let current = incident;
  actions.forEach((action, i) => {
    current = expectOk(applyLifecycleAction(current, action, ctxAt(T0 + (i + 1) * MINUTE))).incident;
  });
  return current;
}

export const resolveAction: LifecycleAction = { type: 'resolve', rootCause: 'Expired TLS certificate', fix: 'Rotated the certificate' };

export function resolvedIncident(): Incident {
  return run(declared(), resolveAction);
}
