/**
 * The first line of a long text, cut to fit one timeline cell: a glimpse that says which text this is, while the
 * whole text lives where it is read in full (the incident header, the analysis document).
 */
export function headline(text: string, maxChars = 80): string {
  const first = text
    .split('\n')
    .map((line) => line.replace(/\s+/gu, ' ').trim())
    .find((line) => line.length > 0);
  if (first === undefined) return '';
  const chars = Array.from(first); // by code point, so an emoji is never cut in half
  return chars.length <= maxChars ? first : `${chars.slice(0, maxChars - 1).join('').trimEnd()}…`;
}
