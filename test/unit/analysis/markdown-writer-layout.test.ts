import type { Paragraph, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../src/shared/analysis/markdown-writer';
import { proseBlocks } from '../../../src/shared/analysis/prose-markdown';

/*
 * The Markdown the analysis document is published as, line by line: the layout a reviewer reads in the pull
 * request (a blank line between blocks, lists kept tight or loose as typed, no trailing spaces on blank lines)
 * and the constructs that must come back as typed (numbering, fences longer than the code's backtick runs, table
 * alignment). The property test (markdown-writer.property.test.ts) holds the writer to parsing back; these pin
 * the cases it reaches only rarely.
 */
const written = (prose: string): string => writeMarkdown({ type: 'root', children: [...proseBlocks(prose)] });
const writtenNodes = (children: RootContent[]): string => writeMarkdown({ type: 'root', children });
const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const paragraph = (value: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value }] });

describe('the layout of prose in the published analysis', () => {
  it('writes nothing at all for a document with no blocks', () => {
    expect(writtenNodes([])).toBe('');
  });

  it('separates blocks by one blank line and starts with the first block, not a blank line', () => {
    expect(written('First we paged the DBA.\n\n---\n\nThen the pool recovered.')).toBe('First we paged the DBA.\n\n***\n\nThen the pool recovered.\n');
  });

  it('keeps a soft line break in a paragraph as a line break, and a hard break as a backslash break', () => {
    expect(written('Rolled back\nthen waited')).toBe('Rolled back\nthen waited\n');
    expect(written('Deploy\\\nthen check')).toBe('Deploy\\\nthen check\n');
  });

  it('writes a heading over two lines as one heading line, and an empty heading as its hashes alone', () => {
    expect(written('Step one\\\nStep two\n===')).toBe('### Step one Step two\n');
    expect(written('##')).toBe('####\n');
    expect(writtenNodes([{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'Checkout is down ' }] }])).toBe('## Checkout is down\n');
  });

  it('keeps a quote of two paragraphs one quote, its blank line marked ">" with no trailing space', () => {
    expect(written('> Paged the DBA.\n>\n> She joined at once.')).toBe('> Paged the DBA.\n>\n> She joined at once.\n');
    expect(written('> Before:\n> - pool at 100')).toBe('> Before:\n>\n> - pool at 100\n');
    expect(written('> - primary\n>\n> - replica')).toBe('> - primary\n>\n> - replica\n');
    expect(written('> ```\n> SELECT 1;\n>\n> SELECT 2;\n> ```')).toBe('> ```\n> SELECT 1;\n>\n> SELECT 2;\n> ```\n');
  });
});

describe('lists in the published analysis', () => {
  it('keeps two lists typed one after the other apart, by switching the marker of the second', () => {
    expect(written('- restarted api\n- restarted worker\n\n* checked logs')).toBe('- restarted api\n- restarted worker\n\n* checked logs\n');
    expect(written('1. drain\n\n2) restart')).toBe('1. drain\n\n2) restart\n');
  });

  it('numbers an ordered list from where it started', () => {
    expect(written('3. third\n4. fourth\n5. fifth')).toBe('3. third\n4. fourth\n5. fifth\n');
  });

  it('keeps a loose list loose and a tight list tight', () => {
    expect(written('- restarted api\n\n- restarted worker')).toBe('- restarted api\n\n- restarted worker\n');
    expect(written('- restarted api\n\n  twice\n- restarted worker')).toBe('- restarted api\n\n  twice\n\n- restarted worker\n');
    expect(written('- hosts\n  - primary\n\n  - replica')).toBe('- hosts\n  - primary\n\n  - replica\n');
  });

  it('writes what follows a paragraph in a tight item on the next line where it can interrupt the paragraph', () => {
    expect(written('- Checked the pool\n  - primary\n  - replica')).toBe('- Checked the pool\n  - primary\n  - replica\n');
    expect(written('- Checked\n  1. first\n  2. second')).toBe('- Checked\n  1. first\n  2. second\n');
    expect(written('- Ran\n  ```sh\n  kubectl get pods\n  ```\n- Waited')).toBe('- Ran\n  ```sh\n  kubectl get pods\n  ```\n- Waited\n');
    expect(written('- Saw\n  > timeout\n- Then')).toBe('- Saw\n  > timeout\n- Then\n');
    expect(written('- Saw\n  # big\n- Then')).toBe('- Saw\n  ### big\n- Then\n');
    expect(written('- Saw\n  ***\n- Then')).toBe('- Saw\n  ***\n- Then\n');
  });

  it('puts a blank line where the next block could not interrupt what came before in a tight item', () => {
    // A paragraph after code, or a list numbered from 2 after a paragraph, would otherwise be read as part of it.
    expect(written('- ```\n  x\n  ```\n  after the code')).toBe('- ```\n  x\n  ```\n\n  after the code\n');
    expect(written('- ```\n  x\n  ```\n  - nested')).toBe('- ```\n  x\n  ```\n\n  - nested\n');
    const hosts: RootContent = {
      type: 'list',
      ordered: false,
      spread: false,
      children: [{ type: 'listItem', spread: false, children: [paragraph('Hosts'), { type: 'table', align: [null], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: 'db-1' }] }] }] }] }],
    };
    expect(writtenNodes([hosts])).toBe('- Hosts\n\n  | db-1 |\n  | - |\n');
    const numberedFromTwo: RootContent = {
      type: 'list',
      ordered: false,
      spread: false,
      children: [
        {
          type: 'listItem',
          spread: false,
          children: [
            paragraph('Steps taken'),
            { type: 'list', ordered: true, start: 2, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph('drained')] }] },
          ],
        },
      ],
    };
    const markdown = writtenNodes([numberedFromTwo]);
    expect(markdown).toBe('- Steps taken\n\n  2. drained\n');
    const item = (parse(markdown).children[0] as { children: { children: RootContent[] }[] }).children[0]!;
    expect(item.children.map((c) => c.type)).toEqual(['paragraph', 'list']);
  });

  it('keeps literal text that starts like a heading or a list as text at the start of a paragraph and of a list item', () => {
    const item = (value: string): RootContent => ({ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph(value)] }] });
    const markdown = writtenNodes([paragraph('# of failed checkouts: 1,200'), item('- 3 retries')]);
    expect(markdown).toBe('\\# of failed checkouts: 1,200\n\n- \\- 3 retries\n');
    expect(parse(markdown).children.map((c) => c.type)).toEqual(['paragraph', 'list']);
  });
});

