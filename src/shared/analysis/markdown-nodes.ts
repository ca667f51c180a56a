import type { Heading, Html, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { linkedText } from '../text/linked-text';

/*
 * Small constructors for mdast nodes. Everything a person wrote goes through `text` nodes, which the document's
 * writer (markdown-writer.ts) escapes on output, so a note can hold pipes, backticks, "#", HTML or "---" freely.
 * Web addresses in such text become link nodes (linkedText), written with an encoded address.
 */
export const text = (value: string): Text => ({ type: 'text', value });

export const heading = (depth: 1 | 2 | 3, value: string): Heading => ({ type: 'heading', depth, children: [text(value)] });

/** Any line ending: CRLF, CR or LF. */
export const LINE_BREAK = /\r\n|\r|\n/;

/** Whether text holds a line ending; two indexOf calls are cheaper than a regex for the one-line common case. */
export const hasLineEnding = (value: string): boolean => value.indexOf('\n') !== -1 || value.indexOf('\r') !== -1;

/** Lines of literal text joined by hard breaks, for paragraphs and list items; blank lines are dropped. */
export function literalLines(value: string): PhrasingContent[] {
  // Most entries are one line; this runs for every listed entry.
  if (!hasLineEnding(value)) return value.trim() === '' ? [] : linkedText(value);
  const lines = value.split(LINE_BREAK).filter((line) => line.trim() !== '');
  const out: PhrasingContent[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: 'break' });
    out.push(...linkedText(line));
  });
  return out;
}

const cellBreak: Html = { type: 'html', value: '<br>' };

/** Literal text for a table cell: a cell cannot hold a line ending, so lines are joined with <br>. */
export function cellLines(value: string): PhrasingContent[] {
  if (!hasLineEnding(value)) return linkedText(value);
  const out: PhrasingContent[] = [];
  value.split(LINE_BREAK).forEach((line, i) => {
    if (i > 0) out.push(cellBreak);
    out.push(...linkedText(line));
  });
  return out;
}

/** Paragraphs split at blank lines; single line endings become hard breaks. */
export function literalParagraphs(value: string): Paragraph[] {
  return value
    .split(/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/)
    .map((block) => block.replace(/^(?:\r\n|\r|\n)+|(?:\r\n|\r|\n)+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => ({ type: 'paragraph', children: literalLines(block) }));
}

export const emphasisParagraph = (value: string): Paragraph => ({
  type: 'paragraph',
  children: [{ type: 'emphasis', children: [text(value)] }],
});

export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

export type Block = RootContent;
