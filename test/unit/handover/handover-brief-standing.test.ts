import { describe, expect, it } from 'vitest';
import type { Incident } from '../../../src/shared/domain/incident';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { buildHandoverBrief } from '../../../src/shared/handover/handover-brief';
import { incidentAt, MIN, T0 } from '../../support/domain-fixtures';
import { fixture, section, typed } from './handover-fixtures';

/** "Where things stand" for the fixture's log with the incident and entries changed as a test needs. */
function standing(incident: Partial<Incident>, entries: (base: readonly TimelineEntry[]) => TimelineEntry[] = (base) => [...base], now = T0 + 45 * MIN): string[] {
  const base = fixture();
  const input = { ...base, incident: { ...base.incident, ...incident }, entries: entries(base.entries), now };
  return section(buildHandoverBrief(input).text, 'Where things stand').split('\n');
}

describe('where things stand, in the handover brief', () => {
  it('names no peak when the severity never changed', () => {
    const lines = standing({}, (base) => base.filter((e) => e.kind !== 'severity-change'));
    expect(lines[0]).toBe('Severity: major. Status: identified.');
  });

  it('gives a resolved incident its whole length and the impact up to the resolve when no mitigation was logged', () => {
    const lines = standing({ status: 'resolved', resolvedAt: T0 + 50 * MIN }, undefined, T0 + 90 * MIN);
    expect(lines[0]).toBe('Severity: major (peak critical). Status: resolved.');
    expect(lines[1]).toBe('Declared 14:00:00 UTC by Dana; 50 min 00 s in all.');
    expect(lines[2]).toBe('Impact from 13:55:00 UTC until mitigated 14:50:00 UTC (55 min 00 s).');
  });

  it('ends the impact at the logged mitigation, not at the resolve', () => {
    const mitigated = typed(T0 + 30 * MIN, '@mitigated rollback done');
    const lines = standing({ status: 'resolved', resolvedAt: T0 + 50 * MIN }, (base) => [...base, mitigated], T0 + 90 * MIN);
    expect(lines[2]).toBe('Impact from 13:55:00 UTC until mitigated 14:30:00 UTC (35 min 00 s).');
  });

  it('ends the impact at a mitigation logged the same second the impact started', () => {
    const mitigated = typed(T0 - 5 * MIN, '@mitigated the failover took over at once');
    expect(standing({}, (base) => [...base, mitigated])[2]).toBe('Impact from 13:55:00 UTC until mitigated 13:55:00 UTC (0 s).');
  });

  it('says the two times disagree when the impact start was later moved past the logged mitigation: no negative impact, no "not mitigated"', () => {
    const mitigated = typed(T0 + 5 * MIN, '@mitigated');
    const lines = standing({ impactStartedAt: T0 + 10 * MIN }, (base) => [...base, mitigated]);
    expect(lines[2]).toBe('Impact start 14:10:00 UTC is after the mitigation at 14:05:00 UTC: one of the two times needs correcting.');
  });

  it('says the same of a resolved incident whose impact start was moved past its resolve', () => {
    const lines = standing({ status: 'resolved', resolvedAt: T0 + 50 * MIN, impactStartedAt: T0 + 55 * MIN }, undefined, T0 + 90 * MIN);
    expect(lines[2]).toBe('Impact start 14:55:00 UTC is after the mitigation at 14:50:00 UTC: one of the two times needs correcting.');
  });

  it('says so when nobody has recorded when the impact started', () => {
    const lines = standing({ impactStartedAt: null });
    expect(lines[2]).toBe('Impact start: not recorded yet.');
    expect(lines).toHaveLength(4);
  });

  it('quotes the latest impact note on one line, however it was broken', () => {
    const note = typed(T0 + 14 * MIN, 'impact 30% of card payments fail\nmostly in the EU  \n  since the deploy', 'Fox');
    expect(standing({}, (base) => [...base, note])[3]).toBe('Latest impact note: 30% of card payments fail mostly in the EU since the deploy');
  });

  it('leaves the impact note out when there is none', () => {
    const lines = section(buildHandoverBrief({ ...fixture(), incident: incidentAt(), entries: [] }).text, 'Where things stand').split('\n');
    expect(lines).toEqual(['Severity: major. Status: investigating.', 'Declared 14:00:00 UTC by Dana; 45 min 00 s so far.', 'Impact start: not recorded yet.']);
  });
});
