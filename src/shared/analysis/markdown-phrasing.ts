import type { PhrasingContent } from 'mdast';
import { normalizeUri } from 'micromark-util-sanitize-uri';
import { linkedText, linkLabel, mayHoldUrl } from '../text/linked-text';
import { escapeInline } from './inline-escape';
import { hasLineEnding, LINE_BREAK } from './markdown-nodes';

/*
 * Inline content as Markdown: the half of the document's one writer (markdown-writer.ts) that writes what sits
 * inside a line. Escaping is deliberately blunt: every character that could open an inline construct gets a
 * backslash (inline-escape.ts), so text cannot become markup whatever was typed, and a line that starts a block
 * (heading, quote, list, fence, break, HTML, table delimiter) gets one more at its start. The property tests in
 * test/unit/analysis parse the output back to hold the writer to that.
 */

/**
 * Where inline content is written. A heading and a table cell are one line: there line endings become spaces
 * (a hard break in a cell becomes <br>), and in a cell a pipe would end the cell, even inside code.
 */
export interface InlineContext {
  /** What starts each continuation line (the container's indentation and quote markers). */
  indent: string;
  line: 'flow' | 'cell' | 'heading';
  /** The delimiter characters of the styling this content sits inside ("*" within emphasis), if any. */
  within?: string;
}