describe('code blocks in the published analysis', () => {
  it('fences code with one backtick more than its longest run, so backticks inside stay code', () => {
    expect(written('````\n```\n`\n````')).toBe('````\n```\n`\n````\n');
    expect(written('`````\n````\n``\n`````')).toBe('`````\n````\n``\n`````\n');
  });

  it('keeps the language and title of a fence, with "\\" and "&" in them as typed', () => {
    expect(written('```sh title=a&b\\c\necho\n```')).toBe('```sh title=a\\&b\\\\c\necho\n```\n');
    expect(writtenNodes([{ type: 'code', lang: 'sh', meta: 'title=restart\nprimary', value: 'systemctl restart pg' }])).toBe(
      '```sh title=restart primary\nsystemctl restart pg\n```\n',
    );
  });

  it('fences with tildes when the language holds a backtick', () => {
    expect(written('~~~js`x\ncode\n~~~')).toBe('~~~js`x\ncode\n~~~\n');
  });

  it('writes an empty code block as its two fences, and a blank line in a listed code block with no trailing spaces', () => {
    expect(written('```\n```')).toBe('```\n```\n');
    expect(written('- a\n\n  ```\n  x\n\n  y\n  ```')).toBe('- a\n\n  ```\n  x\n\n  y\n  ```\n');
  });
});

describe('tables and leftovers in the published analysis', () => {
  it('keeps each column aligned as typed', () => {
    expect(written('| a | b | c | d |\n|:-|-:|:-:|-|\n| 1 | 2 | 3 | 4 |')).toBe('| a | b | c | d |\n| :- | -: | :-: | - |\n| 1 | 2 | 3 | 4 |\n');
  });

  it('keeps a pipe inside code in a cell from ending the cell', () => {
    expect(written('| cmd |\n|-|\n| `a\\|b` |')).toBe('| cmd |\n| - |\n| `a\\|b` |\n');
  });

  it('writes a table given without alignments with plain delimiters', () => {
    const cell = (value: string) => ({ type: 'tableCell' as const, children: [{ type: 'text' as const, value }] });
    const table: RootContent = { type: 'table', children: [{ type: 'tableRow', children: [cell('Host'), cell('State')] }, { type: 'tableRow', children: [cell('db-1'), cell('down')] }] };
    expect(writtenNodes([table])).toBe('| Host | State |\n| - | - |\n| db-1 | down |\n');
  });

  it('shows a raw HTML block as the text it is, and leaves a link definition out', () => {
    expect(writtenNodes([{ type: 'html', value: '<b>bold</b>' }])).toBe('\\<b\\>bold\\</b\\>\n');
    expect(writtenNodes([{ type: 'html', value: '    <b>bold</b>' }])).toBe('\\<b\\>bold\\</b\\>\n');
    const markdown = writtenNodes([
      paragraph('See the runbook.'),
      { type: 'definition', identifier: 'rb', label: 'rb', url: 'https://runbooks.test/db', title: null },
      paragraph('Then restart.'),
    ]);
    expect(markdown).not.toContain('runbooks.test');
    expect(parse(markdown).children.map((c) => c.type)).toEqual(['paragraph', 'paragraph']);
  });
});
