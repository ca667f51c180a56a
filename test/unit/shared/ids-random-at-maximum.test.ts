import { afterEach, describe, expect, it, vi } from 'vitest';
import { idTime, newId } from '../../../src/shared/domain/ids';

// Within one millisecond an id is the last one plus one. When the last one's random part is already at its
// largest (every digit "Z"), there is nothing to add to: the next id must still be a new, well-formed id of
// that millisecond, not a repeat of the last one and not a string with a digit past "Z" in it.

afterEach(() => {
  vi.restoreAllMocks();
});

/** The random source hands out each of `fills` in turn, one per draw of the 16 random digits. */
function randomDraws(...fills: number[]): void {
  let draw = 0;
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    (array as unknown as Uint8Array).fill(fills[Math.min(draw, fills.length - 1)]!);
    draw += 1;
    return array;
  });
}

describe('an id made in the same millisecond as one whose random part is at its maximum', () => {
  it('is a new, well-formed id of that millisecond, with a freshly drawn random part', () => {
    randomDraws(31, 7);
    const now = Date.UTC(2026, 10, 26, 11, 11, 11, 111);
    const full = newId(now);
    expect(full.slice(10)).toBe('Z'.repeat(16));

    const next = newId(now);
    expect(next).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(next).not.toBe(full);
    expect(idTime(next)).toBe(now);
    expect(next.slice(10)).toBe('7'.repeat(16));
  });
});
