import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../../src/shared/domain/entry-check';
import { TimelineEntrySchema } from '../../../src/shared/domain/timeline-entry';
import { entryAt } from '../../support/domain-fixtures';

/*
 * Field by field, what the write path's check refuses, and that zod's schema refuses the same: the property
 * test reaches these edges by chance, this table reaches every one of them on every run.
 */
const valid = entryAt(1_764_000_000_000, { id: '01JH0000000000000000000000', incidentId: '01JH0000000000000000000001' });
const followUp = { owner: 'Dana', url: 'https://tracker.example/T-1', done: false };

const refused: [string, Record<string, unknown>][] = [
  ['an id that is not a string', { id: 42 }],
  ['an id over 64 characters', { id: 'i'.repeat(65) }],
  ['an incident id that is not a string', { incidentId: ['01JH'] }],
  ['a time that is a numeric string', { occurredAt: '1764000000000' }],
  ['a time with a fraction of a millisecond', { occurredAt: 1_764_000_000_000.5 }],
  ['a capture time that is a string', { capturedAt: '2026-01-01' }],
  ['a kind that is not a string', { kind: ['note'] }],
  ['an empty author', { author: '' }],
  ['an author of 121 characters', { author: 'a'.repeat(121) }],
  ['a follow-up that is not an object', { followUp: 'Dana' }],
  ['a follow-up that is null', { followUp: null }],
  ['a follow-up owner that is not a name', { followUp: { ...followUp, owner: 7 } }],
  ['a follow-up owner of 121 characters', { followUp: { ...followUp, owner: 'o'.repeat(121) } }],
  ['a follow-up link that is not a string', { followUp: { ...followUp, url: 12 } }],
  ['a follow-up link given as a list', { followUp: { ...followUp, url: ['https://tracker.example/T-1'] } }],
  ['a follow-up link over 2,000 characters', { followUp: { ...followUp, url: `https://x.example/${'a'.repeat(1_983)}` } }],
  ['a follow-up whose done is not yes or no', { followUp: { ...followUp, done: 'yes' } }],
  ['an unknown milestone', { milestone: 'fixed' }],
  ['a change time that is not a time', { changedAt: 'yesterday' }],
  ['a lifecycle record that is null', { lifecycle: null }],
  ['a lifecycle record that is text', { lifecycle: 'resolved' }],
];

describe('the write path check, field by field', () => {
  it.each(refused)('refuses %s, as the schema does', (_what, change) => {
    const row = { ...valid, ...change };
    expect(checkEntry(row).ok).toBe(false);
    expect(TimelineEntrySchema.safeParse(row).success).toBe(false);
  });

  it.each([null, 'a note', 42, undefined])('refuses a row that is not an object (%s)', (row) => {
    expect(checkEntry(row).ok).toBe(false);
  });

  it('takes limits at their edge: a one-letter author, a 120-character name, a 2,000-character link, an id of 64', () => {
    const url = `https://x.example/${'a'.repeat(1_982)}`;
    expect(url).toHaveLength(2_000);
    const row = { ...valid, id: 'i'.repeat(64), author: 'D', followUp: { owner: ` ${'o'.repeat(120)} `, url, done: true } };
    const checked = checkEntry(row);
    expect(checked).toEqual({ ok: true, entry: TimelineEntrySchema.parse(row) });
    // Names are stored trimmed, as the schema stores them.
    expect(checked.ok && checked.entry.followUp?.owner).toBe('o'.repeat(120));
  });

  it('keeps a known milestone and a change time, as the schema does', () => {
    const row = { ...valid, kind: 'milestone', milestone: 'mitigated', changedAt: 1_764_000_100_000 };
    expect(checkEntry(row)).toEqual({ ok: true, entry: TimelineEntrySchema.parse(row) });
  });
});
