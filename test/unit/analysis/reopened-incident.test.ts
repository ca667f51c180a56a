import { describe, expect, it } from 'vitest';
import { incidentPhases } from '../../../src/shared/analysis';
import { computeMetrics } from '../../../src/shared/analysis/analysis-metrics';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// Reopening sets the incident's resolvedAt back to null but leaves its Resolved line in the log: the incident
// is live again, and neither its phases nor its metrics may read that old line as its resolution.

const MIN = 60_000;

describe('an incident reopened after it was resolved', () => {
  const reopened = makeIncident({ status: 'investigating', impactStartedAt: null, resolvedAt: null });
  const entries = [
    makeEntry({ kind: 'milestone', milestone: 'mitigated', occurredAt: T0 + 10 * MIN }),
    makeEntry({ kind: 'milestone', milestone: 'resolved', occurredAt: T0 + 20 * MIN }),
  ];

  it('is drawn open from its last milestone, with no resolution at the old time', () => {
    const phases = incidentPhases(reopened, entries);
    expect(phases.marks.find((m) => m.milestone === 'resolved')?.at).toBeNull();
    expect(phases.unknown).toContain('resolved');
    expect(phases.spans.map((s) => [s.label, s.start - T0, s.end === null ? null : s.end - T0])).toEqual([
      ['Declared to mitigated', 0, 10 * MIN],
      ['Mitigated, not resolved yet', 10 * MIN, null],
    ]);
  });

  it('has no time to resolve until it is resolved again, and then counts to the new resolution', () => {
    const resolve = (metrics: ReturnType<typeof computeMetrics>) => metrics.find((m) => m.name === 'Total duration')!;
    expect(resolve(computeMetrics(reopened, entries))).toMatchObject({ valueMs: null, text: 'unknown' });
    const resolvedAgain = makeIncident({ impactStartedAt: null, resolvedAt: T0 + 60 * MIN });
    expect(resolve(computeMetrics(resolvedAgain, entries)).valueMs).toBe(60 * MIN);
  });
});
