import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis/analysis-document';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

/* The document follows the incident's own times and its peak severity, not the moments buttons were pressed. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('an analysis of an incident logged after the fact', () => {
  // Impact from 23:10 UTC on 24 Oct, declared 00:40 on 25 Oct, mitigated 03:10, resolved two days later.
  const impact = Date.UTC(2026, 9, 24, 23, 10);
  const incident = makeIncident({
    severity: 'major',
    impactStartedAt: impact,
    declaredAt: impact + 90 * 60_000,
    resolvedAt: impact + 2 * DAY + 4 * HOUR,
    updatedAt: T0,
  });
  const entries = [
    makeEntry({ kind: 'milestone', milestone: 'detected', text: 'Detected', occurredAt: impact + 20 * 60_000 }),
    makeEntry({ kind: 'severity-change', text: 'Severity changed from major to critical', occurredAt: impact + 2 * HOUR }),
    makeEntry({ kind: 'milestone', milestone: 'mitigated', text: 'Mitigated', occurredAt: impact + 4 * HOUR }),
    makeEntry({ kind: 'severity-change', text: 'Severity changed from critical to major: contained', occurredAt: impact + 5 * HOUR }),
  ];
  const doc = buildAnalysisDocument({ incident, entries });

  it('is named for the day the impact began', () => {
    expect(doc.paths.fileName).toBe('2026-10-24-checkout-is-down.md');
    const noImpact = buildAnalysisDocument({ incident: { ...incident, impactStartedAt: null }, entries });
    expect(noImpact.paths.fileName).toBe('2026-10-25-checkout-is-down.md');
  });

  it('gives the peak severity and the final one, and the incident\'s own times in the front matter', () => {
    expect(doc.frontMatter).toMatchObject({
      severity: 'critical',
      severity_final: 'major',
      impact_started: '2026-10-24T23:10:00.000Z',
      declared: '2026-10-25T00:40:00.000Z',
      resolved: '2026-10-27T03:10:00.000Z',
      duration: '2 d 2 h', // 50 h 30 min
    });
    expect(doc.markdown).toContain('severity: critical\nseverity_final: major\n');
  });

  it('has metrics that equal a hand count', () => {
    expect(Object.fromEntries(doc.metrics.map((m) => [m.name, m.text]))).toEqual({
      'Time to detect': '20 min',
      'Time to mitigate': '4 h 00 min',
      'Time to resolve': '2 d 4 h', // 52 h
      'Total duration': '2 d 2 h', // 50 h 30 min
    });
  });
});
