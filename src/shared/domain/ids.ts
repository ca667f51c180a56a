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
// mode), so ids made in a burst still sort in the order they were made. The digits are kept and bumped in
// place, and the time's ten characters are encoded once per millisecond: a bulk import makes thousands of
// ids in the same millisecond (measured against the `ulid` package in bench/scale-metrics.mts).
let lastTime = -1;
let lastTimeText = '';
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

/** Adds one to a base32 digit array in place; false (digits unchanged) when every digit was at its maximum. */
function increment(digits: Uint8Array): boolean {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === 31) i -= 1;
  if (i < 0) return false;
  digits[i] = digits[i]! + 1;
  digits.fill(0, i + 1);
  return true;
}

/** A new unique, time-sortable id for `now` (default: the current time). */
export function newId(now: number = Date.now()): string {
  const time = Math.min(Math.max(0, Math.floor(Number.isFinite(now) ? now : Date.now())), MAX_TIME);
  if (time !== lastTime || !increment(lastRandom)) drawRandomDigits(lastRandom);
  if (time !== lastTime) {
    lastTime = time;
    lastTimeText = encodeTime(time);
  }
  let out = lastTimeText;
  for (let i = 0; i < RANDOM_CHARS; i += 1) out += ALPHABET[lastRandom[i]!];
  return out;
}

/** The creation time encoded in an id made by newId, or null for anything else. */
export function idTime(id: string): number | null {
  if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) return null;
  let ms = 0;
  for (const ch of id.slice(0, TIME_CHARS)) ms = ms * 32 + ALPHABET.indexOf(ch);
  return ms <= MAX_TIME ? ms : null;
}
