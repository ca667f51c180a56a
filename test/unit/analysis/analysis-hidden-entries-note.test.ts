import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// The line above the timeline table that says how many entries the reader does not see, and why.

const MIN = 60_000;

describe('the note on entries the analysis timeline does not show', () => {
  it('counts several deleted, left-out and redacted entries in the plural', () => {
    const entries = Array.from({ length: 7 }, (_, i) => makeEntry({ text: `line ${i}` }));
    const [d1, d2, x1, x2, x3, r1, r2] = entries.map((e) => e.id);
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: entries.map((e) => (e.id === d1 || e.id === d2 ? { ...e, deletedAt: T0 + MIN } : e)),
      options: { excludeEntryIds: [x1!, x2!, x3!], redactEntryIds: [r1!, r2!] },
    });
    expect(doc.markdown).toContain('\n2 deleted entries are not shown; 3 entries were left out of this export; 2 entries are redacted.\n');
  });

  it('names only what happened, and is absent when every entry is shown', () => {
    const [a, b] = [makeEntry({ text: 'kept' }), makeEntry({ text: 'left out' })];
    const leftOut = buildAnalysisDocument({ incident: makeIncident(), entries: [a, b], options: { excludeEntryIds: [b.id] } });
    expect(leftOut.markdown).toContain('\n1 entry was left out of this export.\n');
    expect(leftOut.markdown).not.toMatch(/deleted entr|redacted\./);
    const redacted = buildAnalysisDocument({ incident: makeIncident(), entries: [a, b], options: { redactEntryIds: [b.id] } });
    expect(redacted.markdown).toContain('\n1 entry is redacted.\n');
    const all = buildAnalysisDocument({ incident: makeIncident(), entries: [a, b] });
    expect(all.markdown).not.toMatch(/not shown|left out of this export|redacted\./);
  });

  it('says the timeline is empty when nothing is left to show', () => {
    const gone = makeEntry({ text: 'typo', deletedAt: T0 + MIN });
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [gone] });
    expect(doc.markdown).toContain('\n1 deleted entry is not shown.\n\n*The timeline is empty.*\n');
  });
});
