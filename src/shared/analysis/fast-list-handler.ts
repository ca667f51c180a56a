import type { List, Paragraph } from 'mdast';
import type { Handle, Handlers, Info, State } from 'mdast-util-to-markdown';
import { escapeInline, inlineLink } from './inline-escape';
import { hasLineEnding } from './markdown-nodes';

/*
 * A `list` handler for the builder's simple lists (one paragraph of text and hard breaks per item), for the
 * same reason as fast-table-handler.ts: the stock path is too slow for tens of thousands of items. Anything
 * else goes to the library's own handler. Escaping: inline specials everywhere; at the start of a continuation
 * line also anything that could open a block (heading, quote, list, fence, thematic break, setext underline,
 * HTML, table delimiter).
 */
const LINE_START_PUNCTUATION = /^([ \t]*)([!-/:-@[-`{-~])/;
const LINE_START_ORDERED = /^([ \t]*\d{1,9})([.)])/;
// Matches whenever either pattern above could: one test instead of two replaces and a search for most lines.
const MAY_OPEN_BLOCK = /^[ \t]*(?:\d{1,9}[.)]|[!-/:-@[-`{-~])/;

export function escapeLine(value: string, atLineStart: boolean): string {
  let out = escapeInline(value);
  if (atLineStart && MAY_OPEN_BLOCK.test(out)) {
    out = out.replace(LINE_START_ORDERED, '$1\\$2');
    if (!out.startsWith('\\', out.search(/\S|$/))) out = out.replace(LINE_START_PUNCTUATION, '$1\\$2');
  }
  return out;
}

/** The item's line(s), or null for the fallback. Joined once into a flat string rather than appended piece by piece. */
function fastItem(paragraph: Paragraph, marker: string, state: State, info: Info): string | null {
  const parts = [marker];
  let atLineStart = true;
  for (const child of paragraph.children) {
    if (child.type === 'text') {
      if (hasLineEnding(child.value)) return null;
      parts.push(escapeLine(child.value, atLineStart));
      atLineStart = false;
    } else if (child.type === 'link' && child.children.length === 1 && child.children[0]!.type === 'text') {
      // "[" at a line start opens no block (a definition needs "]:"), so a link needs no line-start escape.
      parts.push(inlineLink(child.url, child.children[0].value));
      atLineStart = false;
    } else if (child.type === 'inlineCode' && !hasLineEnding(child.value)) {
      // The library's own writer; a code span never opens a block (a backtick fence's info cannot hold a backtick).
      parts.push(state.handle(child, paragraph, state, { ...info, before: ' ', after: ' ' }));
      atLineStart = false;
    } else if (child.type === 'break') {
      parts.push('\\\n  ');
      atLineStart = true;
    } else return null;
  }
  return parts.join('');
}

export function createFastListHandler(fallback: Handlers['list']): Handle {
  return (node: List, parent, state, info) => {
    if (node.ordered || node.spread) return fallback(node, parent, state, info);
    const lines: string[] = [];
    for (const item of node.children) {
      const only = item.children.length === 1 ? item.children[0] : undefined;
      const marker = item.checked === true ? '- [x] ' : item.checked === false ? '- [ ] ' : '- ';
      const line = only?.type === 'paragraph' ? fastItem(only, marker, state, info) : null;
      if (line === null || item.spread) return fallback(node, parent, state, info);
      lines.push(line);
    }
    return lines.join('\n');
  };
}
