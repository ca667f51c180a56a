import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// Text pasted from a tool that ends lines with a carriage return alone (classic Mac style) keeps its lines,
// however short the first one is: a raw carriage return inside a table row or a list item would break them.

const MIN = 60_000;

describe('an entry whose lines end with a lone carriage return, in the analysis document', () => {
  it('is split into lines in the timeline and in the decisions list, even after a one-letter line', () => {
    for (const first of ['y', 'ok', 'yes']) {
      const doc = buildAnalysisDocument({
        incident: makeIncident(),
        entries: [makeEntry({ kind: 'decision', text: `${first}\rroll back`, occurredAt: T0 + MIN })],
      });
      expect(doc.markdown).toContain(`| 2026-11-26 14:01:00 | decision | ${first}<br>roll back | Dana | typed in the app |\n`);
      expect(doc.markdown).toContain(`- 2026-11-26 14:01:00 UTC, Dana: ${first}\\\n  roll back\n`);
      expect(doc.markdown).not.toContain('\r');
    }
  });
});
