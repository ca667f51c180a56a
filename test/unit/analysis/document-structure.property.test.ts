import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import type { Heading, List, Nodes, Root, RootContent, Table, TableCell } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildAnalysisDocument, builtInTemplates } from '../../../src/shared/analysis';
import { proseBlocks } from '../../../src/shared/analysis/prose-markdown';
import { makeEntry, makeIncident, T0 } from './analysis-fixtures';

/** Split "---\n<yaml>---\n\n<body>" the way a static-site generator or GitHub does. */
function splitFrontMatter(markdown: string): { yaml: string; body: string } {
  const match = /^---\n([\s\S]*?\n)---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { yaml: match[1]!, body: markdown.slice(match[0].length) };
}

const parseBody = (body: string): Root => fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** Visible text; a line break (a hard break, or the <br> in a table cell) counts as a space. */
function visibleText(node: Nodes): string {
  if (node.type === 'break' || (node.type === 'html' && node.value === '<br>')) return ' ';
  if ('children' in node) return node.children.map((c) => visibleText(c as Nodes)).join('');
  return toString(node);
}
const cellText = (cell: TableCell): string => visibleText(cell);
const blocksText = (blocks: readonly RootContent[]): string => squash(blocks.map((b) => visibleText(b)).join(' '));
/** Text with no whitespace at all: how blocks are spaced apart is layout, not content. */
const dense = (s: string): string => s.replace(/\s+/g, '');
/** What a reader sees of prose: the text of its Markdown, parsed on its own. */
const proseText = (value: string): string => blocksText(proseBlocks(value));
const PROSE_KINDS = new Set(['learning', 'follow-up']);

// Text that tries hard to break Markdown: structure characters, line endings, HTML, front-matter lookalikes.
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('|', '`', '```', '#', '# ', '---', '***', '___', '===', '<b>', '</td>', '<!--', '-->', '>', '- ', '* ', '+ ',
        '1. ', '1) ', '[x]', '[ ]', '![', '](', ')', '[', ']', '\\', '&amp;', '&#35;', '~~', '*', '_', ':', '|-|', '| --- |',
        '\n', '\r\n', '\r', '\n\n', '    ', '\t', 'foo: bar', '---\ntitle: x\n---', '<script>', 'http://x.test', '$$',
        // Markdown a lead writes in prose, whole and cut short: fences, code, links, headings, HTML blocks, tables.
        '```', '```js\n', '~~~\n', '\n```\n', '`code`', '[text](http://x.test/a_(b))', '[ref]: http://x.test', '[^1]', '[^1]: note',
        '## ', '### heading\n', 'Heading\n===\n', '<div>\n', '</div>', '<pre>', '| a | b |\n| - | - |\n', '> ', '    code',
        'https://x.test/a|b', 'www.x.test', '<https://x.test>', '- [ ] ', '1. '),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.join('').replaceAll('\u0000', ''));

describe('the analysis document keeps its structure whatever people typed', () => {
  it('same headings, one table row per shown entry, entry text intact, front matter intact', () => {
    fc.assert(
      fc.property(
        fc.array(hostileText, { minLength: 1, maxLength: 6 }),
        hostileText,
        fc.constantFrom(...builtInTemplates),
        hostileText,
        (texts, summary, template, fix) => {
          const entries = texts.map((text, i) =>
            makeEntry({ text, kind: (['note', 'learning', 'follow-up', 'decision'] as const)[i % 4]!, occurredAt: T0 + i * 1000 }),
          );
          const incident = makeIncident({ summary, rootCause: summary, fix, title: `Outage ${summary.slice(0, 30)}`.trim() || 'Outage' });
          const doc = buildAnalysisDocument({ incident, entries, template });
          const { yaml, body } = splitFrontMatter(doc.markdown);
          expect(parse(yaml)).toEqual(doc.frontMatter);

          const tree = parseBody(body);
          // Prose may bring headings of its own, but only below the sections' level.
          const headings = tree.children.filter((n): n is Heading => n.type === 'heading' && n.depth <= 2);
          expect(headings.map((h) => h.depth)).toEqual([1, ...template.sections.map(() => 2)]);
          expect(headings.slice(1).map((h) => toString(h))).toEqual(template.sections.map((s) => s.heading));
          expect(squash(toString(headings[0]!))).toBe(squash(incident.title));

          const tables = tree.children.filter((n): n is Table => n.type === 'table');
          const timeline = tables.find((t) => toString(t.children[0]!).startsWith('When (UTC)'));
          expect(timeline?.children.length).toBe(entries.length + 1);
          timeline!.children.slice(1).forEach((row, i) => {
            expect(row.children).toHaveLength(5);
            expect(squash(cellText(row.children[2]!))).toBe(squash(entries[i]!.text));
          });

          // Summary, root cause and fix: each section holds exactly its prose, whatever the prose opened or left open.
          const sections = new Map<string, RootContent[]>();
          let current = '';
          for (const node of tree.children) {
            if (node.type === 'heading' && node.depth <= 2) sections.set((current = toString(node)), []);
            else sections.get(current)?.push(node);
          }
          const prose = { summary: incident.summary, 'root-cause': incident.rootCause, fix: incident.fix } as const;
          for (const section of template.sections) {
            if (!(section.content in prose)) continue;
            const written = prose[section.content as keyof typeof prose];
            const shown = proseBlocks(written).length > 0 ? proseText(written) : 'Nothing written yet.';
            expect(dense(blocksText(sections.get(section.heading)!))).toBe(dense(shown));
          }

          // Entry lists (learnings, follow-ups, decisions): one item per listed entry, text intact (Markdown for prose kinds).
          const listedKinds = new Set(template.sections.flatMap((s) => (s.content === 'impact' ? (s.kinds ?? ['impact']) : (s.kinds ?? []))));
          const expected = entries
            .filter((e) => listedKinds.has(e.kind))
            .map((e) => dense(`${e.author}: ${PROSE_KINDS.has(e.kind) ? proseText(e.text) : e.text}`));
          const items = tree.children
            .filter((n): n is List => n.type === 'list')
            .flatMap((l) => l.children)
            .map((item) => squash(visibleText(item)))
            .filter((t) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, /.test(t))
            .map((t) => dense(t.replace(/^.*? UTC, /, '')));
          expect(items.sort()).toEqual(expected.sort());
        },
      ),
      { numRuns: propertyRuns(1000) },
    );
  }, 120_000);
});
