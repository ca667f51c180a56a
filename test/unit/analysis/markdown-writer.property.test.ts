import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../src/shared/analysis/markdown-writer';
import { proseBlocks } from '../../../src/shared/analysis/prose-markdown';

/*
 * The document's one Markdown writer, held to what it was given: prose parsed and tamed (as the builder does),
 * written, and parsed again gives the same blocks, code, links and text, apart from what Markdown does not keep
 * (blank lines between list items, whitespace at the edges of lines, the spelling of an address).
 */
const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** A tree as readers see it: no positions, no looseness, whitespace runs as one space, addresses as written. */
function shape(node: Nodes): unknown {
  // GFM links bare addresses by itself, some even when escaped ("a@www\\.x.test"): a link whose text is its own
  // address reads as that text, and prose-markdown.ts keeps e-mail addresses as text.
  if (node.type === 'link') {
    const label = toString(node);
    const own = [label, `mailto:${label}`, `http://${label}`].map(normalizeUri);
    if (own.includes(normalizeUri(node.url))) return { type: 'text', value: label };
  }
  const out: Record<string, unknown> = { type: node.type };
  if ('value' in node) out.value = node.type === 'code' ? node.value : node.value.replace(/\s+/g, ' ');
  if (node.type === 'heading') out.depth = node.depth;
  if (node.type === 'list') out.ordered = node.ordered;
  if (node.type === 'listItem') out.checked = node.checked ?? null;
  if (node.type === 'code') out.lang = node.lang ?? null;
  if (node.type === 'link' || node.type === 'image') {
    out.url = normalizeUri(node.url);
    out.title = node.title ?? null;
  }
  if ('children' in node) {
    // Whitespace at the edges of text is layout; merge neighbouring texts so a split does not count.
    const children: unknown[] = [];
    // Emphasis, strong and strikethrough count as their text: where a delimiter could not be read as one
    // (CommonMark's flanking rules) the writer leaves the styling out; a stray "*" would show in the text.
    const flat = (nodes: Nodes[]): Nodes[] =>
      nodes.flatMap((n) => (n.type === 'emphasis' || n.type === 'strong' || n.type === 'delete' ? flat(n.children) : [n]));
    for (const child of flat(node.children as Nodes[])) {
      const shaped = shape(child) as { type: string; value?: string };
      const last = children[children.length - 1] as { type: string; value?: string } | undefined;
      if (shaped.type === 'text' && last?.type === 'text') last.value = `${last.value}${shaped.value}`;
      else children.push(shaped);
    }
    for (const child of children as { type: string; value?: string }[]) if (child.type === 'text') child.value = child.value!.trim();
    out.children = children.filter((c) => !((c as { type: string }).type === 'text' && (c as { value: string }).value === ''));
    // A row shorter than the header shows empty cells where it has none: the same table to a reader.
    if (node.type === 'tableRow') {
      const cells = out.children as { children: unknown[] }[];
      while (cells.length > 0 && cells[cells.length - 1]!.children.length === 0) cells.pop();
    }
  }
  return out;
}

// Markdown a lead writes, whole and cut short, mixed with characters that open or close constructs.
const piece = fc.oneof(
  fc.constantFrom('*', '**', '_', '__', '~~', '`', '``', '```', '~~~', '\\', '|', '#', '## ', '> ', '- ', '* ', '+ ', '1. ', '2) ',
    '[x] ', '[ ] ', '[', ']', '(', ')', '![', '](', '<', '>', '&amp;', '&#35;', '---', '***', '===', '\n', '\n\n', '  ', '    ', '\t',
    'http://x.test/a', 'www.x.test', '<https://x.test>', '[a](http://x.test/(b))', '`code`', '| a | b |\n| - | - |\n| c | d |\n',
    '```js\nlet a = 1;\n```\n', '[t](http://x.test "a &amp;amp; \\" b")', '<div>', '</div>', '[^1]', '[r]: http://x.test', 'word', 'two words', 'é', '🔥', '\u202e'),
  fc.string({ maxLength: 8 }),
);
const prose = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join('').replaceAll('\u0000', ''));

describe("the analysis document's Markdown writer", () => {
  it('writes parsed prose so that it parses back to the same blocks, inlines and text', () => {
    fc.assert(
      fc.property(prose, (value) => {
        const blocks = proseBlocks(value);
        const written = writeMarkdown({ type: 'root', children: [...blocks] });
        expect(shape(parse(written))).toEqual(shape({ type: 'root', children: [...blocks] }));
      }),
      { numRuns: propertyRuns(3000) },
    );
  }, 120_000);
});
