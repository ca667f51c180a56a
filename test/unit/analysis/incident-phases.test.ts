import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument, incidentPhases } from '../../../src/shared/analysis';
import { phaseDiagram } from '../../../src/shared/analysis/incident-diagram';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('incident phases', () => {
  it('puts a multi-day incident on one axis: phases between milestones, severity changes and handovers', () => {
    const incident = makeIncident({ impactStartedAt: T0 - 2 * DAY, resolvedAt: T0 + 3 * DAY + 4 * HOUR });
    const entries = [
      makeEntry({ kind: 'milestone', milestone: 'detected', occurredAt: T0 - DAY }),
      makeEntry({ kind: 'milestone', milestone: 'mitigated', occurredAt: T0 + DAY }),
      makeEntry({ kind: 'severity-change', text: 'Severity changed from major to critical: EU down too', occurredAt: T0 + HOUR }),
      makeEntry({ kind: 'lead-change', text: 'Lead handed over from Dana to Fox #2; nights: on', occurredAt: T0 + 2 * HOUR }),
    ];
    const phases = incidentPhases(incident, entries);
    expect(phases.marks.map((m) => m.at)).toEqual([T0 - 2 * DAY, T0 - DAY, T0, T0 + DAY, T0 + 3 * DAY + 4 * HOUR]);
    expect(phases.spans.map((s) => [s.label, s.end! - s.start])).toEqual([
      ['Impact started to detected', DAY],
      ['Detected to declared', DAY],
      ['Declared to mitigated', DAY],
      ['Mitigated to resolved', 2 * DAY + 4 * HOUR],
    ]);
    expect(phases.events.map((e) => e.label)).toEqual(['Severity critical', 'Lead Fox #2; nights: on']);
    expect(phases.unknown).toEqual([]);

    const diagram = phaseDiagram(phases).value;
    expect(diagram).toContain('axisFormat %d %b %H:%M');
    expect(diagram).toContain('Impact started to detected : p0, 2026-11-24 14:00:00, 2026-11-25 14:00:00');
    expect(diagram).toContain('Severity critical : milestone, e0, 2026-11-26 15:00:00, 0d');
    // A name cannot end the task line early or comment it out.
    expect(diagram).toContain('Lead Fox 2 nights on : milestone, e1, 2026-11-26 16:00:00, 0d');
  });

  it('shows a same-hour incident in minutes and says which milestones are unknown, guessing none', () => {
    const incident = makeIncident({ impactStartedAt: null, resolvedAt: T0 + 40 * MIN });
    const entries = [
      makeEntry({ kind: 'milestone', milestone: 'mitigated', occurredAt: T0 + 25 * MIN }),
      // A deleted milestone is not a fact any more.
      makeEntry({ kind: 'milestone', milestone: 'detected', occurredAt: T0 - 5 * MIN, deletedAt: T0 }),
    ];
    const phases = incidentPhases(incident, entries);
    expect(phases.unknown).toEqual(['impact-started', 'detected']);
    expect(phases.marks.filter((m) => m.at === null).map((m) => m.label)).toEqual(['Impact started', 'Detected']);
    expect(phases.spans.map((s) => s.label)).toEqual(['Declared to mitigated', 'Mitigated to resolved']);
    expect(phaseDiagram(phases).value).toContain('axisFormat %H:%M');
    expect(phaseDiagram(phases).value).not.toMatch(/Impact started|Detected/);

    const doc = buildAnalysisDocument({ incident, entries });
    expect(doc.markdown).toContain('```mermaid\ngantt\n');
    expect(doc.markdown).toContain('Not recorded, so not drawn: Impact started, Detected (unknown).');
  });

  it('leaves a live incident open after its last known milestone', () => {
    const incident = makeIncident({ status: 'investigating', impactStartedAt: null, resolvedAt: null });
    const phases = incidentPhases(incident, []);
    expect(phases.spans).toEqual([{ from: 'declared', to: null, label: 'Declared, not resolved yet', start: T0, end: null }]);
    expect(phases.unknown).toEqual(['impact-started', 'detected', 'mitigated', 'resolved']);
    expect(phaseDiagram(phases).value).not.toContain('section Phases');
  });
});
