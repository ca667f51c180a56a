import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../../src/shared/analysis/analysis-metrics';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

const MIN = 60_000;

describe('analysis metrics when the impact start was never recorded', () => {
  it('says time to detect is unknown and names the missing impact start, though "detected" was logged', () => {
    const incident = makeIncident({ impactStartedAt: null });
    const entries = [makeEntry({ kind: 'milestone', milestone: 'detected', occurredAt: T0 + 5 * MIN })];
    const detect = computeMetrics(incident, entries).find((m) => m.name === 'Time to detect');
    expect(detect).toEqual({
      name: 'Time to detect',
      valueMs: null,
      text: 'unknown',
      basis: 'impact-started → detected (no impact-started milestone)',
    });
  });
});
