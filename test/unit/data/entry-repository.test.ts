import { afterEach, describe, expect, it, vi } from 'vitest';
import { addEntries, addEntry, EntryInputError } from '../../../src/renderer/src/data/entry-repository';
import { deleteEntry, editEntry, restoreEntry } from '../../../src/renderer/src/data/entry-edits';
import { mergeEntries } from '../../../src/renderer/src/data/merge-entries';
import { SitrepStorageError } from '../../../src/renderer/src/data/storage-error';
import { MAX_ENTRY_TEXT } from '../../../src/shared/domain/timeline-entry';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';

afterEach(() => {
  vi.useRealTimers();
  closeAll();
});

const note = (incidentId: string, text: string, occurredAt?: number) =>
  ({ incidentId, kind: 'note', text, author: 'Dana', source: 'composer', occurredAt }) as const;

describe('addEntry', () => {
  it('is readable from another window as soon as it resolves', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const entry = await addEntry(db, note(incident.id, 'Rolled back deploy 4711'));
    expect(await secondWindow(db).entries.get(entry.id)).toEqual(entry);
  });

  it('stamps capturedAt with the writing moment and keeps the occurredAt the user gave', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    vi.useFakeTimers({ toFake: ['Date'], now: 1_800_000_000_000 });
    const entry = await addEntry(db, note(incident.id, 'Pager fired', 1_799_999_000_000));
    expect(entry).toMatchObject({ occurredAt: 1_799_999_000_000, capturedAt: 1_800_000_000_000, editedAt: null, deletedAt: null });
  });

  it('refuses text over the limit with a message that says what to do, writing nothing', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const before = await db.entries.count();
    await expect(addEntry(db, note(incident.id, 'x'.repeat(MAX_ENTRY_TEXT + 1)))).rejects.toThrowMessage(/at most .*Split it/);
    expect(await db.entries.count()).toBe(before);
  });

  it('refuses an empty note or a missing author with a message, writing nothing', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const before = await db.entries.count();
    await expect(addEntry(db, note(incident.id, '  \n '))).rejects.toThrowMessage(/Type the note first/);
    await expect(addEntry(db, { ...note(incident.id, 'hello'), author: ' ' })).rejects.toThrowMessage(/Set your name/);
    expect(await db.entries.count()).toBe(before);
  });

  it('refuses an entry for an incident that is not in the log', async () => {
    const db = freshDatabase();
    await expect(addEntry(db, note('missing', 'hello'))).rejects.toBeInstanceOf(EntryInputError);
    expect(await db.entries.count()).toBe(0);
  });

  it('writes a batch all or nothing', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const before = await db.entries.count();
    await expect(addEntries(db, [note(incident.id, 'fine'), note('missing', 'orphan')])).rejects.toThrowMessage(/no longer in the log/);
    expect(await db.entries.count()).toBe(before);
    const saved = await addEntries(db, [note(incident.id, 'one'), note(incident.id, 'two')]);
    expect(await db.entries.bulkGet(saved.map((e) => e.id))).toEqual(saved);
  });

  it('reports a full disk as a SitrepStorageError that tells the user their text is kept', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const before = await db.entries.count();
    // Another window whose disk fills up: IndexedDB refuses every write with QuotaExceededError.
    const full = secondWindow(db);
    full.use({
      stack: 'dbcore',
      name: 'disk-full',
      create: (down) => ({
        ...down,
        table: (name) => ({ ...down.table(name), mutate: () => Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')) }),
      }),
    });
    const failure = await addEntry(full, note(incident.id, 'will not fit')).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SitrepStorageError);
    expect(failure).toMatchObject({ problem: 'disk-full', message: expect.stringContaining('kept as a draft') });
    expect(await db.entries.count()).toBe(before);
  });

  it('reports a closed database as a SitrepStorageError', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    db.close({ disableAutoOpen: true });
    await expect(addEntry(db, note(incident.id, 'late'))).rejects.toMatchObject({ name: 'SitrepStorageError', problem: 'closed' });
  });
});

