import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../src/shared/analysis/markdown-writer';

/*
 * Styling inside styling of the same kind (italics in italics, as pasted notes and the parser make them). A "*"
 * inside an italic stretch is read as that stretch's end whenever it could close, so the inner italics are
 * written only where their "*" can only open (before) and only close (after): otherwise the reader sees the
 * words without the inner styling rather than the outer italics ending early or a stray "*".
 */
const line = (...children: PhrasingContent[]): string => writeMarkdown({ type: 'root', children: [{ type: 'paragraph', children }] });
const heading = (...children: PhrasingContent[]): string => writeMarkdown({ type: 'root', children: [{ type: 'heading', depth: 2, children }] });
const t = (value: string): PhrasingContent => ({ type: 'text', value });
const em = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });
const del = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'delete', children });
const link = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url: 'https://x.test', title: null, children });

describe('italics inside italics in the published analysis', () => {
  it('keeps inner italics between brackets: after "(" a "*" before a letter can only open, before ")" only close', () => {
    expect(line(em(t('a ('), em(t('b')), t(') c')))).toBe('*a (*b*) c*\n');
  });

  it('keeps inner italics after a space when a closing bracket follows them', () => {
    expect(line(em(t('a '), em(t('b')), t(') c')))).toBe('*a *b*) c*\n');
  });

  it('drops inner italics whose "*" could also close the outer ones', () => {
    // Between "(" and "(" a "*" could open or close; before a letter after a letter, the same.
    expect(line(em(t('a ('), em(t('(b)')), t(' c')))).toBe('*a ((b) c*\n');
    expect(line(em(t('a '), em(t('b')), t('c d')))).toBe('*a bc d*\n');
    expect(line(em(t('a '), em(t('(b)')), t(') c')))).toBe('*a (b)) c*\n');
  });

  it('drops italics nested two levels down, through a strikethrough, where their "*" could close the outer ones', () => {
    expect(line(em(t('a '), del(t('b '), em(t('c')), t('d')), t(' e')))).toBe('*a ~~b cd~~ e*\n');
  });

  it('keeps the outer italics over the words after inner italics at their start, which a "*" between letters would end', () => {
    // Written as "*b*c", the reader would see only "b" in italics.
    expect(line(em(em(t('b')), t('c')))).toBe('*bc*\n');
  });

  it('writes a strikethrough that begins or ends with another as the inner one alone, never a run of four tildes', () => {
    // "~~~~" at the start of a line opens a code block; at the end it closes nothing and shows as tildes.
    expect(line(del(del(t('b')), t(' c')))).toBe('~~b~~ c\n');
    expect(line(del(t('a '), del(t('b'))))).toBe('a ~~b~~\n');
  });
});

describe('a line break inside a link', () => {
  it('is a hard break in a paragraph and a space in a heading', () => {
    expect(line(link(t('a'), { type: 'break' }, t('b')))).toBe('[a\\\nb](<https://x.test>)\n');
    expect(heading(link(t('a'), { type: 'break' }, t('b')))).toBe('## [a b](<https://x.test>)\n');
  });
});
