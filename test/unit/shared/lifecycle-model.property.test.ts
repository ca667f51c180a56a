import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { severities, type Incident } from '../../../src/shared/domain/incident';
import { applyLifecycleAction, declareIncident, type LifecycleAction } from '../../../src/shared/domain/incident-lifecycle';
import { milestoneNames } from '../../../src/shared/domain/timeline-entry';
import { HOUR, T0, ctxAt } from './lifecycle-fixtures';

/*
 * The rules checked against a model written apart from them: for any incident reached by any sequence of
 * actions, an action is accepted exactly when the model says the rules allow it. The older property test
 * checked only accepted actions, so a rule refusing too much passed; here a wrong refusal fails as surely
 * as a wrong acceptance. Limits are drawn at, below and above their value.
 */

const DAY = 24 * HOUR;
const live = ['investigating', 'identified', 'monitoring'];
const closed = ['resolved', 'analysis-scheduled', 'analysed', 'analysis-skipped'];

const sized = (limit: number) => fc.constantFrom(limit - 1, limit, limit + 1).map((n) => 'y'.repeat(n));
const text = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('Bad deploy', 'Rolled back', 'Ben', 'ana', '  Carl ', 'Dana') },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'two\nlines', 'sep\u2028line') },
  { weight: 1, arbitrary: fc.oneof(sized(120), sized(300), sized(20_000)) },
);
const offset = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: -2 * DAY, max: 2 * DAY }) },
  { weight: 2, arbitrary: fc.constantFrom(-1, 0, 1) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, 0.5, 2 ** 60) },
);
const link = fc.oneof(fc.constantFrom('https://runbooks.example/db', '', '  '), sized(2_000));

type Spec = (at: number) => LifecycleAction;
const spec: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({ severity: fc.constantFrom(...severities, 'sev0'), reason: fc.option(text, { nil: undefined }) }).map(
    ({ severity, reason }): Spec => () => ({ type: 'change-severity', severity: severity as 'major', reason }),
  ),
  text.map((to): Spec => () => ({ type: 'hand-over', to })),
  fc.constantFrom('investigating', 'identified', 'monitoring').map((status): Spec => () => ({ type: 'set-status', status })),
  fc.record({ rootCause: text, fix: text }).map((r): Spec => () => ({ type: 'resolve', ...r })),
  text.map((reason): Spec => () => ({ type: 'reopen', reason })),
  offset.map((d): Spec => (at) => ({ type: 'schedule-analysis', scheduledFor: at + d })),
  text.map((reason): Spec => () => ({ type: 'skip-analysis', reason })),
  fc.constant((): LifecycleAction => ({ type: 'complete-analysis' })),
  fc
    .record(
      {
        title: text,
        summary: text,
        rootCause: text,
        fix: text,
        impact: fc.option(offset, { nil: null }),
        links: fc.oneof(fc.array(link, { maxLength: 3 }), fc.constantFrom(49, 50, 51).map((n) => Array.from({ length: n }, (_, i) => `https://r.example/${i}`))),
      },
      { requiredKeys: [] },
    )
    .map(({ impact, links, ...fields }): Spec => (at) => ({
      type: 'edit-details',
      ...fields,
      ...(links === undefined ? {} : { runbookLinks: links }),
      ...(impact === undefined ? {} : { impactStartedAt: impact === null ? null : at + impact }),
    })),
  fc
    .record({ milestone: fc.constantFrom(...milestoneNames, 'fixed'), d: offset })
    .map(({ milestone, d }): Spec => (at) => ({ type: 'record-milestone', milestone: milestone as 'detected', occurredAt: at + d })),
);

const validInstant = (n: number) => Number.isInteger(n) && n >= 0 && n <= 8.64e15;
const fits = (s: string, max: number) => s.trim().length <= max;
const filled = (s: string) => s.trim().length > 0;

