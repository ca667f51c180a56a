import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// What stands under a few headings of the handbook analysis, byte for byte: the summary, the metrics table's
// header, the start of the timeline, and a redacted entry wherever it is listed.

const MIN = 60_000;
const between = (markdown: string, from: string, to: string) => markdown.slice(markdown.indexOf(from), markdown.indexOf(to, markdown.indexOf(from) + from.length));

describe('the handbook analysis', () => {
  it('puts the summary, and only the summary, under "Summary"', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [] });
    expect(between(doc.markdown, '## Summary', '## Impact')).toBe('## Summary\n\nCard payments failed for 100 minutes.\n\n');
  });

  it('heads the metrics table with what each column holds', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [] });
    expect(between(doc.markdown, '## Metrics', '## Timeline')).toContain('\n| Metric | Value | Measured between |\n| - | - | - |\n');
  });

  it('goes from the zone line straight to the diagram, and on to the table, when no entry is hidden or unknown', () => {
    const entries = [
      makeEntry({ kind: 'milestone', milestone: 'detected', text: 'Detected', occurredAt: T0 - 5 * MIN }),
      makeEntry({ kind: 'milestone', milestone: 'mitigated', text: 'Mitigated', occurredAt: T0 + 30 * MIN }),
    ];
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries });
    const timeline = between(doc.markdown, '## Timeline', '## Root cause');
    expect(timeline).toMatch(/^## Timeline\n\nTimes are UTC with full dates\. [^\n]*\n\n```mermaid\n/);
    expect(timeline).toMatch(/```\n\n\| When \(UTC\) \|/);
  });

  it('shows a redacted learning or decision as "[redacted]" in its section too, never its text', () => {
    const learning = makeEntry({ kind: 'learning', text: 'The admin password is hunter2', occurredAt: T0 + MIN });
    const decision = makeEntry({ kind: 'decision', text: 'Shared the token abc123 with the vendor', occurredAt: T0 + 2 * MIN });
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [learning, decision], options: { redactEntryIds: [learning.id, decision.id] } });
    expect(doc.markdown).not.toMatch(/hunter2|abc123/);
    expect(between(doc.markdown, '## Learnings', '## Follow-ups')).toContain('- 2026-11-26 14:01:00 UTC, Dana: \\[redacted\\]\n');
  });

  it('lists a learning that holds only a link definition (nothing a reader sees) as its time and author alone', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [makeEntry({ kind: 'learning', text: '[runbook]: https://runbooks.test/db', occurredAt: T0 + MIN })] });
    expect(between(doc.markdown, '## Learnings', '## Follow-ups')).toMatch(/\*\n\n- 2026-11-26 14:01:00 UTC, Dana: \n\n$/);
    expect(between(doc.markdown, '## Learnings', '## Follow-ups')).not.toContain('runbooks.test');
  });
});
