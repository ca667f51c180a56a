/**
 * Chromium lays out no element taller than 33,554,431 px and clips what is taller, so a virtual list of a
 * million rows at 60 px (60,000,000 px) ends, on screen, near row 559,000: the latest rows, where the
 * timeline opens and new notes land, could not be shown at all. The scroll area therefore lays out one span
 * of the timeline, at most MAX_SPAN rows (15,000,000 px at the estimated row height), and the span moves on
 * when the user reaches one of its edges or jumps outside it. A timeline of up to MAX_SPAN rows is one span.
 */
export const MAX_SPAN = 250_000;
/** How far a span moves when the user reaches its edge: a step the user scrolls through, not a page. */
export const SPAN_STEP = 50_000;
/** Within this many rows of a span's edge, the span moves on, if the timeline goes on beyond it. */
export const SPAN_EDGE = 200;

/** Rows start..end-1 of the timeline are laid out. */
export interface Span {
  start: number;
  end: number;
}

export function spanFrom(start: number, count: number): Span {
  const first = Math.max(0, Math.min(start, count - 1));
  return { start: first, end: Math.min(count, first + MAX_SPAN) };
}

/**
 * Where a span that shows the latest row starts. It leaves SPAN_STEP rows of room, so that following new
 * entries moves the span once per SPAN_STEP of them: a move renumbers every laid-out row, which costs the
 * virtualiser a pass over all of them.
 */
export function startForEnd(count: number): number {
  return count <= MAX_SPAN ? 0 : count - MAX_SPAN + SPAN_STEP;
}

/** Where a span that shows row `index` starts: the row in its middle, or the span against an end. */
export function startAround(index: number, count: number): number {
  return Math.max(0, Math.min(index - MAX_SPAN / 2, count - MAX_SPAN));
}

/**
 * The span's next start when rows first..last are on screen: back a step near its first row, on a step near
 * its last, or undefined when the span stays (away from its edges, or at the ends of the timeline).
 */
export function movedStart(span: Span, count: number, first: number, last: number): number | undefined {
  if (span.start > 0 && first - span.start < SPAN_EDGE) return Math.max(0, span.start - SPAN_STEP);
  if (span.end < count && span.end - 1 - last < SPAN_EDGE) return Math.min(span.start + SPAN_STEP, count - MAX_SPAN);
  return undefined;
}
