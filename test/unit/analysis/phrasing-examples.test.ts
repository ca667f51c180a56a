import type { PhrasingContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { cellTextMarkdown } from '../../../src/shared/analysis/markdown-phrasing';
import { writeMarkdown } from '../../../src/shared/analysis/markdown-writer';
import { proseBlocks } from '../../../src/shared/analysis/prose-markdown';

/*
 * What sits inside a line of the published analysis, by example: links keep their address and title as typed,
 * code spans keep their backticks and spaces, a line that starts like a block after a line break stays text, and
 * styling around words is written only where a reader's Markdown would read it as styling (CommonMark's
 * flanking rules), otherwise the words alone, never a stray "*". The property tests reach most of these only
 * in rare generated cases.
 */
const written = (prose: string): string => writeMarkdown({ type: 'root', children: [...proseBlocks(prose)] });
const line = (...children: PhrasingContent[]): string => writeMarkdown({ type: 'root', children: [{ type: 'paragraph', children }] });
const t = (value: string): PhrasingContent => ({ type: 'text', value });
const em = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });
const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });

describe('links and images in the published analysis', () => {
  it('keeps every parameter of a linked address and a title over two lines on one line', () => {
    expect(written('See [the runbook](https://runbooks.test/q?a=1&b=2)')).toBe('See [the runbook](<https://runbooks.test/q?a=1\\&b=2>)\n');
    expect(written('[runbook](http://x.test "line\none")')).toBe('[runbook](<http://x.test> "line one")\n');
  });

  it('links a table cell that is nothing but an address, and each address among words', () => {
    expect(cellTextMarkdown('https://status.test/incident/42')).toBe('[https\\://status.test/incident/42](<https://status.test/incident/42>)');
    expect(cellTextMarkdown('see https://status.test and www.x.test')).toBe(
      'see [https\\://status.test](<https://status.test>) and [www\\.x.test](<http://www.x.test>)',
    );
  });

  it('writes an image without alt text, and a footnote or stray reference as the text it showed', () => {
    expect(line({ type: 'image', url: 'https://img.test/g.png', alt: null, title: null })).toBe('![](<https://img.test/g.png>)\n');
    expect(line(t('see '), { type: 'footnoteReference', identifier: '1', label: '1' })).toBe('see \\[^1\\]\n');
    expect(line(t('see '), { type: 'footnoteReference', identifier: 'x' })).toBe('see \\[^x\\]\n');
    expect(line(t('see '), { type: 'linkReference', identifier: 'r', referenceType: 'full', children: [t('the runbook')] })).toBe('see the runbook\n');
    expect(line(t('see '), { type: 'imageReference', identifier: 'r', referenceType: 'full', alt: 'graph' })).toBe('see graph\n');
    expect(line(t('see '), { type: 'imageReference', identifier: 'r', referenceType: 'full' })).toBe('see \n');
    expect(line(t('a '), { type: 'html', value: '<b>' }, t(' c'))).toBe('a \\<b\\> c\n');
    // A kind of inline node that no parser extension of ours makes is left out rather than shown as something else.
    expect(line(t('a'), { type: 'unknownKind' } as unknown as PhrasingContent, t('b'))).toBe('ab\n');
  });
});

describe('code spans in the published analysis', () => {
  it('fences a code span with more backticks than its longest run, padded where it touches a backtick', () => {
    expect(written('``` a``b ```')).toBe('```a``b```\n');
    expect(written('`` `x` ``')).toBe('`` `x` ``\n');
    expect(written('`` a`b ``')).toBe('``a`b``\n');
  });

  it('keeps the spaces at the edges of a code span as typed', () => {
    expect(written('`  a  `')).toBe('`  a  `\n');
    expect(written('`a b `')).toBe('`a b `\n');
    expect(written('` a b`')).toBe('` a b`\n');
    expect(line({ type: 'inlineCode', value: 'a\nb' })).toBe('`a b`\n');
  });

  it('joins the lines of a table cell with <br>, and writes a hard break in a heading as a space', () => {
    const table: RootContent = { type: 'table', align: [null], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [t('a'), { type: 'break' }, t('b')] }] }] };
    expect(writeMarkdown({ type: 'root', children: [table] })).toBe('| a<br>b |\n| - |\n');
    expect(writeMarkdown({ type: 'root', children: [{ type: 'heading', depth: 2, children: [t('a'), { type: 'break' }, t('b')] }] })).toBe('## a b\n');
  });
});

