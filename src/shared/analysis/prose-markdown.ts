import type { BlockContent, Definition, DefinitionContent, Link, Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { literalParagraphs, paragraph } from './markdown-nodes';

/*
 * Prose the lead writes (summary, root cause, fix, learnings, follow-ups) is Markdown: code blocks, inline code,
 * links, lists, tables. It is parsed into mdast here and written back by the document's one Markdown writer, so
 * whatever was typed becomes well-formed blocks inside its own section: an unclosed fence is closed, a heading
 * sits below the section's heading, and raw HTML is shown as the text it is (GitHub would drop most of it).
 */

/** How deep headings in prose are pushed: a prose "#" lands one level below a level-2 section heading. */
const HEADING_SHIFT = 2;

// Built once: making the GFM extensions anew for every learning and follow-up was most of a large build's time.
const parseOptions = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
const parse = (value: string): Root => fromMarkdown(value, parseOptions);

// Containers whose children are blocks: raw HTML there becomes paragraphs, elsewhere (phrasing) plain text.
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

type Definitions = ReadonlyMap<string, Definition>;

/**
 * The node(s) that stand for `child` in the document. References are resolved against this prose's own
 * definitions and the definitions dropped, and footnotes kept as the text they were, because the whole document
 * shares one namespace: a "[x]: url" in the fix must not turn a "[x]" in a timeline note into a link, and GitHub
 * would move a footnote to the document's end, far from its section.
 */
function replacement(child: Nodes, flow: boolean, definitions: Definitions): Nodes[] | null {
  switch (child.type) {
    case 'html':
      return flow ? literalParagraphs(child.value) : [{ type: 'text', value: child.value }];
    case 'definition':
      return [];
    case 'linkReference': {
      const found = definitions.get(child.identifier);
      const link: Link = { type: 'link', url: found?.url ?? '', title: found?.title ?? null, children: child.children };
      return [tamed(link, definitions)];
    }
    case 'imageReference': {
      const found = definitions.get(child.identifier);
      return [{ type: 'image', url: found?.url ?? '', title: found?.title ?? null, alt: child.alt ?? null }];
    }
    case 'footnoteReference':
      return [{ type: 'text', value: `[^${child.label ?? child.identifier}]` }];
    case 'footnoteDefinition': {
      const blocks = tamed(child, definitions).children;
      const label = { type: 'text' as const, value: `[^${child.label ?? child.identifier}]: ` };
      const [first, ...rest] = blocks;
      return first?.type === 'paragraph' ? [{ ...first, children: [label, ...first.children] }, ...rest] : [paragraph(label), ...blocks];
    }
    case 'link':
      // An e-mail address GFM linked by itself would be written back as <address>, which CommonMark may not read
      // as a link (GFM accepts more addresses than autolinks do): keep it as the text it was.
      return child.url.startsWith('mailto:') && toString(child) === child.url.slice(7) ? [{ type: 'text', value: toString(child) }] : null;
    default:
      return null;
  }
}

function tamed<T extends Parent>(parent: T, definitions: Definitions): T {
  const flow = FLOW_PARENTS.has(parent.type);
  const children: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    delete child.position;
    const instead = replacement(child, flow, definitions);
    if (instead) {
      children.push(...instead);
      continue;
    }
    // A code span shows its line endings as spaces (CommonMark); written as spaces they cannot end a heading early.
    if (child.type === 'inlineCode') child.value = child.value.replace(/\r\n|\r|\n/g, ' ');
    if (child.type === 'heading') child.depth = Math.min(6, child.depth + HEADING_SHIFT) as typeof child.depth;
    // Cells past the header's count are parsed but never shown (GFM ignores them); keep only what readers see.
    if (child.type === 'table') for (const row of child.children) row.children.length = Math.min(row.children.length, child.align?.length ?? 0);
    if ('children' in child) tamed(child, definitions);
    // An empty list item ("- " alone) is written back as a bare marker, which can read as text or a thematic
    // break depending on what surrounds it: an empty item says nothing, so it goes (and a list left empty with it).
    if ((child.type === 'listItem' || child.type === 'list') && child.children.length === 0) continue;
    children.push(child);
  }
  parent.children = children as T['children'];
  return parent;
}

/** The first definition of each identifier wins, as in CommonMark. */
function definitionsOf(tree: Root): Definitions {
  const found = new Map<string, Definition>();
  visit(tree, 'definition', (node) => {
    if (!found.has(node.identifier)) found.set(node.identifier, node);
  });
  return found;
}

type Blocks = ReadonlyArray<BlockContent | DefinitionContent>;

// One line that starts with a letter and holds only letters, digits, spaces and punctuation that opens nothing
// here (no "://", "www." or "@", which GFM links): Markdown reads it as exactly one paragraph of that text.
const PLAIN = /^\p{L}[\p{L}\p{N} ,.;:'"?%$/()-]*$/u;
const isPlain = (value: string): boolean =>
  PLAIN.test(value) && value === value.trimEnd() && !value.includes('://') && !/www\./i.test(value);

// The preview rebuilds the whole document on every change to the log, and parsing costs about 0.2 ms a text:
// parsed prose is kept by its text. Two generations bound it: when the newer fills up it becomes the older and
// the oldest is dropped, and a text found in the older moves to the newer. A build walks its texts in the same
// order every time, so with one bounded map evicting its oldest a log of just over the bound missed on every
// text of every build (20,000 learnings and follow-ups in a 200,000-entry log); with two it misses none up to
// twice the bound. The builder never changes these nodes.
const GENERATION = 20_000;
let newer = new Map<string, Blocks>();
let older = new Map<string, Blocks>();

function remember(value: string, blocks: Blocks): void {
  if (newer.size >= GENERATION) {
    older = newer;
    newer = new Map();
  }
  newer.set(value, blocks);
}

function recall(value: string): Blocks | undefined {
  const found = newer.get(value);
  if (found !== undefined) return found;
  const kept = older.get(value);
  if (kept !== undefined) remember(value, kept);
  return kept;
}

/** Blocks for a stretch of Markdown prose; no blocks for blank text. The nodes are shared: do not change them. */
export function proseBlocks(value: string): Blocks {
  if (value.trim() === '') return [];
  if (isPlain(value)) return [paragraph({ type: 'text', value })];
  let blocks = recall(value);
  if (blocks === undefined) {
    const tree = parse(value);
    tamed(tree, definitionsOf(tree));
    // A parsed document's top level holds only flow content (blocks and definitions).
    blocks = tree.children as Blocks;
    remember(value, blocks);
  }
  return blocks;
}
