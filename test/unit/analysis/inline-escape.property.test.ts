import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../../src/shared/analysis/inline-escape';

/** The regex definition escapeInline replaced for speed; the loop must write exactly what this writes. */
function reference(value: string): string {
  if (!/[\\`*_[\]<>&|~!]|:\/\/|[wW]{3}\./.test(value)) return value;
  let out = value.replace(/[\\`*_[\]<>&|~!]/g, '\\$&');
  if (/:\/\/|[wW]{3}\./.test(out)) out = out.replace(/(https?|ftp)(:)(?=\/\/)|(www)(\.)/gi, (_m, p: string, _c, w: string) => (p ? `${p}\\:` : `${w}\\.`));
  return out;
}

// Pieces that meet every branch: each special, autolink starts in any case and cut short, surrogate pairs.
const piece = fc.oneof(
  fc.constantFrom(...'\\`*_[]<>&|~!:/.wW', '://', 'www.', 'WwW.', 'ww.', 'http', 'HTTPS', 'ftp', 'http:/', 'mailto:', ' ', '\n', '🔥', '\u0000'),
  fc.string({ maxLength: 6 }),
  fc.string({ maxLength: 4, unit: 'binary' }),
);

describe('inline escaping', () => {
  it('writes exactly what the regex definition writes, for any text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const value = parts.join('');
        expect(escapeInline(value)).toBe(reference(value));
      }),
      { numRuns: propertyRuns(20_000) },
    );
  });

  it('escapes a special in first or last place and leaves plain text as it is', () => {
    for (const value of ['', 'plain', '|', '*a', 'a*', '\\', 'www.x', 'Http://x', 'a ftp://b', 'www', '.www', 'w.ww.www.']) {
      expect(escapeInline(value)).toBe(reference(value));
    }
  });
});
