import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idTime, newId } from '../../../src/shared/domain/ids';

describe('newId', () => {
  it('is a 26-character ULID that encodes its time', () => {
    const now = Date.UTC(2026, 10, 26, 14, 3, 7, 123);
    const id = newId(now);
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(idTime(id)).toBe(now);
  });

  it('never repeats, even ten thousand times in the same millisecond', () => {
    const now = Date.UTC(2026, 10, 26);
    const ids = Array.from({ length: 10_000 }, () => newId(now));
    expect(new Set(ids).size).toBe(ids.length);
    // Within one millisecond the ids still sort in the order they were made.
    expect([...ids].sort()).toEqual(ids);
  });

  it('sorts by time as plain strings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 2 }), fc.integer({ min: 1, max: 1e9 }), (a, gap) => {
        const b = Math.min(a + gap, 2 ** 48 - 1);
        expect(newId(a) < newId(b)).toBe(true);
      }),
    );
  });

  it('defaults to the current time', () => {
    const before = Date.now();
    const time = idTime(newId());
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it('idTime refuses strings that are not ids', () => {
    expect(idTime('id-1')).toBeNull();
    expect(idTime('01ARZ3NDEKTSV4RRFFQ69G5FAI')).toBeNull(); // I is not in the alphabet
  });
});
