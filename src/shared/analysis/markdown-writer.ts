import type { AlignType, Code, List, Root, RootContent, Table } from 'mdast';
import { type InlineContext, phrasingMarkdown } from './markdown-phrasing';
import { timelineTableMarkdown } from './timeline-table';

/*
 * The analysis document's one Markdown writer: every node the builder makes, and every node of the prose it
 * parsed (prose-markdown.ts), is written here. It replaced mdast-util-to-markdown plus fast handlers for tables
 * and lists: two serialisers had to agree byte for byte, and the library's own table and list handlers cost
 * about 100 µs a row (a 50,000-entry timeline took seconds). Layout choices: ATX headings, "-" bullets ("*"
 * for a list right after another), fenced code, "***" rules, a blank line between blocks. Held by the property
 * tests in test/unit/analysis (document-structure, markdown-writer), which parse the output back.
 */

type Block = RootContent;

/** The document body: blocks apart by blank lines, one line ending at the end. */
export function writeMarkdown(root: Root): string {
  const body = blocksMarkdown(root.children, '', true);
  return body === '' ? '' : `${body}\n`;
}

/** Blocks of one container; continuation lines start with `indent`. `loose` puts a blank line between every two. */
function blocksMarkdown(blocks: readonly Block[], indent: string, loose: boolean): string {
  const parts: string[] = new Array(blocks.length);
  const blank = `\n${indent.trimEnd()}\n${indent}`;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const previous = i > 0 ? blocks[i - 1] : undefined;
    const written = blockMarkdown(block, indent, previous?.type === 'list');
    parts[i] = i === 0 ? written : (loose || !followsOnNextLine(previous!, block) ? blank : `\n${indent}`) + written;
  }
  return parts.join('');
}

/**
 * Whether `next` may start on the line right after `previous` inside a tight list item. Only after a paragraph
 * and only blocks that can interrupt one; anything else would be read as a continuation of what came before.
 */
function followsOnNextLine(previous: Block, next: Block): boolean {
  if (previous.type !== 'paragraph') return false;
  if (next.type === 'list') return !next.ordered || (next.start ?? 1) === 1;
  return next.type === 'code' || next.type === 'blockquote' || next.type === 'heading' || next.type === 'thematicBreak';
}

function blockMarkdown(node: Block, indent: string, afterList: boolean): string {
  const flow: InlineContext = { indent, line: 'flow' };
  switch (node.type) {
    case 'paragraph':
      return phrasingMarkdown(node.children, flow, true);
    case 'heading':
      return headingMarkdown(node.depth, phrasingMarkdown(node.children, { indent, line: 'heading' }, true));
    case 'thematicBreak':
      return '***';
    case 'blockquote':
      return `> ${blocksMarkdown(node.children, `${indent}> `, true)}`;
    case 'list':
      return listMarkdown(node, indent, afterList);
    case 'code':
      return codeMarkdown(node, indent);
    case 'table':
      return tableMarkdown(node, indent);
    case 'timelineTable':
      return timelineTableMarkdown(node, indent);
    case 'html':
      // Prose's raw HTML is turned into text before it gets here; anything left is shown as the text it is.
      return phrasingMarkdown([{ type: 'text', value: node.value }], flow, true);
    default:
      // Definitions and footnote definitions are resolved by prose-markdown.ts; YAML lives in the front matter.
      return '';
  }
}

// A run of "#" at the end, after a space or alone, would be read as the heading's closing sequence.
const CLOSING_HASHES = /(^|[ \t])(#+)[ \t]*$/;

function headingMarkdown(depth: number, content: string): string {
  const safe = content.trim().replace(CLOSING_HASHES, '$1\\$2');
  return safe === '' ? '#'.repeat(depth) : `${'#'.repeat(depth)} ${safe}`;
}

function listMarkdown(list: List, indent: string, afterList: boolean): string {
  // Two lists in a row with the same marker would be read as one.
  const bullet = list.ordered ? (afterList ? ')' : '.') : afterList ? '*' : '-';
  const loose = list.spread === true || list.children.some((item) => item.spread === true);
  const start = list.start ?? 1;
  const items = list.children.map((item, i) => {
    const marker = list.ordered ? `${start + i}${bullet} ` : `${bullet} `;
    const task = item.checked === true ? '[x] ' : item.checked === false ? '[ ] ' : '';
    const inner = `${indent}${' '.repeat(marker.length)}`;
    return `${marker}${task}${blocksMarkdown(item.children, inner, item.spread === true)}`;
  });
  return items.join(loose ? `\n${indent.trimEnd()}\n${indent}` : `\n${indent}`);
}

function longestRun(value: string, char: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < value.length; i++) {
    run = value[i] === char ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

function codeMarkdown(node: Code, indent: string): string {
  // Backslash escapes and character references are read in the info string: "\" and "&" stay as written.
  const info = node.lang ? `${node.lang}${node.meta ? ` ${node.meta}` : ''}`.replace(/\r\n|\r|\n/g, ' ').replace(/[\\&]/g, '\\$&') : '';
  // A backtick fence's info cannot hold a backtick; a tilde fence's can.
  const char = info.includes('`') ? '~' : '`';
  const fence = char.repeat(Math.max(3, longestRun(node.value, char) + 1));
  const lines = node.value === '' ? [] : node.value.split(/\r\n|\r|\n/);
  const body = lines.map((line) => (line === '' ? indent.trimEnd() : `${indent}${line}`));
  return [`${fence}${info}`, ...body, `${indent}${fence}`].join('\n');
}

const delimiter = (align: AlignType | undefined): string =>
  align === 'left' ? ':-' : align === 'right' ? '-:' : align === 'center' ? ':-:' : '-';

function tableMarkdown(table: Table, indent: string): string {
  const columns = Math.max(table.align?.length ?? 0, table.children[0]?.children.length ?? 0);
  const cell: InlineContext = { indent, line: 'cell' };
  const lines: string[] = [];
  table.children.forEach((row, r) => {
    const cells = Array.from({ length: columns }, (_, i) => {
      const content = row.children[i];
      return content ? phrasingMarkdown(content.children, cell) : '';
    });
    lines.push(`| ${cells.join(' | ')} |`);
    if (r === 0) lines.push(`| ${Array.from({ length: columns }, (_, i) => delimiter(table.align?.[i])).join(' | ')} |`);
  });
  return lines.join(`\n${indent}`);
}
