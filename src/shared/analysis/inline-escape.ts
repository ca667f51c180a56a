/*
 * Escaping for literal text inside a line of Markdown (a table cell, a list item): what the document's one
 * Markdown writer (markdown-writer.ts) uses for every piece of literal text. It runs for every timeline entry,
 * so it is one loop over the characters: a regex test plus a global replace cost about a microsecond a call,
 * a fifth of the whole build for 50,000 entries. test/unit/analysis/inline-escape.property.test.ts holds it to
 * the regex definition it replaced, character for character.
 */

// Characters that open inline constructs or end a table cell. Backslash-escaping ASCII punctuation is always literal.
const INLINE_SPECIALS = '\\`*_[]<>&|~!';
const isInlineSpecial = new Uint8Array(128);
for (const c of INLINE_SPECIALS) isInlineSpecial[c.charCodeAt(0)] = 1;

// GFM turns "http://…" and "www.…" into links that run to the next space and swallow escapes inside them,
// which would show a stray "\" to readers. Escaping the ":" or "." keeps the text exactly as typed.
const AUTOLINK_START = /(https?|ftp)(:)(?=\/\/)|(www)(\.)/gi;

const COLON = 0x3a;
const SLASH = 0x2f;
const DOT = 0x2e;
const isW = (code: number): boolean => code === 0x77 || code === 0x57;

/** Whether "://" starts at i or "www." (any case) ends at i: the only places AUTOLINK_START can match. */
function autolinkAt(value: string, i: number, code: number): boolean {
  if (code === COLON) return value.charCodeAt(i + 1) === SLASH && value.charCodeAt(i + 2) === SLASH;
  return code === DOT && i >= 3 && isW(value.charCodeAt(i - 1)) && isW(value.charCodeAt(i - 2)) && isW(value.charCodeAt(i - 3));
}

/** A backslash before each of INLINE_SPECIALS, and the autolink fix where "://" or "www." occurs. */
export function escapeInline(value: string): string {
  let out = '';
  let from = 0;
  let autolink = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128 && isInlineSpecial[code] === 1) {
      out += value.slice(from, i) + '\\';
      from = i;
    } else if (!autolink && (code === COLON || code === DOT)) {
      autolink = autolinkAt(value, i, code);
    }
  }
  if (out === '' && !autolink) return value; // nothing to escape (out ends with a backslash once anything was)
  out += value.slice(from);
  // Backslashes go only before INLINE_SPECIALS, none of which can be part of "://" or "www.", so the matches
  // are the ones found above.
  return autolink ? out.replace(AUTOLINK_START, (_m, p: string, _c, w: string) => (p ? `${p}\\:` : `${w}\\.`)) : out;
}