/** The model: whether the rules allow `action` on `incident` by `by` at `at`. Written from the README and DESIGN, not the code. */
function allowed(incident: Incident, action: LifecycleAction, by: string, clock: number): boolean {
  if (!filled(by) || !fits(by, 120)) return false;
  const at = Math.max(clock, incident.updatedAt);
  const isLive = live.includes(incident.status);
  const ended = incident.status === 'resolved' || incident.status === 'analysis-scheduled';
  switch (action.type) {
    case 'change-severity':
      return severities.includes(action.severity) && action.severity !== incident.severity && fits(action.reason ?? '', 20_000);
    case 'hand-over':
      return filled(action.to) && fits(action.to, 120) && !/[\r\n\u2028\u2029]/u.test(action.to) &&
        action.to.trim().toLowerCase() !== incident.lead.trim().toLowerCase() && (isLive || ended);
    case 'set-status':
      return isLive && action.status !== incident.status;
    case 'resolve':
      return isLive && filled(action.rootCause) && filled(action.fix) && fits(action.rootCause, 20_000) && fits(action.fix, 20_000);
    case 'reopen':
    case 'skip-analysis':
      return ended && filled(action.reason) && fits(action.reason, 20_000);
    case 'schedule-analysis':
      return ended && validInstant(action.scheduledFor) && action.scheduledFor > (incident.resolvedAt ?? incident.updatedAt);
    case 'complete-analysis':
      return incident.status === 'analysis-scheduled';
    case 'edit-details': {
      if (action.title !== undefined && (!filled(action.title) || !fits(action.title, 300))) return false;
      for (const value of [action.summary, action.rootCause, action.fix]) if (value !== undefined && !fits(value, 20_000)) return false;
      for (const value of [action.rootCause, action.fix]) if (value !== undefined && !filled(value) && !isLive) return false;
      const impact = action.impactStartedAt;
      if (impact !== undefined && impact !== null && (!validInstant(impact) || impact > at)) return false;
      const links = action.runbookLinks?.map((l) => l.trim()).filter((l) => l.length > 0) ?? [];
      return links.length <= 50 && links.every((l) => l.length <= 2_000);
    }
    case 'record-milestone':
      return ['impact-started', 'detected', 'mitigated'].includes(action.milestone) && validInstant(action.occurredAt) && action.occurredAt <= at;
  }
}

/** Where the model says an accepted action leaves the incident's status. */
function nextStatus(incident: Incident, action: LifecycleAction): string {
  switch (action.type) {
    case 'set-status':
      return action.status;
    case 'resolve':
      return 'resolved';
    case 'reopen':
      return 'investigating';
    case 'schedule-analysis':
      return 'analysis-scheduled';
    case 'skip-analysis':
      return 'analysis-skipped';
    case 'complete-analysis':
      return 'analysed';
    default:
      return incident.status;
  }
}

describe('the lifecycle rules against a model of them', () => {
  it('accept exactly the actions the model allows, and move the status where the model says', () => {
    const step = fc.record({ spec, by: fc.oneof({ weight: 9, arbitrary: fc.constantFrom('Ana', 'Ben') }, { weight: 1, arbitrary: fc.constantFrom('', 'z'.repeat(121), 'z'.repeat(120)) }), advance: fc.integer({ min: -HOUR, max: DAY }) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), (steps) => {
        const declared = declareIncident({ title: 'Checkout down', severity: 'major' }, ctxAt(T0));
        if (!declared.ok) throw new Error(declared.reason);
        let incident = declared.incident;
        let clock = T0;
        for (const { spec: make, by, advance } of steps) {
          clock = Math.max(0, clock + advance);
          const action = make(clock);
          const expected = allowed(incident, action, by, clock);
          const result = applyLifecycleAction(incident, action, ctxAt(clock, by));
          if (result.ok !== expected) {
            throw new Error(`${JSON.stringify(action).slice(0, 300)} by ${JSON.stringify(by.slice(0, 20))} on a ${incident.status} incident: the rules ${result.ok ? 'accepted' : `refused ("${result.reason}")`}, the model ${expected ? 'allows' : 'forbids'} it`);
          }
          if (!result.ok) continue;
          expect(result.incident.status).toBe(nextStatus(incident, action));
          expect(closed.includes(result.incident.status) || live.includes(result.incident.status)).toBe(true);
          incident = result.incident;
        }
      }),
      { numRuns: propertyRuns(400) },
    );
  });
});
