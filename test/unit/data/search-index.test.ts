import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { describe, expect, it } from 'vitest';
import { foldForSearch, SearchIndex } from '../../../src/renderer/src/data/search-index';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { entryAt } from '../../support/domain-fixtures';

const entry = (id: string, text: string, occurredAt: number, deletedAt: number | null = null): TimelineEntry =>
  entryAt(occurredAt, { id, incidentId: 'I1', text, deletedAt });

/** What search must return, computed the slow, obvious way. */
function naive(entries: Map<string, TimelineEntry>, query: string, limit: number): string[] {
  const terms = foldForSearch(query).split(/\s+/u).filter(Boolean);
  if (terms.length === 0) return [];
  return [...entries.values()]
    .filter((e) => e.deletedAt === null && terms.every((t) => foldForSearch(e.text).includes(t)))
    .sort((a, b) => b.occurredAt - a.occurredAt || (a.id < b.id ? 1 : -1))
    .slice(0, limit)
    .map((e) => e.id);
}

// A tiny alphabet so that queries often match, with accents, case, a ligature, whitespace and a CJK letter.
const alphabet = ['a', 'b', 'é', 'E', ' ', '\n', 'ﬁ', '日'];
const smallText = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((chars) => chars.join(''));
const query = fc.array(fc.constantFrom('a', 'b', 'e', 'É', ' ', 'fi', '日'), { minLength: 1, maxLength: 3 }).map((chars) => chars.join(''));
const ids = fc.constantFrom('e1', 'e2', 'e3', 'e4', 'e5', 'e6');
const operation = fc.oneof(
  fc.record({ op: fc.constant('upsert' as const), id: ids, text: smallText, at: fc.integer({ min: 0, max: 5 }), deleted: fc.boolean() }),
  fc.record({ op: fc.constant('remove' as const), id: ids }),
  fc.record({ op: fc.constant('repack' as const) }),
  fc.record({ op: fc.constant('search' as const), query, limit: fc.integer({ min: 1, max: 4 }) }),
);

describe('SearchIndex', () => {
  it('always answers what a plain filter over the current entries would, through any mix of changes and repacks', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 5, maxLength: 40 }), (operations) => {
        const index = new SearchIndex();
        const truth = new Map<string, TimelineEntry>();
        for (const step of operations) {
          if (step.op === 'upsert') {
            const row = entry(step.id, step.text, step.at, step.deleted ? 1 : null);
            truth.set(step.id, row);
            index.upsert([row]);
          } else if (step.op === 'remove') {
            truth.delete(step.id);
            index.remove([step.id]);
          } else if (step.op === 'repack') {
            index.repack();
          } else {
            expect(index.search(step.query, step.limit).map((e) => e.id)).toEqual(naive(truth, step.query, step.limit));
          }
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('finds what a plain filter finds in logs long enough to span many blocks of its word filter', () => {
    // Hundreds of notes (the filter groups 64 to a block) and words of three letters or more, which are
    // looked up through the filter; edits after packing and a repack in between.
    const longText = fc.array(fc.constantFrom('a', 'b', 'é', 'E', ' ', 'ﬁ', 'c'), { minLength: 3, maxLength: 12 }).map((chars) => chars.join(''));
    const longQuery = fc.array(fc.constantFrom('a', 'b', 'e', 'É', 'c', 'fi', ' '), { minLength: 3, maxLength: 6 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(
        fc.array(longText, { minLength: 65, maxLength: 400 }),
        fc.array(fc.record({ at: fc.nat(), text: longText }), { maxLength: 10 }),
        fc.boolean(),
        fc.array(longQuery, { minLength: 1, maxLength: 5 }),
        (texts, edits, repack, queries) => {
          const truth = new Map<string, TimelineEntry>(texts.map((text, i) => [`e${i}`, entry(`e${i}`, text, i % 50)] as const));
          const index = new SearchIndex();
          index.replaceAll([...truth.values()]);
          for (const edit of edits) {
            const id = `e${edit.at % texts.length}`;
            const row = entry(id, edit.text, edit.at % 50);
            truth.set(id, row);
            index.upsert([row]);
          }
          if (repack) index.repack();
          for (const q of queries) expect(index.search(q, 1_000).map((e) => e.id)).toEqual(naive(truth, q, 1_000));
        },
      ),
      { numRuns: propertyRuns(150) },
    );
  });

  it('lists a note once even when it holds every word of the query several times', () => {
    const index = new SearchIndex();
    index.replaceAll([entry('twice', 'retry failed, retry failed again', 2), entry('once', 'retry failed', 1)]);
    expect(index.search('retry failed', 10).map((e) => e.id)).toEqual(['twice', 'once']);
  });

  it('never matches across two entries', () => {
    const index = new SearchIndex();
    index.replaceAll([entry('old', 'disk full', 1), entry('new', 'restart', 2)]);
    expect(index.search('fullrestart', 10)).toEqual([]);
    expect(index.search('restartdisk', 10)).toEqual([]);
  });
});