describe('editEntry', () => {
  it('sets editedAt and keeps the original time on the first change of time only', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const entry = await addEntry(db, note(incident.id, 'DB failover', 1_000_000));
    vi.useFakeTimers({ toFake: ['Date'], now: 2_000_000 });
    const first = await editEntry(db, entry.id, { occurredAt: 900_000 });
    expect(first).toMatchObject({ occurredAt: 900_000, originalOccurredAt: 1_000_000, editedAt: 2_000_000, capturedAt: entry.capturedAt });
    vi.setSystemTime(3_000_000);
    const second = await editEntry(db, entry.id, { occurredAt: 800_000, text: 'DB failover to replica', kind: 'action' });
    expect(second).toMatchObject({ occurredAt: 800_000, originalOccurredAt: 1_000_000, editedAt: 3_000_000, kind: 'action' });
    expect(await db.entries.get(entry.id)).toEqual(second);
  });

  it('leaves originalOccurredAt empty when only the text changes', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const entry = await addEntry(db, note(incident.id, 'typo hre'));
    const edited = await editEntry(db, entry.id, { text: 'typo here' });
    expect(edited).toMatchObject({ text: 'typo here', originalOccurredAt: null, occurredAt: entry.occurredAt });
    expect(edited.editedAt).not.toBeNull();
  });

  it('says so when the entry is gone', async () => {
    const db = freshDatabase();
    await expect(editEntry(db, 'gone', { text: 'x' })).rejects.toMatchObject({ problem: 'not-found' });
  });
});

describe('deleteEntry and restoreEntry', () => {
  it('keeps a tombstone that restore brings back unchanged', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const entry = await addEntry(db, note(incident.id, 'wrong incident, oops'));
    await deleteEntry(db, entry.id);
    const tombstone = await db.entries.get(entry.id);
    expect(tombstone?.deletedAt).toEqual(expect.any(Number));
    expect(tombstone?.text).toBe(entry.text);
    await restoreEntry(db, entry.id);
    // Unchanged but for the moment of the restore, which makes it win over the tombstone on other machines.
    const restored = await db.entries.get(entry.id);
    expect(restored).toEqual({ ...entry, changedAt: expect.any(Number) });
    expect(restored!.changedAt).toBeGreaterThan(tombstone!.deletedAt!);
  });

  it('does not move the deletion time when deleted twice', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const entry = await addEntry(db, note(incident.id, 'x'));
    vi.useFakeTimers({ toFake: ['Date'], now: 5_000 });
    await deleteEntry(db, entry.id);
    vi.setSystemTime(9_000);
    await deleteEntry(db, entry.id);
    expect((await db.entries.get(entry.id))?.deletedAt).toBe(5_000);
  });
});

describe('follow-up owner, link and done mark', () => {
  it('are optional on stored entries and two quick edits of different fields both land', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const todo = await addEntry(db, { ...note(incident.id, 'alert on queue depth'), kind: 'follow-up' });
    // An entry written before these fields existed has none, and reads back as it was.
    expect(todo.followUp).toBeUndefined();
    expect(await db.entries.get(todo.id)).toEqual(todo);

    // Owner and done mark sent together, as a fast person does (each only knows its own field).
    await Promise.all([
      editEntry(db, todo.id, { followUp: { owner: 'Fox' } }),
      editEntry(db, todo.id, { followUp: { url: 'https://github.test/acme/api/issues/7' } }),
      editEntry(db, todo.id, { followUp: { done: true } }),
    ]);
    expect((await secondWindow(db).entries.get(todo.id))?.followUp).toEqual({ owner: 'Fox', url: 'https://github.test/acme/api/issues/7', done: true });
  });
});

describe('mergeEntries', () => {
  const made = (incidentId: string, id: string, text: string, at: number) => ({
    id, incidentId, kind: 'note' as const, text, occurredAt: at, capturedAt: at, editedAt: null, originalOccurredAt: null,
    author: 'Sam', source: 'import' as const, deletedAt: null, milestone: null,
  });

  it('adds entries made elsewhere with their own ids, authors and times, and the same batch again changes nothing', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const batch = [made(incident.id, 'slack-C1-1700000000.000100', 'db is slow', 1_700_000_000_000)];
    expect(await mergeEntries(db, batch)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await mergeEntries(db, batch)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await secondWindow(db).entries.get('slack-C1-1700000000.000100')).toMatchObject({ author: 'Sam', text: 'db is slow' });
  });

  it('keeps the copy that changed last, whichever arrives first', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const first = made(incident.id, 'e1', 'first words', 1_700_000_000_000);
    const edited = { ...first, text: 'edited words', editedAt: 1_700_000_060_000 };
    await mergeEntries(db, [edited]);
    expect(await mergeEntries(db, [first])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect((await db.entries.get('e1'))?.text).toBe('edited words');
    const deleted = { ...edited, deletedAt: 1_700_000_120_000 };
    expect(await mergeEntries(db, [deleted])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect((await db.entries.get('e1'))?.deletedAt).toBe(1_700_000_120_000);
  });

  it('writes none of a batch when one entry is for an incident this machine does not have', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const batch = [made(incident.id, 'ok-1', 'fine', 1_700_000_000_000), made('no-such-incident', 'bad-1', 'lost', 1_700_000_000_000)];
    await expect(mergeEntries(db, batch)).rejects.toThrow(EntryInputError);
    expect(await db.entries.get('ok-1')).toBeUndefined();
  });
});