const LINE_START_PUNCTUATION = /^([ \t]*)([!-/:-@[-`{-~])/;
const LINE_START_ORDERED = /^([ \t]*\d{1,9})([.)])/;
// Matches whenever either pattern above could: one test instead of two replaces for most lines.
const MAY_OPEN_BLOCK = /^[ \t]*(?:\d{1,9}[.)]|[!-/:-@[-`{-~])/;
// Four spaces (or a tab) at the start of a block's first line would make it indented code.
const LEADING_SPACE = /^[ \t]+/;

/** Literal text for one line; `atLineStart` when nothing precedes it on its line but the container's indentation. */
export function escapeLine(value: string, atLineStart: boolean): string {
  let out = escapeInline(value);
  if (atLineStart && MAY_OPEN_BLOCK.test(out)) {
    out = out.replace(LINE_START_ORDERED, '$1\\$2');
    if (!out.startsWith('\\', out.search(/\S|$/))) out = out.replace(LINE_START_PUNCTUATION, '$1\\$2');
  }
  return atLineStart ? out.replace(LEADING_SPACE, '') : out;
}

/** Literal text as a table cell: its lines joined by <br>, web addresses in it linked (as cellLines builds it). */
export function cellTextMarkdown(value: string): string {
  return hasLineEnding(value) ? value.split(LINE_BREAK).map(cellLineMarkdown).join('<br>') : cellLineMarkdown(value);
}

function cellLineMarkdown(line: string): string {
  if (!mayHoldUrl(line)) return escapeInline(line);
  const pieces = linkedText(line);
  if (pieces.length === 1 && pieces[0]!.type === 'text') return escapeInline(line);
  return pieces.map((p) => (p.type === 'text' ? escapeInline(p.value) : inlineLink(p.url, linkLabel(p)))).join('');
}

/** A link written inline: the label as written, the address percent-encoded inside <…> so nothing in it ends the link. */
export function linkMarkdown(label: string, url: string, title: string | null | undefined): string {
  // A character reference ("&amp;") in a destination would be decoded: its "&" is escaped to stay as written.
  return `[${label}](<${normalizeUri(url).replace(/&/g, '\\&')}>${titleMarkdown(title)})`;
}

/** Literal text and an address as a link, the form the timeline and entry lists use for addresses people typed. */
export const inlineLink = (url: string, label: string): string => linkMarkdown(escapeInline(label), url, null);

// In a title, as in a destination, backslash escapes and character references are read: backslash, quote and "&" are escaped.
const titleMarkdown = (title: string | null | undefined): string =>
  title ? ` "${title.replace(/[\\"&]/g, '\\$&').replace(/\r\n|\r|\n/g, ' ')}"` : '';

/** A code span: fenced by one more backtick than the longest run inside, padded where the value touches a backtick. */
export function inlineCodeMarkdown(value: string, inCell: boolean): string {
  let code = value.replace(/\r\n|\r|\n/g, ' ');
  // In a GFM table a pipe ends the cell even inside code; the parser takes "\|" there as the pipe itself.
  if (inCell) code = code.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of code.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(code) || (/^ .*[^ ].* $/.test(code)) ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** Text, line by line: each line after a line ending starts a new line of the container. */
function textMarkdown(value: string, ctx: InlineContext, atLineStart: boolean): string {
  if (!hasLineEnding(value)) return escapeLine(value, atLineStart);
  const lines = value.split(LINE_BREAK);
  if (ctx.line !== 'flow') return lines.map((line, i) => escapeLine(line, atLineStart && i === 0)).join(' ');
  // Spaces before a line ending would read as a hard break: only what a reader sees is kept.
  const last = lines.length - 1;
  return lines.map((line, i) => escapeLine(i < last ? line.trimEnd() : line, i === 0 ? atLineStart : true)).join(`\n${ctx.indent}`);
}

/**
 * Phrasing content as one stretch of Markdown. `atLineStart` says whether the first child begins a line; a
 * hard break always starts the next one.
 */
export function phrasingMarkdown(children: readonly PhrasingContent[], ctx: InlineContext, atLineStart = false): string {
  if (children.length === 1 && DELIMITER[children[0]!.type] === undefined) return inlineMarkdown(children[0]!, ctx, atLineStart);
  const parts: string[] = new Array(children.length);
  let start = atLineStart;
  for (let i = 0; i < children.length; i++) {
    parts[i] = inlineMarkdown(children[i]!, ctx, start);
    start = children[i]!.type === 'break' && ctx.line === 'flow';
  }
  // Delimiters go on once the neighbours are written: whether "*" opens or closes depends on the characters
  // either side of it (CommonMark's flanking rules).
  for (let i = 0; i < children.length; i++) {
    const marker = DELIMITER[children[i]!.type];
    if (marker === undefined) continue;
    const before = i > 0 ? parts[i - 1]! : '';
    const after = i + 1 < children.length ? parts[i + 1]! : '';
    parts[i] = delimited(marker, parts[i]!, before.charAt(before.length - 1), after.charAt(0), ctx.within?.includes(marker.charAt(0)) ?? false);
  }
  return parts.join('');
}

const DELIMITER: Partial<Record<PhrasingContent['type'], string>> = { emphasis: '*', strong: '**', delete: '~~' };

type CharacterClass = 'space' | 'punctuation' | 'other';
/** As the parser sees one UTF-16 unit: "" is the edge of the line; a half of a surrogate pair is neither. */
function classify(unit: string): CharacterClass {
  if (unit === '' || /\s/.test(unit)) return 'space';
  return /\p{P}|\p{S}/u.test(unit) ? 'punctuation' : 'other';
}

/**
 * Emphasis, strong or strikethrough around already written content, or the content alone where the delimiters
 * would not be read as such: then the reader sees the words without the styling, rather than stray "*".
 */
function delimited(marker: string, inner: string, before: string, after: string, nested: boolean): string {
  if (inner === '') return '';
  const char = marker.charAt(0);
  const first = classify(inner.charAt(0));
  const last = classify(inner.charAt(inner.length - 1));
  const outsideBefore = classify(before);
  const outsideAfter = classify(after);
  const opens = first !== 'space' && (first !== 'punctuation' || outsideBefore !== 'other');
  const closes = last !== 'space' && (last !== 'punctuation' || outsideAfter !== 'other');
  // A delimiter touching another of its kind would merge into one longer run.
  const merges = before === char || after === char || inner.startsWith(char) || inner.endsWith(char);
  // Inside styling made of the same character, an opening run that could also close (or a closing one that
  // could also open) pairs with the enclosing run instead: "*0*0*!*" reads as an italic "0" then "0*!*".
  // There only runs that work one way are written.
  const twoWay =
    nested &&
    ((outsideBefore !== 'space' && (outsideBefore !== 'punctuation' || first !== 'other')) ||
      (outsideAfter !== 'space' && (outsideAfter !== 'punctuation' || last !== 'other')));
  return opens && closes && !merges && !twoWay ? `${marker}${inner}${marker}` : inner;
}

function inlineMarkdown(node: PhrasingContent, ctx: InlineContext, atLineStart: boolean): string {
  switch (node.type) {
    case 'text':
      return textMarkdown(node.value, ctx, atLineStart);
    case 'emphasis':
    case 'strong':
    case 'delete':
      // The content only: phrasingMarkdown adds the delimiters, once it knows the neighbours.
      return phrasingMarkdown(node.children, { ...ctx, within: `${ctx.within ?? ''}${DELIMITER[node.type]!.charAt(0)}` });
    case 'inlineCode':
      return inlineCodeMarkdown(node.value, ctx.line === 'cell');
    case 'break':
      return ctx.line === 'cell' ? '<br>' : ctx.line === 'heading' ? ' ' : `\\\n${ctx.indent}`;
    case 'link':
      // A link's text pairs its delimiters on its own, apart from any styling around the link.
      return linkMarkdown(phrasingMarkdown(node.children, { ...ctx, within: '' }), node.url, node.title);
    case 'image':
      return `!${linkMarkdown(escapeInline(node.alt ?? ''), node.url, node.title)}`;
    case 'html':
      // The builder's only raw HTML is the <br> that joins lines in a cell; any other HTML is shown as text.
      return node.value === '<br>' ? '<br>' : textMarkdown(node.value, ctx, atLineStart);
    case 'footnoteReference':
      return escapeInline(`[^${node.label ?? node.identifier}]`);
    case 'linkReference':
    case 'imageReference':
      // prose-markdown.ts resolves references before the document is written; a stray one keeps its text.
      return 'children' in node ? phrasingMarkdown(node.children, ctx) : escapeInline(node.alt ?? '');
    default:
      // Kinds that other mdast extensions declare; the document's parser and builder never make them.
      return '';
  }
}
