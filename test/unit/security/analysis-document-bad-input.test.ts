import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import type { Nodes, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildAnalysisDocument, toAnalysisExport } from '../../../src/shared/analysis';
import { makeEntry, makeIncident, T0 } from '../analysis/analysis-fixtures';

/*
 * Text people paste during an incident: terminal output with colour codes and bells, NULs from a binary log,
 * right-to-left scripts, combining marks, emoji sequences. The exported document must stay a text file that
 * GitHub renders (a raw NUL makes it "binary"), keep every visible character exactly, and show where a control
 * character was instead of hiding it. The front matter keeps the exact text (YAML escapes it).
 */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function timelineCells(markdown: string): string[] {
  const body = markdown.slice(markdown.indexOf('\n---\n') + 5);
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const table = tree.children.find((n): n is Table => n.type === 'table' && toString(n.children[0]!).startsWith('When (UTC)'));
  const visible = (node: Nodes): string => ('children' in node ? node.children.map((c) => visible(c as Nodes)).join('') : toString(node));
  return table!.children.slice(1).map((row) => visible(row.children[2]!));
}

const build = (texts: readonly string[], title = 'Checkout is down') =>
  buildAnalysisDocument({ incident: makeIncident({ title }), entries: texts.map((text, i) => makeEntry({ text, occurredAt: T0 + i * 1000 })) });

describe('the analysis document with unusual text', () => {
  it('keeps right-to-left, combining and emoji text exactly, code point for code point', () => {
    const texts = [
      'שלום עולם — مرحبا بالعالم — DB failover',
      'e\u0301 (e + combining acute), not NFC-folded; Z\u0351\u0352\u0353',
      '🔥🚒 👩🏽‍💻 🏳️‍🌈 flags 🇳🇱',
      'bidi override \u202eevil\u202c stays as typed',
    ];
    const cells = timelineCells(build(texts).markdown);
    expect(cells).toEqual(texts);
  });

  it('shows control characters as visible symbols, so the file stays text; the front matter keeps them exactly', () => {
    const title = 'Disk\u0000full \u001b[31mred\u001b[0m';
    const doc = build(['nul\u0000here', 'esc \u001b[31mred\u001b[0m bell\u0007 del\u007f vt\u000b ff\u000c'], title);
    expect(doc.markdown).not.toMatch(RAW_CONTROL);
    expect(timelineCells(doc.markdown)).toEqual(['nul␀here', 'esc ␛[31mred␛[0m bell␇ del␡ vt␋ ff␌']);
    expect(doc.markdown).toMatch(/^# Disk␀full ␛\\?\[31mred␛\\?\[0m$/m);
    const yaml = doc.markdown.slice(4, doc.markdown.indexOf('\n---\n') + 1);
    expect(parse(yaml)).toMatchObject({ title });

    // What goes to GitHub besides the file: the pull request's title and body, and the commit message.
    const exp = toAnalysisExport(makeIncident({ title }), doc);
    for (const text of [exp.title, exp.body, exp.commitMessage, exp.files[0]!.content]) expect(text).not.toMatch(RAW_CONTROL);
    expect(exp.title).toContain('Disk␀full ␛[31mred');
  });

  it('whatever Unicode and control characters an entry holds: one row per entry, no raw control character, visible text intact', () => {
    const controls = fc.constantFrom('\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u001f', '\u007f');
    const pictureOf = (c: string) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0));
    const text = fc
      .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), controls, fc.constantFrom('\u202e', '\u200f', '\u0301', '👩🏽‍💻')), { minLength: 1, maxLength: 10 })
      .map((parts) => parts.join(''))
      // An entry is stored trimmed and never empty; markdown-significant text is covered by the structure property test.
      .filter((t) => t.trim() !== '' && !/[|\\`*_[\]<>#&!~\-+=:]|^\s|\s$|\s\s|[\t\n\r]/u.test(t));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (texts) => {
        const doc = build(texts);
        expect(doc.markdown).not.toMatch(RAW_CONTROL);
        // eslint-disable-next-line no-control-regex
        expect(timelineCells(doc.markdown)).toEqual(texts.map((t) => t.replace(/[\u0000-\u001f\u007f]/g, pictureOf)));
      }),
      { numRuns: propertyRuns(100) },
    );
  }, 60_000);
});
