import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocStore } from '../../../src/main/sync/doc-store';
import { readRecords } from '../../../src/main/record-file';

/* A shared incident's Yjs doc on disk between runs: what a new run loads is what the last one had. */

const NAME = 'acme/01JTEST0000000000000000000';
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'sitrep-doc-store-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const onlyFile = (): string => join(dir, readdirSync(dir).filter((f) => !f.endsWith('.tmp'))[0]!);
const note = (doc: Y.Doc, id: string, text: string) => doc.getMap('entries').set(id, { id, text });

/** A run: a store and a doc loaded from it. */
function run(options?: { compactAfterBytes?: number }) {
  const store = createDocStore(dir, options);
  const doc = new Y.Doc();
  const loaded = store.attach(NAME, doc);
  return { store, doc, loaded };
}

describe('the sync doc store', () => {
  it('a new run loads exactly the doc the last one had, local writes and remote updates alike', () => {
    const first = run();
    for (let i = 0; i < 20; i += 1) note(first.doc, `e${i}`, `note ${i}`);
    // An update from the server is applied with another origin; it is kept too.
    const teammate = new Y.Doc();
    note(teammate, 'ben-1', 'from Ben');
    Y.applyUpdate(first.doc, Y.encodeStateAsUpdate(teammate), 'server');
    first.store.close();

    const second = run();
    expect(second.loaded).toMatchObject({ records: 21, tornBytes: 0 });
    expect(second.doc.getMap('entries').toJSON()).toEqual(first.doc.getMap('entries').toJSON());
    // The same Yjs history, not a copy: the server would find nothing to send it.
    expect(Y.encodeStateVector(second.doc)).toEqual(Y.encodeStateVector(first.doc));
    expect(Y.encodeStateAsUpdate(first.doc, Y.encodeStateVector(second.doc)).length).toBeLessThanOrEqual(2);
  });

  it('a torn last record (cut short, or garbage the disk never wrote) loses only itself, and the file is cut back', () => {
    const first = run();
    note(first.doc, 'a', 'first');
    note(first.doc, 'b', 'second');
    first.store.close();
    const path = onlyFile();
    const whole = statSync(path).size;

    // Cut in the middle of the last record, as a crash during the append would.
    const lastRecord = readRecords(readFileSync(path)).records.at(-1)!.length + 8;
    truncateSync(path, whole - Math.floor(lastRecord / 2));
    const second = run();
    expect(second.loaded).toMatchObject({ records: 1, tornBytes: lastRecord - Math.floor(lastRecord / 2) });
    expect(second.doc.getMap('entries').toJSON()).toEqual({ a: { id: 'a', text: 'first' } });
    note(second.doc, 'c', 'after the crash');
    second.store.close();

    // A whole-looking record whose bytes are zeros (written length, unwritten data) fails its checksum.
    const header = Buffer.alloc(8);
    header.writeUInt32LE(40, 0);
    appendFileSync(onlyFile(), Buffer.concat([header, Buffer.alloc(40)]));
    const third = run();
    expect(third.loaded.tornBytes).toBe(48);
    expect(third.doc.getMap('entries').toJSON()).toEqual({ a: { id: 'a', text: 'first' }, c: { id: 'c', text: 'after the crash' } });
  });

  it('compacts into one record once the appended updates outweigh the doc, through a rename, and reloads the same doc', () => {
    const first = run({ compactAfterBytes: 2_000 });
    for (let i = 0; i < 200; i += 1) note(first.doc, 'same', `edit ${i}: ${'x'.repeat(30)}`);
    const path = onlyFile();
    // 200 edits of one key appended one by one weigh far more than the doc that results.
    expect(statSync(path).size).toBeLessThan(4_000);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    first.store.close();
    const second = run();
    expect(second.loaded.records).toBeLessThan(200);
    expect(second.doc.getMap('entries').get('same')).toEqual({ id: 'same', text: `edit 199: ${'x'.repeat(30)}` });
    expect(Y.encodeStateVector(second.doc)).toEqual(Y.encodeStateVector(first.doc));
  });

  it('a run that loads many records folds them into one, so the next start reads one', () => {
    const first = run();
    for (let i = 0; i < 50; i += 1) note(first.doc, `e${i}`, `note ${i}`);
    first.store.close();
    run().store.close();
    expect(readRecords(readFileSync(onlyFile())).records).toHaveLength(1);
    const third = run();
    expect(third.loaded).toMatchObject({ records: 1, tornBytes: 0 });
    expect(Object.keys(third.doc.getMap('entries').toJSON())).toHaveLength(50);
  });

  it('says which entries changed since the server last confirmed the doc, so an offline start can count them', () => {
    const first = run();
    note(first.doc, 'a', 'sent');
    note(first.doc, 'b', 'sent');
    first.store.confirm(NAME, Y.encodeStateVector(first.doc));
    note(first.doc, 'c', 'written offline');
    first.store.close();

    const second = run();
    expect(second.loaded.unconfirmed('entries')).toEqual(['c']);
    note(second.doc, 'a', 'edited offline');
    second.store.close();
    expect(run().loaded.unconfirmed('entries').sort()).toEqual(['a', 'c']);
  });

  it('counts every entry of a doc the server never confirmed', () => {
    const first = run();
    for (let i = 0; i < 5; i += 1) note(first.doc, `e${i}`, `note ${i}`);
    first.store.close();
    expect(run().loaded.unconfirmed('entries').sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4']);
  });

  it('an unreadable file from elsewhere is not loaded as a doc', () => {
    writeFileSync(join(dir, 'acme~2F01JTEST0000000000000000000.yupdates'), 'not a sync document at all');
    const loaded = run();
    expect(loaded.loaded.records).toBe(0);
    expect(loaded.doc.getMap('entries').size).toBe(0);
  });
});
