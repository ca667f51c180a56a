import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/shared/analysis/analysis-metrics';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

const MIN = 60_000;
const metric = (name: string, metrics: ReturnType<typeof computeMetrics>) => metrics.find((m) => m.name === name)!;

describe('analysis metrics', () => {
  it('a reopened incident is measured to its last resolution, not its first', () => {
    const entries = [
      makeEntry({ kind: 'milestone', milestone: 'resolved', occurredAt: T0 + 30 * MIN }),
      makeEntry({ kind: 'milestone', milestone: 'resolved', occurredAt: T0 + 90 * MIN }),
    ];
    const metrics = computeMetrics(makeIncident({ resolvedAt: T0 + 90 * MIN }), entries);
    expect(metric('Total duration', metrics).valueMs).toBe(90 * MIN);
  });

  it('a corrected impact start wins over the milestone logged before the correction', () => {
    const entries = [makeEntry({ kind: 'milestone', milestone: 'impact-started', occurredAt: T0 - 5 * MIN })];
    const metrics = computeMetrics(makeIncident({ impactStartedAt: T0 - 20 * MIN, resolvedAt: T0 + 40 * MIN }), entries);
    expect(metric('Time to resolve', metrics).valueMs).toBe(60 * MIN);
  });

  it('says unknown, with the missing milestone named, rather than guess', () => {
    const metrics = computeMetrics(makeIncident({ impactStartedAt: T0 - 10 * MIN }), []);
    expect(metric('Time to detect', metrics)).toMatchObject({ valueMs: null, text: 'unknown' });
    expect(metric('Time to detect', metrics).basis).toContain('no detected milestone');
  });
});
