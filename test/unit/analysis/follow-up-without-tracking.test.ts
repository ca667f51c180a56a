import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// A follow-up nobody has taken yet (no owner, no issue) is listed as it was typed: nothing trails its text, and
// one that ends with a code block gets no empty paragraph after the block.

const MIN = 60_000;
const followUps = (markdown: string): string => {
  const from = markdown.indexOf('## Follow-ups');
  return markdown.slice(from, markdown.indexOf('## ', from + 3));
};

describe('a follow-up without an owner or a tracking link in the analysis document', () => {
  it('ends at its own text, whether its tracking was cleared or never set', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [
        makeEntry({ kind: 'follow-up', text: 'Load-test the pool', occurredAt: T0 + MIN, followUp: { owner: null, url: null, done: false } }),
        makeEntry({ kind: 'follow-up', text: 'Alert on lag', occurredAt: T0 + 2 * MIN }),
      ],
    });
    expect(followUps(doc.markdown)).toBe(
      '## Follow-ups\n\n' +
        '- [ ] 2026-11-26 14:01:00 UTC, Dana: Load-test the pool\n' +
        '- [ ] 2026-11-26 14:02:00 UTC, Dana: Alert on lag\n\n',
    );
  });

  it('ends at its code block when it ends with one', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [makeEntry({ kind: 'follow-up', text: '```\nkubectl scale --replicas=6\n```', occurredAt: T0 + MIN, followUp: { owner: null, url: null, done: true } })],
    });
    expect(followUps(doc.markdown)).toBe(
      '## Follow-ups\n\n- [x] 2026-11-26 14:01:00 UTC, Dana: \n\n  ```\n  kubectl scale --replicas=6\n  ```\n\n',
    );
  });
});
