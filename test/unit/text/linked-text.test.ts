import { describe, expect, it } from 'vitest';
import { linkedText, linkLabel } from '../../../src/shared/text/linked-text';

const shown = (value: string) => linkedText(value).map((p) => (p.type === 'text' ? p.value : `<${p.url}|${linkLabel(p)}>`));

describe('web addresses in verbatim text', () => {
  it('links http(s) and www addresses as GitHub does, leaving trailing punctuation and line endings outside', () => {
    expect(shown('see https://ci.test/runs/7, then www.status.test.')).toEqual([
      'see ',
      '<https://ci.test/runs/7|https://ci.test/runs/7>',
      ', then ',
      '<http://www.status.test|www.status.test>',
      '.',
    ]);
    expect(shown('log:\nhttps://a.test/x\nnext')).toEqual(['log:\n', '<https://a.test/x|https://a.test/x>', '\nnext']);
  });

  it('keeps e-mail addresses, other schemes and plain text as text', () => {
    expect(shown('mail dana@example.test or file:///etc/passwd or javascript:alert(1)')).toEqual([
      'mail dana@example.test or file:///etc/passwd or javascript:alert(1)',
    ]);
    expect(shown('')).toEqual([]);
    expect(shown('nothing to link')).toEqual(['nothing to link']);
  });
});
