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
// mode), so ids made in a burst still sort in the order they were made. A bulk import makes thousands of
// ids in one millisecond, so that path is kept cheap: the digits are bumped in place, and everything but
// the last digit (which is all an increment usually changes) is kept as one string, rebuilt only on a
// carry or a new millisecond (measured against the `ulid` package in bench/scale-metrics.mts).
let lastTime = -1;
/** The time's ten characters and the first fifteen random ones, as of the last id. */
let stem = '';
const lastRandom: Uint8Array<ArrayBuffer> = new Uint8Array(RANDOM_CHARS);

function encodeTime(ms: number): string {
  let out = '';
  let rest = ms;
  for (let i = 0; i < TIME_CHARS; i += 1) {
    out = ALPHABET[rest % 32] + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

function drawRandomDigits(digits: Uint8Array<ArrayBuffer>): void {
  crypto.getRandomValues(digits);
  for (let i = 0; i < digits.length; i += 1) digits[i] = digits[i]! % 32;
}

/**
 * Adds one to a base32 digit array in place. Returns the index of the leftmost digit that changed, or -1
 * (digits unchanged) when every digit was already at its maximum.
 */
function increment(digits: Uint8Array): number {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 31) i -= 1;
  if (i < 0) return -1;
  digits[i] = digits[i]! + 1;
  digits.fill(0, i + 1);
  return i;
}

function randomStem(time: number): string {
  let out = encodeTime(time);
  for (let i = 0; i < RANDOM_CHARS - 1; i += 1) out += ALPHABET[lastRandom[i]!];
  return out;
}

/** A new unique, time-sortable id for `now` (default: the current time). */
export function newId(now: number = Date.now()): string {
  const time = Math.min(Math.max(0, Math.floor(Number.isFinite(now) ? now : Date.now())), MAX_TIME);
  const changed = time === lastTime ? increment(lastRandom) : -1;
  if (changed < 0) drawRandomDigits(lastRandom);
  if (changed < RANDOM_CHARS - 1) stem = randomStem(time);
  lastTime = time;
  return stem + ALPHABET[lastRandom[RANDOM_CHARS - 1]!];
}

/** The creation time encoded in an id made by newId, or null for anything else. */
export function idTime(id: string): number | null {
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) return null;
  let ms = 0;
  for (const ch of id.slice(0, TIME_CHARS)) ms = ms * 32 + ALPHABET.indexOf(ch);
  return ms <= MAX_TIME ? ms : null;
}
