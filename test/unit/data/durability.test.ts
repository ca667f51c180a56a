import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/renderer/src/data/db';
import { closeAll, freshDatabase } from './data-test-helpers';

afterEach(closeAll);

describe('durability', () => {
  it('asks IndexedDB to flush every write transaction to disk before reporting it done', async () => {
    const db = freshDatabase();
    const durability = await db.transaction('rw', db.entries, () => (Dexie.currentTransaction as unknown as { idbtrans: IDBTransaction }).idbtrans.durability);
    expect(durability).toBe('strict');
  });

  it('opens the database named sitrep unless told otherwise', () => {
    const db = openDatabase();
    expect(db.name).toBe('sitrep');
    db.close();
  });
});
