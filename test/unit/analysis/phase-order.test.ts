import { describe, expect, it } from 'vitest';
import { incidentPhases } from '../../../src/shared/analysis';
import { phaseDiagram } from '../../../src/shared/analysis/incident-diagram';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// Milestones logged out of the handbook's order: the phases follow the clock, not the list, and a resolved
// incident is never drawn as still open.

const MIN = 60_000;

describe('phases of milestones logged out of order', () => {
  it('join the milestones in time order when detection came before the recorded impact start', () => {
    const incident = makeIncident({ impactStartedAt: T0 - 10 * MIN, resolvedAt: T0 + 30 * MIN });
    const entries = [makeEntry({ kind: 'milestone', milestone: 'detected', occurredAt: T0 - 20 * MIN })];
    expect(incidentPhases(incident, entries).spans.map((s) => [s.label, s.start - T0, s.end! - T0])).toEqual([
      ['Detected to impact started', -20 * MIN, -10 * MIN],
      ['Impact started to declared', -10 * MIN, 0],
      ['Declared to resolved', 0, 30 * MIN],
    ]);
  });

  it('draw a resolved incident as closed even when a milestone was logged after its resolution', () => {
    const incident = makeIncident({ impactStartedAt: null, resolvedAt: T0 + 30 * MIN });
    const entries = [makeEntry({ kind: 'milestone', milestone: 'mitigated', occurredAt: T0 + 40 * MIN })];
    const phases = incidentPhases(incident, entries);
    expect(phases.spans.map((s) => s.label)).toEqual(['Declared to resolved', 'Resolved to mitigated']);
    expect(phases.spans.every((s) => s.end !== null)).toBe(true);
  });
});

describe('the phase diagram of changes of severity and lead', () => {
  it('puts them under their own section, each name cleaned to words the chart can hold', () => {
    const entries = [
      makeEntry({ kind: 'severity-change', text: 'Severity changed from major to critical', occurredAt: T0 + 5 * MIN }),
      makeEntry({ kind: 'lead-change', text: 'Lead handed over from Dana to Sam:Lee (EU)!', occurredAt: T0 + 10 * MIN }),
    ];
    const lines = phaseDiagram(incidentPhases(makeIncident({ resolvedAt: T0 + 20 * MIN }), entries)).value.split('\n');
    expect(lines.slice(lines.indexOf('  section Severity and lead'))).toEqual([
      '  section Severity and lead',
      '  Severity critical : milestone, e0, 2026-11-26 14:05:00, 0d',
      '  Lead Sam Lee (EU) : milestone, e1, 2026-11-26 14:10:00, 0d',
    ]);
  });
});
