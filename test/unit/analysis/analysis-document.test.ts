import { describe, expect, it } from 'vitest';
import {
  availableTemplates,
  buildAnalysisDocument,
  documentPaths,
  handbookTemplate,
  slugify,
  TemplateSchema,
} from '../../../src/shared/analysis';
import { makeEntry, makeIncident, manyEntries, T0 } from './analysis-fixtures';

const MIN = 60_000;

describe('analysis document', () => {
  it('follows the handbook by default, with learnings and follow-ups in separate sections', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [makeEntry({ kind: 'learning', text: 'Alerts were too quiet' }), makeEntry({ kind: 'follow-up', text: 'Add a paging alert' })],
    });
    const headings = doc.markdown.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual(handbookTemplate.sections.map((s) => `## ${s.heading}`));
    const learnings = doc.markdown.slice(doc.markdown.indexOf('## Learnings'), doc.markdown.indexOf('## Follow-ups'));
    const followUps = doc.markdown.slice(doc.markdown.indexOf('## Follow-ups'));
    expect(learnings).toContain('Alerts were too quiet');
    expect(learnings).not.toContain('Add a paging alert');
    expect(followUps).toContain('- [ ] 2026-11-26');
    expect(followUps).toContain('Add a paging alert');
  });

  it('computes metrics from milestones and says "unknown" rather than guessing', () => {
    const incident = makeIncident({ impactStartedAt: T0 - 10 * MIN, resolvedAt: T0 + 50 * MIN });
    const doc = buildAnalysisDocument({
      incident,
      entries: [
        makeEntry({ kind: 'milestone', milestone: 'detected', occurredAt: T0 - 4 * MIN }),
        // A deleted milestone is not a fact any more.
        makeEntry({ kind: 'milestone', milestone: 'mitigated', occurredAt: T0 + 5 * MIN, deletedAt: T0 + 6 * MIN }),
      ],
    });
    const byName = Object.fromEntries(doc.metrics.map((m) => [m.name, m.text]));
    expect(byName).toEqual({
      'Time to detect': '6 min',
      'Time to mitigate': 'unknown',
      'Time to resolve': '1 h 00 min',
      'Total duration': '50 min',
    });
    expect(doc.markdown).toContain('| Time to mitigate | unknown |');

    const noImpact = buildAnalysisDocument({ incident: makeIncident({ impactStartedAt: null, resolvedAt: null }), entries: [] });
    expect(noImpact.metrics.every((m) => m.text === 'unknown')).toBe(true);
    expect(noImpact.frontMatter.duration).toBe('unknown');
  });

  it('shows times in UTC with full dates, names the local zone and marks edits with their provenance', () => {
    const edited = makeEntry({
      text: 'Rolled back',
      source: 'quick-note',
      occurredAt: T0 + 3 * MIN,
      originalOccurredAt: T0 + 9 * MIN,
      capturedAt: T0 + 9 * MIN,
      editedAt: T0 + 20 * MIN,
    });
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries: [edited], options: { localTimeZone: 'America/New_York' } });
    // Written escaped ("New\_York"), read as the zone's name.
    expect(doc.markdown).toContain('local zone is America/New\\_York (UTC-05:00');
    expect(doc.markdown).toContain(
      '| 2026-11-26 14:03:00 | note | Rolled back | Dana | quick note; written 2026-11-26 14:09:00; time changed from 2026-11-26 14:09:00; edited 2026-11-26 14:20:00 |',
    );
  });

  it('leaves out deleted and excluded entries (counting them) and redacts without touching the log', () => {
    const keep = makeEntry({ text: 'visible line' });
    const gone = makeEntry({ text: 'deleted line', deletedAt: T0 + MIN });
    const out = makeEntry({ text: 'excluded line' });
    const secret = makeEntry({ text: 'password=hunter2' });
    const entries = [keep, gone, out, secret];
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries,
      options: { excludeEntryIds: [out.id], redactEntryIds: [secret.id] },
    });
    expect(doc.markdown).toContain('visible line');
    for (const hidden of ['deleted line', 'excluded line', 'hunter2']) expect(doc.markdown).not.toContain(hidden);
    expect(doc.markdown).toContain('| [redacted] |'.replace('[', '\\[').replace(']', '\\]'));
    expect(doc.markdown).toContain('1 deleted entry is not shown; 1 entry was left out of this export; 1 entry is redacted.');
    expect(doc.counts).toMatchObject({ total: 4, shown: 2, deleted: 1, excluded: 1, redacted: 1 });
    expect(secret.text).toBe('password=hunter2');
  });

  it('references images as files in a folder beside the document', () => {
    const shot = makeEntry({ text: 'Graph' });
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [shot],
      images: [{ entryId: shot.id, fileName: '../../etc/Error rate.PNG' }],
      options: { folder: 'incidents/2026' },
    });
    expect(doc.paths.documentPath).toBe('incidents/2026/2026-11-26-checkout-is-down.md');
    expect(doc.images).toEqual([
      expect.objectContaining({ path: 'incidents/2026/2026-11-26-checkout-is-down-images/001-etc-error-rate.png' }),
    ]);
    expect(doc.markdown).toContain('![../../etc/Error rate.PNG](<./2026-11-26-checkout-is-down-images/001-etc-error-rate.png>)');
  });

  it('is deterministic: the same incident gives the same bytes (so an unchanged re-export writes nothing)', () => {
    const entries = manyEntries(50);
    const a = buildAnalysisDocument({ incident: makeIncident(), entries });
    const b = buildAnalysisDocument({ incident: makeIncident(), entries: [...entries].reverse() });
    expect(b.markdown).toBe(a.markdown);
  });

  it('keeps every entry of a long incident in the document', () => {
    // How fast this is at 50,000 and 200,000 entries is measured by `npm run bench` (doc.build.*), not here.
    const entries = manyEntries(5_000);
    const doc = buildAnalysisDocument({ incident: makeIncident(), entries });
    expect(doc.counts.shown).toBe(5_000);
  });
});

