import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { guardStorage, SitrepStorageError, toStorageError } from '../../../src/renderer/src/data/storage-error';

describe('storage errors', () => {
  it.each([
    [new Dexie.QuotaExceededError('quota'), 'disk-full', /free some disk space/],
    [new DOMException('quota', 'QuotaExceededError'), 'disk-full', /free some disk space/],
    [new Dexie.AbortError('aborted', new DOMException('quota', 'QuotaExceededError')), 'disk-full', /free some disk space/],
    [new Dexie.VersionError('newer'), 'upgraded-elsewhere', /reload this window/],
    [new Dexie.InvalidTableError('no such table'), 'upgraded-elsewhere', /reload this window/],
    [new Dexie.DatabaseClosedError('closed'), 'closed', /reload this window/],
    [new Error('something odd'), 'unknown', /something odd.*try again/],
  ])('turns %s into a message that says what to do', (error, problem, message) => {
    const wrapped = toStorageError(error);
    expect(wrapped).toBeInstanceOf(SitrepStorageError);
    expect(wrapped.problem).toBe(problem);
    expect(wrapped.message).toMatch(message);
    expect(wrapped.message).toMatch(/draft/);
    expect(wrapped.cause).toBe(error);
  });

  it('lets errors that are not storage failures through unchanged', async () => {
    const mine = new Error('Type something first');
    await expect(guardStorage(() => Promise.reject(mine))).rejects.toBe(mine);
  });
});
