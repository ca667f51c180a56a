import type { AlignType, PhrasingContent, Table, TableCell } from 'mdast';
import type { Handle, Info, State } from 'mdast-util-to-markdown';
import { linkedText, linkLabel, mayHoldUrl } from '../text/linked-text';
import { escapeInline, inlineLink } from './inline-escape';
import { hasLineEnding, LINE_BREAK } from './markdown-nodes';

/*
 * A `table` handler for mdast-util-to-markdown. The stock GFM handler costs ~100 µs a row (it runs every unsafe
 * pattern over every cell and measures widths for alignment); a 50,000-line timeline must build in well under
 * 200 ms. Cells made only of text, <br> and images (all the builder produces) take the fast path below; any
 * other cell falls back to the library's own phrasing serialiser. The timeline (timeline-table.ts) writes its
 * rows itself but its cells with the same functions, cellTextMarkdown and cellMarkdown. The property test in
 * test/unit/analysis/document-structure.property.test.ts parses the output back to prove text cannot escape its cell.
 */

// Inside a cell a character is never at the start of a line (rows begin with "| "), so inline escaping is enough.
export const escapeCellText = escapeInline;


const SAFE_URL = /^[A-Za-z0-9._~/-]+$/;

function fastCell(cell: TableCell): string | null {
  const only = cell.children.length === 1 ? cell.children[0] : undefined;
  if (only?.type === 'text' && !hasLineEnding(only.value)) return escapeCellText(only.value);
  let out = '';
  for (const child of cell.children as PhrasingContent[]) {
    if (child.type === 'text') {
      if (hasLineEnding(child.value)) return null;
      out += escapeCellText(child.value);
    } else if (child.type === 'html' && child.value === '<br>') out += '<br>';
    else if (child.type === 'image' && SAFE_URL.test(child.url)) out += `![${escapeCellText(child.alt ?? '')}](${child.url})`;
    else return null;
  }
  return out;
}

function slowCell(cell: TableCell, state: State, info: Info): string {
  const exit = state.enter('tableCell');
  const subexit = state.enter('phrasing');
  const value = state.containerPhrasing(cell, { ...info, before: '|', after: '|' });
  subexit();
  exit();
  return value.replace(/\r?\n|\r/g, ' ');
}

/** A cell as this handler writes it: the fast path when it can, the library's phrasing serialiser otherwise. */
export function cellMarkdown(cell: TableCell, state: State, info: Info): string {
  return fastCell(cell) ?? slowCell(cell, state, info);
}

/** Literal text as a cell: exactly what fastCell writes for the nodes `cellLines(value)` makes, without the nodes. */
export function cellTextMarkdown(value: string): string {
  return hasLineEnding(value) ? value.split(LINE_BREAK).map(lineMarkdown).join('<br>') : lineMarkdown(value);
}

function lineMarkdown(line: string): string {
  if (!mayHoldUrl(line)) return escapeCellText(line);
  const pieces = linkedText(line);
  if (pieces.length === 1 && pieces[0]!.type === 'text') return escapeCellText(line);
  return pieces.map((p) => (p.type === 'text' ? escapeCellText(p.value) : inlineLink(p.url, linkLabel(p)))).join('');
}

function delimiter(align: AlignType | undefined): string {
  if (align === 'left') return ':-';
  if (align === 'right') return '-:';
  if (align === 'center') return ':-:';
  return '-';
}

export const fastTableHandler: Handle = (node: Table, _parent, state, info) => {
  const columns = Math.max(node.align?.length ?? 0, node.children[0]?.children.length ?? 0);
  // Rows collected and joined once: appending to one growing string made the garbage collector the main cost.
  const lines: string[] = new Array(node.children.length + 1);
  const cells: string[] = new Array(columns);
  let line = 0;
  for (let r = 0; r < node.children.length; r++) {
    const row = node.children[r]!;
    for (let i = 0; i < columns; i++) {
      const cell = row.children[i];
      cells[i] = cell ? cellMarkdown(cell, state, info) : '';
    }
    lines[line++] = `| ${cells.join(' | ')} |`;
    if (r === 0) lines[line++] = `| ${Array.from({ length: columns }, (_, i) => delimiter(node.align?.[i])).join(' | ')} |`;
  }
  return lines.join('\n');
};