describe('file names', () => {
  it('makes a bounded, path-free ASCII slug that is never empty', () => {
    expect(slugify('Café: payments ../../ DOWN!')).toBe('cafe-payments-down');
    expect(slugify('////')).toBe('incident');
    expect(slugify('日本語')).toBe('incident');
    expect(slugify('a'.repeat(500)).length).toBeLessThanOrEqual(60);
    expect(slugify(`${'ab-'.repeat(30)}z`)).not.toMatch(/-$/);
  });

  it('names the document yyyy-mm-dd-<slug>.md in a cleaned folder', () => {
    const p = documentPaths('Checkout is down', T0, '/../docs\\incidents/./');
    expect(p.documentPath).toBe('docs/incidents/2026-11-26-checkout-is-down.md');
    expect(p.imagesFolder).toBe('docs/incidents/2026-11-26-checkout-is-down-images');
  });
});

describe('templates', () => {
  it('accepts a team template and rejects a malformed one with a clear reason', () => {
    const ok = TemplateSchema.safeParse({ id: 'team-x', name: 'Team X', sections: [{ heading: 'What happened', content: 'summary' }] });
    expect(ok.success).toBe(true);
    const bad = TemplateSchema.safeParse({ id: 'Team X!', name: 'x', sections: [] });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('lowercase letters');
    expect(availableTemplates([{ ...ok.data!, id: 'handbook' }]).filter((t) => t.id === 'handbook')[0]?.name).toBe('Team X');
  });

  it('ships three templates, each with a timeline', () => {
    const ids = availableTemplates().map((t) => t.id);
    expect(ids).toHaveLength(3);
    for (const t of availableTemplates()) expect(t.sections.some((s) => s.content === 'timeline')).toBe(true);
  });
});
