import { describe, expect, it } from 'vitest';
import { escapeInline } from '../../../src/shared/analysis/inline-escape';

/*
 * Notes as people type them, escaped for one line of the published analysis: each character that could open
 * markup gets a backslash, and a web address gets its ":" or "." escaped so GitHub does not link it past the
 * escapes inside it (which would show a stray "\" to readers). The property test holds the loop to its regex
 * definition; these are the addresses and symbols a timeline is full of, with what must come out.
 */
describe('inline escaping of what people type', () => {
  it('escapes the address in a note, whatever follows it, and the markup characters around it', () => {
    expect(escapeInline('Status page http://status.test/a_b is red')).toBe('Status page http\\://status.test/a\\_b is red');
    expect(escapeInline('HTTPS://A.TEST')).toBe('HTTPS\\://A.TEST');
    expect(escapeInline('ftp://files.test')).toBe('ftp\\://files.test');
    expect(escapeInline('x www.a.b ftp://c.d')).toBe('x www\\.a.b ftp\\://c.d');
  });

  it('escapes "www." at the very start of a note, in any case, and after other dots', () => {
    expect(escapeInline('www.status.test is down')).toBe('www\\.status.test is down');
    expect(escapeInline('WwW.x.test')).toBe('WwW\\.x.test');
    expect(escapeInline('a.www.x')).toBe('a.www\\.x');
  });

  it('leaves text without markup or a whole address exactly as typed', () => {
    for (const value of ['', 'plain words', 'time 14:02. done', 'http:/x', 'ww.x', 'www', 'é ü 🔥']) expect(escapeInline(value)).toBe(value);
  });

  it('escapes markup characters next to letters outside ASCII', () => {
    expect(escapeInline('1 < 2 & 3 > 2')).toBe('1 \\< 2 \\& 3 \\> 2');
    expect(escapeInline('é|ü 🔥*')).toBe('é\\|ü 🔥\\*');
  });
});
