import { describe, expect, it } from 'vitest';
import { headline } from '../../../src/shared/domain/text-headline';

describe('headline', () => {
  it('keeps a short first line as it is', () => {
    expect(headline('Expired certificate')).toBe('Expired certificate');
  });

  it('takes the first line with words in it, spaces collapsed', () => {
    expect(headline('\n\n   The   pool\twas exhausted\nSecond line')).toBe('The pool was exhausted');
  });

  it('cuts a long line to the limit, ending in an ellipsis', () => {
    const cut = headline('a'.repeat(100), 20);
    expect(cut).toBe(`${'a'.repeat(19)}…`);
    expect(Array.from(cut)).toHaveLength(20);
  });

  it('never cuts an emoji or another astral character in half', () => {
    const cut = headline('🔥'.repeat(30), 10);
    expect(cut).toBe(`${'🔥'.repeat(9)}…`);
    // No lone surrogate left behind by the cut.
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(cut)).toBe(false);
  });

  it('gives an empty string for blank text', () => {
    expect(headline(' \n \t ')).toBe('');
  });
});