describe('line starts and line ends in the published analysis', () => {
  it('keeps text that starts like a heading or a numbered item as text, at the start and after a line break', () => {
    expect(written('1\\. restart the pool')).toBe('1\\. restart the pool\n');
    expect(line(t('2) restart the pool'))).toBe('2\\) restart the pool\n');
    expect(written('Deploy\\\n\\# then check')).toBe('Deploy\\\n\\# then check\n');
    expect(written('*Muted* alerts\n\\# of pages sent: 40')).toBe('*Muted* alerts\n\\# of pages sent: 40\n');
  });

  it('keeps the space after styling and drops spaces before a line ending, which would read as a hard break', () => {
    expect(written('*Muted* alerts\nand more')).toBe('*Muted* alerts\nand more\n');
    expect(written('Rolled back\nthen *waited*')).toBe('Rolled back\nthen *waited*\n');
    expect(line(t('Rolled back  \nthen waited'))).toBe('Rolled back\nthen waited\n');
  });
});

describe('styling in the published analysis', () => {
  it('writes emphasis that a reader would see as such', () => {
    expect(line(t('a'), em(t('b')), t('c'))).toBe('a*b*c\n');
    expect(line(t('('), em(t('b')), t(')'))).toBe('\\(*b*)\n');
  });

  it('writes the words alone where the asterisks could not open or close styling', () => {
    expect(line(t('a'), em(t('(b)')), t('c'))).toBe('a(b)c\n');
    expect(line(em(t('(b)')), t('c'))).toBe('(b)c\n');
    expect(line(em(t('b ')), t('c'))).toBe('b c\n');
    expect(line(t('a '), em(t(' b')))).toBe('a  b\n');
    expect(line(t('a'), em(), t('b'))).toBe('ab\n');
    expect(line(t('a'), em(t('(b)')))).toBe('a(b)\n');
    expect(line(em(t('(b)')))).toBe('*(b)*\n');
    expect(line(t('('), em(t('(b)')), t(')'))).toBe('\\(*(b)*)\n');
  });

  it('writes the words alone where the asterisks would merge with a neighbouring one', () => {
    expect(line(t('2*'), em(t('b')))).toBe('2\\*b\n');
    expect(line(t('2*'), strong(t('b')))).toBe('2\\*b\n');
    expect(line(em(t('b')), em(t('c')))).toBe('*b*c\n');
    expect(line(em(strong(t('b'))))).toBe('**b**\n');
    // Inside the italics, bold right after a letter could pair with the italics' asterisks: see below.
    expect(line(em(t('a'), strong(t('b'))))).toBe('*ab*\n');
    expect(line(em(t('a')), em(strong(t('b'))))).toBe('a**b**\n');
    expect(line(t('a~'), { type: 'delete', children: [t('b')] })).toBe('a\\~b\n');
  });

  it('writes styling inside styling of the same asterisks only where it cannot pair with the enclosing ones', () => {
    // "*0*0*\!*" would read as an italic "0" followed by "0*!*": the inner asterisks between letters can both
    // open and close, and the first one closes the enclosing italics. Found by the document property test.
    expect(line(em(t('0'), em(t('0')), t('!')))).toBe('*00\\!*\n');
    expect(line(em(t('a '), em(t('b')), t(' c')))).toBe('*a *b* c*\n');
    expect(line(strong(t('a '), em(t('b')), t(' c')))).toBe('**a *b* c**\n');
    // A link's text pairs its own asterisks, whatever styling is around the link.
    expect(line(em(t('a'), { type: 'link', url: 'https://x.test', title: null, children: [t('b'), em(t('c')), t('d')] }))).toBe(
      '*a[b*c*d](<https://x.test>)*\n',
    );
  });
});
