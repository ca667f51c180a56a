import { describe, expect, it } from 'vitest';
import { incidentPhases } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// The severity changes and handovers drawn on the phase bar and in the analysis diagram: what each is called,
// which are left out, and where the time axis starts and ends.

const MIN = 60_000;

describe('the phase events of an incident', () => {
  it('name the new severity whatever its case, and say only "Severity changed" when the text does not name one', () => {
    const entries = [
      makeEntry({ kind: 'severity-change', text: 'Severity raised to MAJOR by hand', occurredAt: T0 + MIN }),
      makeEntry({ kind: 'severity-change', text: 'Severity changed: see the status page', occurredAt: T0 + 2 * MIN }),
      makeEntry({ kind: 'severity-change', text: 'Moved into criticalness', occurredAt: T0 + 3 * MIN }),
    ];
    expect(incidentPhases(makeIncident(), entries).events.map((e) => [e.kind, e.label])).toEqual([
      ['severity', 'Severity major'],
      ['severity', 'Severity changed'],
      ['severity', 'Severity changed'],
    ]);
  });

  it('name the new lead from the first line of the handover only, and say "Lead handed over" when no one is named', () => {
    const entries = [
      makeEntry({ kind: 'lead-change', text: 'Lead handed over from Dana to Sam Lee \nSam takes the night shift', occurredAt: T0 + MIN }),
      makeEntry({ kind: 'lead-change', text: 'Dana went home', occurredAt: T0 + 2 * MIN }),
    ];
    expect(incidentPhases(makeIncident(), entries).events.map((e) => [e.kind, e.label])).toEqual([
      ['lead', 'Lead Sam Lee'],
      ['lead', 'Lead handed over'],
    ]);
  });

  it('leave out deleted changes and every other kind of entry, and come in time order whatever the log order', () => {
    const entries = [
      makeEntry({ kind: 'lead-change', text: 'Lead handed over from Dana to Fox', occurredAt: T0 + 20 * MIN }),
      makeEntry({ kind: 'severity-change', text: 'Severity changed from major to critical', occurredAt: T0 + 5 * MIN }),
      makeEntry({ kind: 'severity-change', text: 'Severity changed from critical to minor', occurredAt: T0 + 10 * MIN, deletedAt: T0 + 11 * MIN }),
      makeEntry({ kind: 'note', text: 'Asked to page Fox', occurredAt: T0 + 15 * MIN }),
      makeEntry({ kind: 'milestone', milestone: 'detected', text: 'Detected to ops', occurredAt: T0 + 16 * MIN }),
    ];
    expect(incidentPhases(makeIncident(), entries).events.map((e) => [e.at - T0, e.label])).toEqual([
      [5 * MIN, 'Severity critical'],
      [20 * MIN, 'Lead Fox'],
    ]);
  });

  it('stretch the time axis to a change made before the first milestone or after the last one', () => {
    const incident = makeIncident({ impactStartedAt: null, resolvedAt: T0 + 30 * MIN });
    const entries = [
      makeEntry({ kind: 'severity-change', text: 'Severity changed from minor to major', occurredAt: T0 - 7 * MIN }),
      makeEntry({ kind: 'lead-change', text: 'Lead handed over from Dana to Fox', occurredAt: T0 + 45 * MIN }),
    ];
    const phases = incidentPhases(incident, entries);
    expect([phases.first - T0, phases.last - T0]).toEqual([-7 * MIN, 45 * MIN]);
    expect([incidentPhases(incident, []).first - T0, incidentPhases(incident, []).last - T0]).toEqual([0, 30 * MIN]);
  });
});
