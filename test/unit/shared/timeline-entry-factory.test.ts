import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEntries, makeEntry } from '../../../src/shared/domain/timeline-entry-factory';
import { TimelineEntrySchema } from '../../../src/shared/domain/timeline-entry';
import { newId } from '../../../src/shared/domain/ids';

const AT = Date.UTC(2026, 10, 26, 14);

describe('makeEntry', () => {
  it('stamps capturedAt with the writing moment and defaults occurredAt to it', () => {
    const entry = makeEntry(
      { incidentId: 'inc-1', kind: 'note', text: 'DB failover started', author: ' Ana ', source: 'composer' },
      { at: AT, newId: () => 'e-1' },
    );
    expect(entry).toEqual({
      id: 'e-1',
      incidentId: 'inc-1',
      kind: 'note',
      text: 'DB failover started',
      occurredAt: AT,
      capturedAt: AT,
      editedAt: null,
      originalOccurredAt: null,
      author: 'Ana',
      source: 'composer',
      deletedAt: null,
      milestone: null,
    });
    expect(TimelineEntrySchema.parse(entry)).toEqual(entry);
  });

  it('keeps a backdated occurredAt (the hotkey moment) apart from capturedAt', () => {
    const entry = makeEntry(
      { incidentId: 'inc-1', kind: 'milestone', text: 'Mitigated', author: 'Ana', source: 'quick-note', occurredAt: AT - 5_000, milestone: 'mitigated' },
      { at: AT, newId: () => 'e-2' },
    );
    expect(entry).toMatchObject({ occurredAt: AT - 5_000, capturedAt: AT, milestone: 'mitigated' });
  });
});

describe('compareEntries', () => {
  it('orders by occurredAt, then by id, the same way whatever the input order', () => {
    const entryAt = (occurredAt: number, id: string) =>
      makeEntry({ incidentId: 'i', kind: 'note', text: id, author: 'A', source: 'composer', occurredAt }, { at: AT, newId: () => id });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (offsets) => {
        // Few distinct times, so many entries tie on occurredAt and the id must decide.
        const entries = offsets.map((t, i) => entryAt(AT + t, newId(AT + i)));
        const sorted = [...entries].sort(compareEntries);
        const reversed = [...entries].reverse().sort(compareEntries);
        expect(reversed).toEqual(sorted);
        for (let i = 1; i < sorted.length; i += 1) {
          const [prev, next] = [sorted[i - 1]!, sorted[i]!];
          expect(prev.occurredAt < next.occurredAt || (prev.occurredAt === next.occurredAt && prev.id < next.id)).toBe(true);
        }
      }),
    );
  });
});
