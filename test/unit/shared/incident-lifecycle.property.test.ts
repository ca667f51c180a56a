import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { IncidentSchema, severities, type Incident } from '../../../src/shared/domain/incident';
import {
  applyLifecycleAction,
  closedStatuses,
  declareIncident,
  type LifecycleAction,
} from '../../../src/shared/domain/incident-lifecycle';
import { milestoneNames, TimelineEntrySchema, type TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { newId } from '../../../src/shared/domain/ids';
import { HOUR, T0 } from './lifecycle-fixtures';

const DAY = 24 * HOUR;

// Text a person might type, including the blank and oversized values the rules must refuse.
// Weighted towards valid input so that long sequences reach the later statuses.
const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('Bad deploy', 'Rolled back', 'Dana', 'ana', ' Ana ', 'Ben') },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '  ', '\n\t', 'x'.repeat(20_001)) },
);
const actor = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('Ana', 'Ben', ' Chidi ') },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', 'x'.repeat(121)) },
);
/** Times are drawn relative to the moment of the action, since what is valid depends on it. */
const offset = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3 * DAY, max: 3 * DAY }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, -1, Number.NaN, 2 ** 60) },
);

type ActionSpec = (at: number) => LifecycleAction;

const actionSpec: fc.Arbitrary<ActionSpec> = fc.oneof(
  fc.record({ severity: fc.constantFrom(...severities), reason: fc.option(text, { nil: undefined }) }).map(
    ({ severity, reason }): ActionSpec => () => ({ type: 'change-severity', severity, reason }),
  ),
  text.map((to): ActionSpec => () => ({ type: 'hand-over', to })),
  fc.constantFrom('investigating', 'identified', 'monitoring').map((status): ActionSpec => () => ({ type: 'set-status', status })),
  fc
    .record({ rootCause: text, fix: text, back: fc.option(offset, { nil: undefined }) })
    .map(({ rootCause, fix, back }): ActionSpec => (at) => ({ type: 'resolve', rootCause, fix, ...(back === undefined ? {} : { resolvedAt: at + back }) })),
  text.map((reason): ActionSpec => () => ({ type: 'reopen', reason })),
  offset.map((d): ActionSpec => (at) => ({ type: 'schedule-analysis', scheduledFor: at + d })),
  text.map((reason): ActionSpec => () => ({ type: 'skip-analysis', reason })),
  fc.constant((): LifecycleAction => ({ type: 'complete-analysis' })),
  fc
    .record(
      {
        title: text,
        summary: text,
        rootCause: text,
        fix: text,
        impact: fc.option(offset, { nil: null }),
        declared: offset,
        resolved: offset,
        runbookLinks: fc.array(text, { maxLength: 3 }),
      },
      { requiredKeys: [] },
    )
    .map(
      ({ impact, declared, resolved, ...fields }): ActionSpec =>
        (at) => ({
          type: 'edit-details',
          ...fields,
          ...(impact === undefined ? {} : { impactStartedAt: impact === null ? null : at + impact }),
          ...(declared === undefined ? {} : { declaredAt: at + declared }),
          ...(resolved === undefined ? {} : { resolvedAt: at + resolved }),
        }),
    ),
  fc
    .record({ milestone: fc.constantFrom(...milestoneNames), d: offset })
    .map(({ milestone, d }): ActionSpec => (at) => ({ type: 'record-milestone', milestone, occurredAt: at + d })),
);

const step = fc.record({
  spec: actionSpec,
  by: actor,
  // Mostly forward, sometimes a clock that stepped back.
  advance: fc.integer({ min: -HOUR, max: 2 * DAY }),
  // Sometimes dated back with Set time (or forward, or to nonsense, which must be refused).
  dated: fc.option(offset, { nil: undefined, freq: 3 }),
});

