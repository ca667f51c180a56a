import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../../src/shared/domain/timeline-entry-factory';
import { nextChangeAt } from '../../../src/shared/domain/entry-versions';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { entriesOf, readEntries, readEntry, writeEntries } from '../../../src/shared/sync/incident-doc';

/* The entries of a shared incident's doc: what a machine reads from it and what it writes into it. */

const T0 = Date.UTC(2026, 10, 29, 9, 0, 0);

function note(id: string, text: string, at = T0): TimelineEntry {
  return makeEntry({ incidentId: 'incident-1', kind: 'note', text, author: 'Ana', source: 'composer' }, { at, newId: () => id });
}

const edited = (entry: TimelineEntry, text: string, at: number): TimelineEntry => ({ ...entry, text, editedAt: at, changedAt: nextChangeAt(entry, at) });

describe('a shared incident doc', () => {
  it('reads only well-formed entries filed under their own id, so a compromised client cannot plant or relabel one', () => {
    const doc = new Y.Doc();
    writeEntries(doc, [note('e1', 'Errors started in eu-west')]);
    entriesOf(doc).set('e2', { id: 'e2', text: 'no kind, no times' });
    entriesOf(doc).set('e3', note('e1', 'A copy of e1 filed under another id'));
    expect(readEntries(doc).map((e) => e.text)).toEqual(['Errors started in eu-west']);
    expect(readEntry(doc, 'e1')?.text).toBe('Errors started in eu-west');
    expect(readEntry(doc, 'e2')).toBeNull();
    expect(readEntry(doc, 'e3')).toBeNull();
    expect(readEntry(doc, 'e4')).toBeNull();
  });

  it('writes new entries and later changes, says how many, and never lets an older copy replace a newer one', () => {
    const doc = new Y.Doc();
    const first = note('e1', 'Errors started');
    const second = note('e2', 'Rolled back the deploy');
    expect(writeEntries(doc, [first, second])).toBe(2);
    expect(writeEntries(doc, [first, second])).toBe(0);
    const fixed = edited(first, 'Errors started in eu-west', T0 + 60_000);
    expect(writeEntries(doc, [fixed])).toBe(1);
    expect(writeEntries(doc, [first])).toBe(0);
    expect(readEntry(doc, 'e1')?.text).toBe('Errors started in eu-west');
  });

  it('replaces a malformed or misfiled value under an entry’s id with the real entry', () => {
    const doc = new Y.Doc();
    const real = note('e1', 'Errors started');
    entriesOf(doc).set('e1', edited(note('e9', 'Planted under e1'), 'Planted under e1, edited later', T0 + 3_600_000));
    expect(writeEntries(doc, [real])).toBe(1);
    expect(readEntries(doc)).toEqual([real]);
  });
});
