import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument, handbookTemplate } from '../../../src/shared/analysis';
import { makeEntry, makeIncident } from './analysis-fixtures';

// Details of the analysis sections a reader relies on: the question printed under a heading, the zone offset
// taken at the incident's first line, and owners shown for follow-ups only.

describe('the analysis sections', () => {
  it('print each section’s question, in italics, under its heading', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [] });
    const section = handbookTemplate.sections.find((s) => s.prompt !== undefined)!;
    expect(doc.markdown).toContain(`## ${section.heading}\n\n*${section.prompt}*\n`);
  });

  it('give the lead’s zone offset at the first line of the timeline, even before a clock change that came later', () => {
    // New York left summer time at 06:00 UTC on 2026-11-01. The first note was logged before, the declaration after.
    const declaredAt = Date.UTC(2026, 10, 1, 7, 0);
    const firstNote = makeEntry({ text: 'Checkout errors in the dashboard', occurredAt: Date.UTC(2026, 10, 1, 5, 30) });
    const doc = buildAnalysisDocument({
      incident: makeIncident({ declaredAt, impactStartedAt: null, resolvedAt: declaredAt + 3_600_000 }),
      entries: [firstNote],
      options: { localTimeZone: 'America/New_York' },
    });
    expect(doc.markdown).toContain('America/New\\_York (UTC-04:00 at the start of the incident)');
    const empty = buildAnalysisDocument({
      incident: makeIncident({ declaredAt, impactStartedAt: null, resolvedAt: declaredAt + 3_600_000 }),
      entries: [],
      options: { localTimeZone: 'America/New_York' },
    });
    expect(empty.markdown).toContain('America/New\\_York (UTC-05:00 at the start of the incident)');
  });

  it('show an owner and a tracking link for a follow-up only, not for a learning that carries them', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [makeEntry({ kind: 'learning', text: 'Alerts were too quiet', followUp: { owner: 'Fox', url: 'https://github.test/acme/api/issues/7', done: false } })],
    });
    expect(doc.markdown).toContain('Dana: Alerts were too quiet\n');
    expect(doc.markdown).not.toContain('Owner: Fox');
  });
});