function expectWellFormedEntries(entries: TimelineEntry[], incident: Incident, at: number): void {
  for (const entry of entries) {
    expect(TimelineEntrySchema.parse(entry)).toEqual(entry);
    expect(entry.incidentId).toBe(incident.id);
    expect(entry.source).toBe('lifecycle');
    expect(entry.capturedAt).toBe(at);
    expect(entry.occurredAt).toBeLessThanOrEqual(entry.capturedAt);
    expect(entry.text.trim().length).toBeGreaterThan(0);
  }
}

describe('any sequence of lifecycle actions', () => {
  it('keeps the invariants: one lead, closed only with cause + fix, well-formed and monotonic times', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...severities),
        fc.option(fc.integer({ min: -DAY, max: 0 }), { nil: null }),
        fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }),
        (severity, impactOffset, steps) => {
          const declared = declareIncident(
            { title: 'Checkout down', severity, impactStartedAt: impactOffset === null ? null : T0 + impactOffset },
            { by: 'Ana', at: T0, newId: () => newId(T0) },
          );
          if (!declared.ok) throw new Error(declared.reason);
          expectWellFormedEntries(declared.entries, declared.incident, T0);
          let incident = declared.incident;
          let expectedLead = 'Ana';
          let clock = T0;
          const ids = new Set([incident.id, ...declared.entries.map((e) => e.id)]);

          for (const { spec, by, advance, dated } of steps) {
            clock = Math.max(0, clock + advance);
            const action = spec(clock);
            const before = incident;
            const occurredAt = dated === undefined ? {} : { occurredAt: clock + dated };
            const result = applyLifecycleAction(incident, action, { by, at: clock, newId: () => newId(clock), ...occurredAt });
            if (!result.ok) {
              // A refusal is a sentence that says what to do, and changes nothing.
              expect(result.reason).toMatch(/^\S.*[.:)]$/s);
              expect(incident).toBe(before);
              continue;
            }
            incident = result.incident;
            expect(IncidentSchema.parse(incident)).toEqual(incident);
            expect(incident.updatedAt).toBeGreaterThanOrEqual(before.updatedAt);
            expect(incident.updatedAt).toBeGreaterThanOrEqual(incident.declaredAt);
            expect(incident.id).toBe(before.id);
            expect(incident.declaredBy).toBe('Ana');
            expectWellFormedEntries(result.entries, incident, Math.max(clock, before.updatedAt));
            for (const entry of result.entries) {
              expect(ids.has(entry.id)).toBe(false);
              ids.add(entry.id);
            }

            // Exactly one lead: it changes only by a hand-over, to the trimmed name given.
            if (action.type === 'hand-over') expectedLead = action.to.trim();
            expect(incident.lead).toBe(expectedLead);
            expect(result.entries.filter((e) => e.kind === 'lead-change')).toHaveLength(action.type === 'hand-over' ? 1 : 0);

            // An incident is closed only with a known root cause and a fix in place.
            if (closedStatuses.includes(incident.status)) {
              expect(incident.rootCause.trim()).not.toBe('');
              expect(incident.fix.trim()).not.toBe('');
              expect(incident.resolvedAt).not.toBeNull();
              expect(incident.resolvedAt ?? 0).toBeGreaterThanOrEqual(incident.declaredAt);
            } else {
              expect(incident.resolvedAt).toBeNull();
            }
            if (!closedStatuses.includes(before.status) && closedStatuses.includes(incident.status)) {
              expect(action.type).toBe('resolve');
              expect(result.entries.some((e) => e.milestone === 'resolved')).toBe(true);
            }
            if (incident.status === 'analysis-scheduled') {
              expect(incident.analysisScheduledFor ?? 0).toBeGreaterThan(incident.resolvedAt ?? Infinity);
            }
            if (result.entries.length === 0) expect(incident).toBe(before);
          }
        },
      ),
      { numRuns: propertyRuns(300) },
    );
    // 300 sequences of up to 60 actions take seconds on a shared 2-core machine; the default 5 s is too tight.
  }, 30_000);
});
