import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings, readSettings, updateSettings } from '../../../src/renderer/src/data/settings-repository';
import { closeAll, freshDatabase, secondWindow } from './data-test-helpers';

afterEach(closeAll);

describe('settings', () => {
  it('start with no name (so first run asks for it) and the system theme', async () => {
    const db = freshDatabase();
    expect(await readSettings(db)).toEqual({ userName: null, theme: 'system' });
    expect(defaultSettings).toEqual({ userName: null, theme: 'system' });
  });

  it('keep what was saved, for every window', async () => {
    const db = freshDatabase();
    await updateSettings(db, { userName: '  Dana Q. ', theme: 'dark' });
    expect(await readSettings(secondWindow(db))).toEqual({ userName: 'Dana Q.', theme: 'dark' });
    await updateSettings(db, { theme: 'light' });
    expect(await readSettings(db)).toEqual({ userName: 'Dana Q.', theme: 'light' });
  });

  it('refuse an invalid value with a message and write nothing', async () => {
    const db = freshDatabase();
    await updateSettings(db, { userName: 'Dana' });
    await expect(updateSettings(db, { userName: 'Sam', theme: 'neon' as never })).rejects.toThrow('That theme cannot be saved. The theme is system, light or dark.');
    await expect(updateSettings(db, { userName: '   ' })).rejects.toThrow('That name cannot be saved. A name is 1 to 120 characters.');
    await expect(updateSettings(db, { userName: 'x'.repeat(121) })).rejects.toThrow('A name is 1 to 120 characters.');
    await expect(updateSettings(db, { colour: 'red' } as never)).rejects.toThrowMessage(/not a Sitrep setting/);
    expect(await readSettings(db)).toEqual({ userName: 'Dana', theme: 'system' });
  });

  it('read a stored value this build does not understand as its default, keeping the others', async () => {
    const db = freshDatabase();
    await db.settings.bulkPut([
      { key: 'theme', value: 'solarized' },
      { key: 'userName', value: 'Dana' },
    ]);
    expect(await readSettings(db)).toEqual({ userName: 'Dana', theme: 'system' });
  });
});
