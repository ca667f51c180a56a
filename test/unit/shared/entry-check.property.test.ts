import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { checkEntry, entryRefusals } from '../../../src/shared/domain/entry-check';
import { entryKinds, entrySources, milestoneNames, TimelineEntrySchema } from '../../../src/shared/domain/timeline-entry';

/*
 * The write path checks rows without zod (the quick note saves through it); backups and the analysis parse
 * them with TimelineEntrySchema. Both must accept the same rows and store them the same way, or a note saved
 * today could make tomorrow's backup unreadable.
 */

/** Mostly valid, sometimes wrong: so that many rows are accepted and the edges of each field are reached. */
const mostly = <T, U>(valid: fc.Arbitrary<T>, wrong: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: wrong, weight: 1 });
const instant = mostly(fc.integer({ min: 0, max: 8.64e15 }), fc.constantFrom(-1, 1.5, 8.64e15 + 1, Number.NaN, Infinity));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.constant(null));
const junk = fc.constantFrom(undefined, 42, '', true, {}, 'not-a-kind');
const name = mostly(
  fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.constantFrom('  Dana  ', 'x'.repeat(120), ` ${'y'.repeat(120)} `)),
  fc.constantFrom('   ', '', 'z'.repeat(121), ` ${'w'.repeat(121)}`),
);
const id = mostly(fc.constantFrom('01JH0000000000000000000000', 'a', 'i'.repeat(64)), fc.constantFrom('', 'i'.repeat(65)));

const followUp = fc.record({
  owner: maybe(name),
  url: maybe(mostly(fc.webUrl(), fc.constantFrom('https://x.test/ a', 'ftp://x', 'https://' + 'a'.repeat(2_000), 'HTTP://CAPS.test'))),
  done: mostly(fc.boolean(), fc.constant('yes')),
});

/** Rows near the edges of what may be stored, and some that are wrong in one field or another. */
const row = fc.record(
  {
    id,
    incidentId: id,
    kind: mostly(fc.constantFrom(...entryKinds), junk),
    text: mostly(fc.oneof(fc.string({ maxLength: 40 }), fc.constant('x'.repeat(1_000_000))), fc.oneof(fc.constant('x'.repeat(1_000_001)), junk)),
    occurredAt: instant,
    capturedAt: instant,
    editedAt: maybe(instant),
    originalOccurredAt: maybe(instant),
    author: mostly(name, junk),
    source: mostly(fc.constantFrom(...entrySources), junk),
    deletedAt: maybe(instant),
    milestone: mostly(maybe(fc.constantFrom(...milestoneNames)), junk),
    followUp: followUp,
    extra: fc.string(),
  },
  { requiredKeys: ['id', 'incidentId', 'kind', 'text', 'occurredAt', 'capturedAt', 'editedAt', 'originalOccurredAt', 'author', 'source', 'deletedAt', 'milestone'] },
);

describe('the write path check and TimelineEntrySchema', () => {
  it('accept and refuse the same rows, and store an accepted one identically', () => {
    let accepted = 0;
    const runs = propertyRuns(3_000);
    fc.assert(
      fc.property(row, (candidate) => {
        const zod = TimelineEntrySchema.safeParse(candidate);
        const mine = checkEntry(candidate);
        expect(mine.ok).toBe(zod.success);
        if (mine.ok && zod.success) {
          accepted += 1;
          expect(mine.entry).toStrictEqual(zod.data);
        }
      }),
      { numRuns: runs },
    );
    // Both sides of the boundary were reached, not just refusals (a tenth of the rows or more are valid).
    expect(accepted).toBeGreaterThan(runs / 10);
  });

  it('refuses with a sentence that says what to do, never a schema message', () => {
    const good = {
      id: '01JH0000000000000000000000',
      incidentId: '01JH0000000000000000000001',
      kind: 'note',
      text: 'Rolled back',
      occurredAt: 1_700_000_000_000,
      capturedAt: 1_700_000_000_000,
      editedAt: null,
      originalOccurredAt: null,
      author: 'Dana',
      source: 'composer',
      deletedAt: null,
      milestone: null,
    };
    expect(checkEntry({ ...good, text: 'x'.repeat(1_000_001) })).toEqual({
      ok: false,
      reason: 'This entry has 1,000,001 characters; one entry holds at most 1,000,000. Split it into several entries.',
    });
    expect(checkEntry({ ...good, author: '  ' })).toEqual({ ok: false, reason: entryRefusals.badAuthor });
    expect(checkEntry({ ...good, occurredAt: -5 })).toEqual({ ok: false, reason: entryRefusals.badTime });
    expect(checkEntry({ ...good, kind: 'gossip' })).toEqual({ ok: false, reason: entryRefusals.badKind });
  });
});
