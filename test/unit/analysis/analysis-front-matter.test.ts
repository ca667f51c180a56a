import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// The YAML block at the top of the analysis document and the line under its title: what a reader (or a tool
// indexing the repository) learns about the incident before the first section.

const MIN = 60_000;
const HOUR = 60 * MIN;

describe('the front matter of the analysis document', () => {
  it('gives the peak severity, the one it ended at, the lead, the status, every time in ISO form and the template', () => {
    const incident = makeIncident({ severity: 'minor', lead: 'Sam', impactStartedAt: T0 - 10 * MIN, resolvedAt: T0 + 90 * MIN });
    const entries = [makeEntry({ kind: 'severity-change', text: 'Severity changed from major to critical: EU down too', occurredAt: T0 + MIN })];
    const doc = buildAnalysisDocument({ incident, entries });
    expect(doc.frontMatter).toEqual({
      id: incident.id,
      title: 'Checkout is down',
      severity: 'critical',
      severity_final: 'minor',
      lead: 'Sam',
      status: 'resolved',
      declared: '2026-11-26T14:00:00.000Z',
      impact_started: '2026-11-26T13:50:00.000Z',
      resolved: '2026-11-26T15:30:00.000Z',
      duration: '1 h 30 min',
      template: 'handbook',
    });
    expect(doc.templateId).toBe('handbook');
    expect(doc.markdown.startsWith(`---\nid: ${incident.id}\ntitle: Checkout is down\nseverity: critical\n`)).toBe(true);
    expect(doc.markdown).toContain('\ntemplate: handbook\n---\n\n# Checkout is down\n');
  });

  it('leaves the impact start and resolution empty (null) while they are not known', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ status: 'investigating', impactStartedAt: null, resolvedAt: null }), entries: [] });
    expect(doc.frontMatter).toMatchObject({ impact_started: null, resolved: null, duration: 'unknown', status: 'investigating' });
    expect(doc.markdown).toContain('\nimpact_started: null\nresolved: null\n');
  });

  it('keeps a long title on one line of YAML', () => {
    const title = `Checkout is down ${'for every card payment in the EU region '.repeat(4)}`.trim();
    const doc = buildAnalysisDocument({ incident: makeIncident({ title }), entries: [] });
    expect(doc.markdown).toContain(`\ntitle: ${title}\n`);
  });
});

describe('the line under the title of the analysis document', () => {
  it('says the severity, the lead, when it was declared and when it was resolved, in UTC', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ severity: 'critical', lead: 'Sam', resolvedAt: T0 + 2 * HOUR }), entries: [] });
    expect(doc.markdown).toContain('\n\nSeverity critical, led by Sam, declared 2026-11-26 14:00:00 UTC, resolved 2026-11-26 16:00:00 UTC.\n');
  });

  it('says "not resolved yet" for a live incident', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ status: 'monitoring', resolvedAt: null }), entries: [] });
    expect(doc.markdown).toContain('\n\nSeverity major, led by Dana, declared 2026-11-26 14:00:00 UTC, not resolved yet.\n');
  });
});

describe('where the analysis document is written', () => {
  it('is named for the day the impact began, which may be the day before it was declared', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ impactStartedAt: T0 - 15 * HOUR }), entries: [] });
    expect(doc.paths.fileName).toBe('2026-11-25-checkout-is-down.md');
  });

  it('is named for the day it was declared when the impact start is not known', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ status: 'investigating', declaredAt: T0 + 12 * HOUR, impactStartedAt: null, resolvedAt: null }), entries: [] });
    expect(doc.paths.fileName).toBe('2026-11-27-checkout-is-down.md');
  });
});
