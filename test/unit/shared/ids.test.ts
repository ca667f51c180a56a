import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
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

describe('ids at the edges of their random part', () => {
  it('stay distinct and ordered in one millisecond even when the random part starts at its maximum', () => {
    // Every random digit but the first at 31 (the largest): the next id must carry into the first digit.
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = array as unknown as Uint8Array;
      bytes.fill(31);
      bytes[0] = 0;
      return array;
    });
    try {
      const now = Date.UTC(2026, 10, 26, 9);
      const [a, b] = [newId(now), newId(now)];
      expect(a).not.toBe(b);
      expect(a < b).toBe(true);
      expect(b.slice(10)).toBe(`1${'0'.repeat(15)}`);
    } finally {
      spy.mockRestore();
    }
  });

  it('draw a fresh random part for a new millisecond', () => {
    let draw = 0;
    const spy = vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      (array as unknown as Uint8Array).fill((draw += 1) * 3);
      return array;
    });
    try {
      const first = newId(Date.UTC(2026, 10, 26, 10));
      const second = newId(Date.UTC(2026, 10, 26, 10) + 1);
      expect(first.slice(10)).toBe('3'.repeat(16));
      expect(second.slice(10)).toBe('6'.repeat(16));
    } finally {
      spy.mockRestore();
    }
  });
});

describe('idTime at its edges', () => {
  it('reads the largest time an id can hold, and refuses anything past it or not exactly an id', () => {
    const zeros = '0'.repeat(16);
    expect(idTime(`7ZZZZZZZZZ${zeros}`)).toBe(2 ** 48 - 1);
    expect(idTime(`8000000000${zeros}`)).toBeNull();
    expect(idTime(`x${newId(Date.UTC(2026, 0, 1))}`)).toBeNull();
    expect(idTime(`${newId(Date.UTC(2026, 0, 1))}x`)).toBeNull();
  });
});
