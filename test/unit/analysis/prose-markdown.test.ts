import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import type { Code, Heading, Link, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { buildAnalysisDocument } from '../../../src/shared/analysis';
import { proseBlocks } from '../../../src/shared/analysis/prose-markdown';
import { makeEntry, makeIncident } from './analysis-fixtures';

const parseGfm = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const body = (markdown: string): Root => parseGfm(markdown.slice(markdown.indexOf('\n---\n') + 5));
function nodesOf<T extends Root['children'][number] | Link>(tree: Root, type: T['type']): T[] {
  const found: T[] = [];
  visit(tree, type, (node) => void found.push(node as T));
  return found;
}
const withoutPositions = (tree: Root): unknown => JSON.parse(JSON.stringify(tree, (k, v: unknown) => (k === 'position' ? undefined : v)));

const rootCause = [
  'The pool ran dry: see `max_connections` in [the runbook](https://runbooks.test/db).',
  '',
  '### What we saw',
  '',
  '```sql',
  'SELECT count(*) FROM pg_stat_activity;',
  '```',
  '',
  '<script>alert(1)</script>',
].join('\n');

describe('prose in the analysis document', () => {
  it('keeps code blocks, inline code and links as Markdown, demotes headings and shows raw HTML as text', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ rootCause, fix: '- rolled back\n- raised the pool to 200' }), entries: [] });
    const tree = body(doc.markdown);
    const code = nodesOf<Code>(tree, 'code').find((c) => c.lang === 'sql');
    expect(code?.value).toBe('SELECT count(*) FROM pg_stat_activity;');
    expect(nodesOf<Link>(tree, 'link').map((l) => l.url)).toContain('https://runbooks.test/db');
    expect(nodesOf(tree, 'inlineCode').map((c) => (c as { value: string }).value)).toContain('max_connections');
    const headings = nodesOf<Heading>(tree, 'heading');
    expect(headings.find((h) => h.children[0]?.type === 'text' && h.children[0].value === 'What we saw')?.depth).toBe(5);
    expect(nodesOf(tree, 'html')).toEqual([]);
    expect(doc.markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(doc.markdown).toContain('## Fix\n\n- rolled back\n- raised the pool to 200\n');
  });

  it('closes what prose leaves open inside its own section', () => {
    const doc = buildAnalysisDocument({ incident: makeIncident({ rootCause: '```\nunclosed fence', fix: 'Fixed.' }), entries: [] });
    const sections = nodesOf<Heading>(body(doc.markdown), 'heading').filter((h) => h.depth === 2);
    expect(sections.map((h) => (h.children[0] as { value: string }).value)).toContain('Fix');
    expect(doc.markdown).toContain('```\nunclosed fence\n```\n\n## Fix\n\nFixed.');
  });

  it('writes learnings and follow-ups as Markdown and other entries verbatim, with their web addresses linked', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [
        makeEntry({ kind: 'learning', text: 'Alerts on `queue_depth` were **muted**' }),
        makeEntry({ kind: 'decision', text: 'Roll back per https://ci.test/runs/7|8 and **no** more' }),
        makeEntry({ kind: 'note', text: 'log:\nline one\nsee www.status.test' }),
      ],
    });
    const tree = body(doc.markdown);
    expect(nodesOf(tree, 'strong')).toHaveLength(1);
    expect(doc.markdown).toContain('\\*\\*no\\*\\*');
    const urls = nodesOf<Link>(tree, 'link').map((l) => l.url);
    expect(urls).toContain('https://ci.test/runs/7%7C8');
    expect(urls).toContain('http://www.status.test');
    // The multi-line note keeps its lines in one cell, and its row keeps its five cells.
    expect(doc.markdown).toMatch(/\| note \| log:<br>line one<br>see \[www\\\.status\.test\]\(<http:\/\/www\.status\.test>\) \| Dana \|/);
  });

  it('takes the one-line shortcut only where a full parse gives the same paragraph', () => {
    const plainish = fc.stringMatching(/^[a-zA-Zé][a-zA-Z0-9é ,.;:'"?%$/()-]{0,40}$/);
    fc.assert(
      fc.property(plainish, (value) => {
        const full = withoutPositions(parseGfm(value)) as Root;
        expect({ type: 'root', children: proseBlocks(value) }).toEqual(value.trim() === '' ? { type: 'root', children: [] } : full);
      }),
      { numRuns: propertyRuns(2000) },
    );
  }, 60_000);
});

describe('follow-ups in the analysis document', () => {
  it('are a task list: ticked when done, with their owner and a link to the issue or pull request', () => {
    const doc = buildAnalysisDocument({
      incident: makeIncident(),
      entries: [
        makeEntry({ kind: 'follow-up', text: 'Alert on `queue_depth`', followUp: { owner: 'Fox', url: 'https://github.test/acme/api/issues/7', done: true } }),
        makeEntry({ kind: 'follow-up', text: 'Load-test the pool', followUp: { owner: null, url: null, done: false } }),
        makeEntry({ kind: 'follow-up', text: 'Write the runbook' }),
      ],
    });
    const followUps = doc.markdown.slice(doc.markdown.indexOf('## Follow-ups'), doc.markdown.indexOf("## The lead's checklist"));
    const tree = parseGfm(followUps);
    const items = nodesOf<import('mdast').ListItem>(tree, 'listItem');
    expect(items.map((i) => i.checked)).toEqual([true, false, false]);
    expect(nodesOf<Link>(tree, 'link').map((l) => l.url)).toEqual(['https://github.test/acme/api/issues/7']);
    expect(followUps).toMatch(/- \[x\] [^\n]* UTC, Dana: Alert on `queue_depth` Owner: Fox\. Tracked in \[https\\:\/\/github\.test\/acme\/api\/issues\/7\]\(<https:\/\/github\.test\/acme\/api\/issues\/7>\)\./);
  });
});
