import { describe, expect, it } from 'vitest';
import { incidentPhases } from '../../../src/shared/analysis';
import { phaseDiagram, unknownMilestonesNote } from '../../../src/shared/analysis/incident-diagram';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// The Mermaid chart of the phases in the analysis document: its time axis, its sections, and what a person's
// name can and cannot do to it.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const diagramOf = (...args: Parameters<typeof incidentPhases>) => phaseDiagram(incidentPhases(...args)).value;

describe('the phase diagram', () => {
  it('labels its axis with hours up to a whole day, and adds the date beyond that', () => {
    const oneDay = makeIncident({ impactStartedAt: T0 - DAY, resolvedAt: T0 });
    expect(diagramOf(oneDay, [])).toContain('\n  axisFormat %H:%M\n');
    const longer = makeIncident({ impactStartedAt: T0 - DAY - 1000, resolvedAt: T0 });
    expect(diagramOf(longer, [])).toContain('\n  axisFormat %d %b %H:%M\n');
  });

  it('draws the known milestones under their own section, and changes of severity or lead only when there are some', () => {
    const incident = makeIncident({ impactStartedAt: null, resolvedAt: T0 + 2 * HOUR });
    expect(diagramOf(incident, [])).toBe(
      [
        'gantt',
        '  title Incident phases (UTC)',
        '  dateFormat YYYY-MM-DD HH:mm:ss',
        '  axisFormat %H:%M',
        '  section Phases',
        '  Declared to resolved : p0, 2026-11-26 14:00:00, 2026-11-26 16:00:00',
        '  section Milestones',
        '  Declared : milestone, m2, 2026-11-26 14:00:00, 0d',
        '  Resolved : milestone, m4, 2026-11-26 16:00:00, 0d',
      ].join('\n'),
    );
  });

  it('keeps a long new lead name to 60 characters on one task line', () => {
    const name = `Alexandra ${'Montgomery-'.repeat(8)}Smith`;
    const entries = [makeEntry({ kind: 'lead-change', text: `Lead handed over from Dana to ${name}`, occurredAt: T0 + HOUR })];
    const line = diagramOf(makeIncident(), entries).split('\n').find((l) => l.includes(': milestone, e0,'))!;
    expect(line).toBe(`  ${`Lead ${name}`.slice(0, 60)} : milestone, e0, 2026-11-26 15:00:00, 0d`);
  });
});

describe('the note under the phase diagram', () => {
  it('is absent when every milestone was recorded', () => {
    const incident = makeIncident({ impactStartedAt: T0 - HOUR, resolvedAt: T0 + HOUR });
    const entries = [
      makeEntry({ kind: 'milestone', milestone: 'detected', occurredAt: T0 - HOUR / 2 }),
      makeEntry({ kind: 'milestone', milestone: 'mitigated', occurredAt: T0 + HOUR / 2 }),
    ];
    expect(unknownMilestonesNote(incidentPhases(incident, entries))).toBeNull();
  });
});
