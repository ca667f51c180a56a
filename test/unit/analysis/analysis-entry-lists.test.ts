import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument, handbookTemplate } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

// The sections that list timeline entries as raw material for the analysis sync: follow-ups with who owns
// them and where they are tracked, learnings written as prose, the impact notes, and several kinds together.

const MIN = 60_000;
const between = (markdown: string, from: string, to?: string) =>
  markdown.slice(markdown.indexOf(from), to === undefined ? undefined : markdown.indexOf(to, markdown.indexOf(from) + from.length));

describe('a follow-up in the analysis document', () => {
  it('names its owner alone, or its tracking link alone, after its text', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [
        makeEntry({ kind: 'follow-up', text: 'Load-test the pool', occurredAt: T0 + MIN, followUp: { owner: 'Fox', url: null, done: false } }),
        makeEntry({ kind: 'follow-up', text: 'Alert on lag', occurredAt: T0 + 2 * MIN, followUp: { owner: null, url: 'https://github.test/acme/api/issues/9', done: false } }),
      ],
    });
    const list = between(doc.markdown, '## Follow-ups', '## ').trim().split('\n').slice(2);
    expect(list).toEqual([
      '- [ ] 2026-11-26 14:01:00 UTC, Dana: Load-test the pool Owner: Fox.',
      '- [ ] 2026-11-26 14:02:00 UTC, Dana: Alert on lag Tracked in [https\\://github.test/acme/api/issues/9](<https://github.test/acme/api/issues/9>).',
    ]);
  });

  it('puts the owner in a paragraph of its own when the follow-up ends with a code block', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [makeEntry({ kind: 'follow-up', text: '```\nkubectl scale --replicas=6\n```', occurredAt: T0 + MIN, followUp: { owner: 'Fox', url: null, done: true } })],
    });
    expect(between(doc.markdown, '## Follow-ups', '## ')).toContain(
      '- [x] 2026-11-26 14:01:00 UTC, Dana: \n\n  ```\n  kubectl scale --replicas=6\n  ```\n\n  Owner: Fox.\n',
    );
  });
});

describe('a learning in the analysis document', () => {
  it('keeps its paragraphs, with the time and author opening the first', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [makeEntry({ kind: 'learning', text: 'Alerts were too **quiet**.\n\nNobody owned the pager.', occurredAt: T0 + MIN })],
    });
    expect(between(doc.markdown, '## Learnings', '## ')).toContain(
      '- 2026-11-26 14:01:00 UTC, Dana: Alerts were too **quiet**.\n\n  Nobody owned the pager.\n',
    );
  });

  it('says nothing was written yet when there is none', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [makeEntry({ kind: 'note', text: 'just a note' })] });
    expect(between(doc.markdown, '## Learnings', '## ')).toContain('*Nothing written yet.*');
  });
});

describe('the impact section of the analysis document', () => {
  it('says when the impact started and lists the impact notes', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident({ impactStartedAt: T0 - 10 * MIN }),
      entries: [makeEntry({ kind: 'impact', text: 'EU card payments fail', occurredAt: T0 + MIN, author: 'Sam' })],
    });
    expect(between(doc.markdown, '## Impact', '## ')).toBe(
      '## Impact\n\nImpact started: 2026-11-26 13:50:00 UTC.\n\n- 2026-11-26 14:01:00 UTC, Sam: EU card payments fail\n\n',
    );
  });

  it('says the impact start is unknown when it was never recorded', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ impactStartedAt: null }), entries: [] });
    expect(between(doc.markdown, '## Impact', '## ')).toBe('## Impact\n\nImpact started: unknown.\n\n');
  });
});

describe('a section listing several kinds of entry', () => {
  it('lists them in time order, not grouped by kind', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [
        makeEntry({ kind: 'ruled-out', text: 'Not the CDN', occurredAt: T0 + 3 * MIN }),
        makeEntry({ kind: 'hypothesis', text: 'Maybe DNS', occurredAt: T0 + MIN }),
        makeEntry({ kind: 'hypothesis', text: 'Maybe the pool', occurredAt: T0 + 5 * MIN }),
      ],
    });
    const heading = handbookTemplate.sections.find((s) => s.kinds?.includes('ruled-out'))!.heading;
    const items = between(doc.markdown, `## ${heading}`, '## ').split('\n').filter((l) => l.startsWith('- '));
    expect(items.map((l) => l.replace(/^.*Dana: /, ''))).toEqual(['Maybe DNS', 'Not the CDN', 'Maybe the pool']);
  });
});
