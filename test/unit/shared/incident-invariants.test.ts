import { describe, expect, it } from 'vitest';
import { checkIncidentInvariants } from '../../../src/shared/domain/incident-lifecycle';
import type { Incident } from '../../../src/shared/domain/incident';
import { incidentAt, T0, MIN } from '../../support/domain-fixtures';

// The checker the kill -9 and concurrency tests rely on for "0 wrong incident states". It is asserted here
// against an incident broken in each way it claims to detect, so a checker that checks nothing fails.

const closed = (overrides: Partial<Incident> = {}): Incident =>
  incidentAt({ status: 'resolved', rootCause: 'Expired certificate', fix: 'Rotated it', resolvedAt: T0 + 30 * MIN, updatedAt: T0 + 30 * MIN, ...overrides });

describe('checkIncidentInvariants', () => {
  it('finds nothing wrong with a live incident, a resolved one and one whose analysis is scheduled', () => {
    expect(checkIncidentInvariants(incidentAt())).toEqual([]);
    expect(checkIncidentInvariants(closed())).toEqual([]);
    expect(checkIncidentInvariants(closed({ status: 'analysis-scheduled', analysisScheduledFor: T0 + 26 * 60 * MIN }))).toEqual([]);
    expect(checkIncidentInvariants(closed({ status: 'analysed' }))).toEqual([]);
    expect(checkIncidentInvariants(closed({ status: 'analysis-skipped' }))).toEqual([]);
  });

  it('reports an incident that does not match the schema', () => {
    expect(checkIncidentInvariants(incidentAt({ title: '' }))).toEqual(['does not match IncidentSchema']);
    expect(checkIncidentInvariants(incidentAt({ title: '   ' }))).toEqual(['does not match IncidentSchema']);
    expect(checkIncidentInvariants(incidentAt({ severity: 'catastrophic' as Incident['severity'] }))).toEqual(['does not match IncidentSchema']);
  });

  it.each(['resolved', 'analysis-scheduled', 'analysed', 'analysis-skipped'] as const)('reports a %s incident without a root cause, a fix or resolvedAt', (status) => {
    const scheduled = status === 'analysis-scheduled' ? { analysisScheduledFor: T0 + 26 * 60 * MIN } : {};
    expect(checkIncidentInvariants(closed({ status, ...scheduled, rootCause: '  ' }))).toEqual(['closed without a root cause']);
    expect(checkIncidentInvariants(closed({ status, ...scheduled, fix: '\n' }))).toEqual(['closed without a fix']);
    expect(checkIncidentInvariants(closed({ status, ...scheduled, resolvedAt: null }))).toEqual(['closed without resolvedAt']);
  });

  it.each(['investigating', 'identified', 'monitoring'] as const)('reports a %s incident that carries resolvedAt', (status) => {
    expect(checkIncidentInvariants(incidentAt({ status, resolvedAt: T0 + MIN, updatedAt: T0 + MIN }))).toEqual(['live with resolvedAt set']);
  });

  it('accepts a live incident with a draft root cause and fix (kept after a reopen)', () => {
    expect(checkIncidentInvariants(incidentAt({ rootCause: 'Maybe DNS', fix: '' }))).toEqual([]);
  });

  it('reports an analysis scheduled without a time, and only that status', () => {
    expect(checkIncidentInvariants(closed({ status: 'analysis-scheduled', analysisScheduledFor: null }))).toEqual(['analysis scheduled without a time']);
    expect(checkIncidentInvariants(closed({ status: 'resolved', analysisScheduledFor: null }))).toEqual([]);
  });

  it('reports a last change before the declaration, but not one at the same moment', () => {
    expect(checkIncidentInvariants(incidentAt({ updatedAt: T0 - 1 }))).toEqual(['updatedAt before declaredAt']);
    expect(checkIncidentInvariants(incidentAt({ updatedAt: T0 }))).toEqual([]);
  });

  it('reports every problem at once', () => {
    expect(checkIncidentInvariants(closed({ rootCause: '', fix: '', resolvedAt: null, updatedAt: T0 - 1 }))).toEqual([
      'closed without a root cause',
      'closed without a fix',
      'closed without resolvedAt',
      'updatedAt before declaredAt',
    ]);
  });
});
