import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeIncident, T0 } from './analysis-fixtures';

// "The lead's checklist" section of the handbook analysis: which duties were done, when and by whom.

const MIN = 60_000;
const sectionOf = (markdown: string) => markdown.slice(markdown.indexOf("## The lead's checklist"));

describe("the lead's checklist in the analysis document", () => {
  it('ticks the duties done, with when and by whom, and leaves the others open', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [],
      checklist: {
        items: [
          { id: 'a', text: 'Open a channel' },
          { id: 'b', text: 'Page the database owner' },
          { id: 'c', text: 'Post to the status page' },
          { id: 'd', text: 'Tell support' },
          { id: 'e', text: 'Write the summary' },
        ],
        states: {
          a: { done: true, at: T0 + 2 * MIN, by: 'Dana' },
          b: { done: true, at: T0 + 3 * MIN, by: null },
          c: { done: false, at: T0 + 4 * MIN, by: 'Dana' },
          d: { done: true },
        },
      },
    });
    expect(sectionOf(doc.markdown).trim().split('\n').slice(2)).toEqual([
      '- [x] Open a channel (2026-11-26 14:02:00 UTC, Dana)',
      '- [x] Page the database owner (2026-11-26 14:03:00 UTC)',
      '- [ ] Post to the status page',
      '- [x] Tell support',
      '- [ ] Write the summary',
    ]);
  });

  it('says no checklist was kept when there is none, or it has no duties', () => {
    for (const checklist of [null, { items: [], states: {} }]) {
      const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [], checklist });
      expect(sectionOf(doc.markdown)).toContain('*No checklist was kept for this incident.*');
    }
  });
});
