import { afterEach, describe, expect, it } from 'vitest';
import { addEntries, addEntry } from '../../../src/renderer/src/data/entry-repository';
import { deleteEntry, editEntry, restoreEntry } from '../../../src/renderer/src/data/entry-edits';
import { createEntrySearch, type EntrySearch } from '../../../src/renderer/src/data/entry-search';
import { applyIncidentAction } from '../../../src/renderer/src/data/incident-repository';
import { foldForSearch } from '../../../src/renderer/src/data/search-index';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';

const searches: EntrySearch[] = [];
afterEach(() => {
  for (const search of searches.splice(0)) search.dispose();
  closeAll();
});

const note = (incidentId: string, text: string, occurredAt?: number) =>
  ({ incidentId, kind: 'note', text, author: 'Dana', source: 'composer', occurredAt }) as const;

function searchOf(...args: Parameters<typeof createEntrySearch>) {
  const search = createEntrySearch(...args);
  searches.push(search);
  return search;
}

const texts = async (search: EntrySearch, query: string, limit?: number) => (await search.search(query, limit)).map((hit) => hit.entry.text);

describe('foldForSearch', () => {
  it('ignores case and accents', () => {
    expect(foldForSearch('Café MÜNCHEN Ærø ﬁle')).toBe(foldForSearch('cafe munchen ærø file'));
  });
});

describe('entry search', () => {
  it('finds entries across incidents, newest first, with the incident title', async () => {
    const db = freshDatabase();
    const checkout = await declared(db, 'Checkout returns 500');
    const search = await declared(db, 'Search is slow');
    await addEntries(db, [
      note(checkout.id, 'Redis latency spike', 1_000),
      note(search.id, 'redis cluster failover', 3_000),
      note(checkout.id, 'Postgres is fine', 2_000),
    ]);
    const hits = await searchOf(db).search('REDIS');
    expect(hits.map((h) => [h.entry.text, h.incidentTitle])).toEqual([
      ['redis cluster failover', 'Search is slow'],
      ['Redis latency spike', 'Checkout returns 500'],
    ]);
  });

  it('matches substrings case- and accent-insensitively, every word of the query', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await addEntries(db, [
      note(incident.id, 'Zahlungen in München schlagen fehl', 1),
      note(incident.id, 'Le café est fermé', 2),
      note(incident.id, 'デプロイをロールバックした', 3),
      note(incident.id, 'Restarted the café payment worker', 4),
    ]);
    const search = searchOf(db);
    expect(await texts(search, 'munchen')).toEqual(['Zahlungen in München schlagen fehl']);
    expect(await texts(search, 'CAFE')).toEqual(['Restarted the café payment worker', 'Le café est fermé']);
    expect(await texts(search, 'ロールバック')).toEqual(['デプロイをロールバックした']);
    expect(await texts(search, 'café worker')).toEqual(['Restarted the café payment worker']);
    expect(await texts(search, '   ')).toEqual([]);
    expect(await texts(search, 'nowhere')).toEqual([]);
  });

  it('builds from reads of a few rows at a time without missing or doubling any', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await addEntries(db, Array.from({ length: 23 }, (_, i) => note(incident.id, `chunked ${i}`, 1_000 + i)));
    const hits = await texts(searchOf(db, { buildChunk: 5 }), 'chunked', 100);
    expect(hits).toEqual(Array.from({ length: 23 }, (_, i) => `chunked ${22 - i}`));
  });

  it('caps the number of hits, keeping the newest', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    await addEntries(db, Array.from({ length: 30 }, (_, i) => note(incident.id, `retry ${i}`, 1_000 + i)));
    expect(await texts(await searchOf(db), 'retry', 3)).toEqual(['retry 29', 'retry 28', 'retry 27']);
  });

  it('stays fresh after writes, edits, deletions and restores in this window', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const search = searchOf(db);
    expect(await texts(search, 'kafka')).toEqual([]);
    const entry = await addEntry(db, note(incident.id, 'Kafka lag growing'));
    expect(await texts(search, 'kafka')).toEqual(['Kafka lag growing']);
    await editEntry(db, entry.id, { text: 'Consumer lag growing' });
    expect(await texts(search, 'kafka')).toEqual([]);
    expect(await texts(search, 'consumer')).toEqual(['Consumer lag growing']);
    await deleteEntry(db, entry.id);
    expect(await texts(search, 'consumer')).toEqual([]);
    await restoreEntry(db, entry.id);
    expect(await texts(search, 'consumer')).toEqual(['Consumer lag growing']);
  });

  it('finds an entry written by another window', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const search = searchOf(db);
    expect(await texts(search, 'quick note')).toEqual([]);
    const other = secondWindow(db);
    await addEntry(other, { ...note(incident.id, 'Quick note from the hotkey'), source: 'quick-note' });
    expect(await texts(search, 'quick note')).toEqual(['Quick note from the hotkey']);
  });

  it('shows a renamed incident\'s new title', async () => {
    const db = freshDatabase();
    const incident = await declared(db, 'Something is wrong');
    await addEntry(db, note(incident.id, 'TLS handshake failures'));
    const search = searchOf(db);
    expect((await search.search('tls'))[0]?.incidentTitle).toBe('Something is wrong');
    await applyIncidentAction(secondWindow(db), incident.id, { type: 'edit-details', title: 'Expired certificate' }, 'Dana');
    expect((await search.search('tls'))[0]?.incidentTitle).toBe('Expired certificate');
  });

  it('drops entries removed outright, one or all at once', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const gone = await addEntry(db, note(incident.id, 'to be cleared first'));
    await addEntry(db, note(incident.id, 'to be cleared'));
    const search = searchOf(db);
    expect(await texts(search, 'cleared')).toHaveLength(2);
    await secondWindow(db).entries.delete(gone.id);
    expect(await texts(search, 'cleared')).toEqual(['to be cleared']);
    await secondWindow(db).entries.clear();
    expect(await texts(search, 'cleared')).toEqual([]);
  });
});
