/*
 * Identifiers are ULIDs (https://github.com/ulid/spec): 48 bits of milliseconds then 80 random bits, in
 * Crockford base32. They sort by creation time as plain strings, which is what IndexedDB compound indexes
 * ([incidentId+occurredAt+id]) need for a stable order, and need no coordination between windows.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;
const MAX_TIME = 2 ** 48 - 1;

// Within one millisecond the random part is incremented instead of redrawn (the spec's "monotonic"
// mode), so ids made in a burst still sort in the order they were made.
let lastTime = -1;
let lastRandom: number[] = [];

function encodeTime(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i += 1) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function randomDigits(): number[] {
  const bytes = new Uint8Array(RANDOM_CHARS);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b % 32);
}

/** Adds one to a base32 digit array; returns null when every digit was already at its maximum. */
function increment(digits: number[]): number[] | null {
  const next = digits.slice();
  for (let i = next.length - 1; i >= 0; i -= 1) {
    if ((next[i] ?? 0) < 31) {
      next[i] = (next[i] ?? 0) + 1;
      return next;
    }
    next[i] = 0;
  }
  return null;
}

/** A new unique, time-sortable id for `now` (default: the current time). */
export function newId(now: number = Date.now()): string {
  const time = Math.min(Math.max(0, Math.floor(Number.isFinite(now) ? now : Date.now())), MAX_TIME);
  let random: number[] | null = null;
  if (time === lastTime) random = increment(lastRandom);
  if (random === null) random = randomDigits();
  lastTime = time;
  lastRandom = random;
  return encodeTime(time) + random.map((d) => ALPHABET[d]).join('');
}

/** The creation time encoded in an id made by newId, or null for anything else. */
export function idTime(id: string): number | null {
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) return null;
  let ms = 0;
  for (const ch of id.slice(0, TIME_CHARS)) ms = ms * 32 + ALPHABET.indexOf(ch);
  return ms <= MAX_TIME ? ms : null;
}
