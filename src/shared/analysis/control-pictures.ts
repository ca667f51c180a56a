// C0 control characters other than tab, line feed and carriage return, and DEL.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
// The same set negated and anchored: one greedy run over a whole document is twice as fast as searching it,
// and almost no document has a control character to replace.
// eslint-disable-next-line no-control-regex -- as above
const NO_CONTROL = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

/**
 * Replaces each control character with its visible Unicode "control picture" (NUL → ␀, ESC → ␛, DEL → ␡).
 * Notes pasted from a terminal carry such characters (colour codes, bells); raw in the document they are
 * invisible at best, and a single NUL makes GitHub show the whole file as binary instead of rendering it.
 * The stored entry keeps them as typed; only the published text shows where they were.
 */
export function showControlCharacters(text: string): string {
  if (NO_CONTROL.test(text)) return text;
  return text.replace(CONTROL, (c) => String.fromCharCode(c === '\u007f' ? 0x2421 : 0x2400 + c.charCodeAt(0)));
}
