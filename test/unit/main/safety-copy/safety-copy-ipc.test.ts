import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSafetyCopyHandlers } from '../../../../src/main/safety-copy/safety-copy-handlers';
import { createSafetyCopyStore, type SafetyCopyStore } from '../../../../src/main/safety-copy/safety-copy-store';
import { entryAt, incidentAt, T0 } from '../../../support/domain-fixtures';
import { handlersThroughRouter, type RouterCall } from '../../../support/handlers-through-router';

/*
 * The safety copy's channels behind the real IPC router and the real store, as a compromised page would reach
 * them: only the main window may use them, every batch is parsed with its schema, and the page never names a file.
 */

let dir: string;
let store: SafetyCopyStore;
let call: RouterCall;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-safety-ipc-'));
  store = createSafetyCopyStore({ path: join(dir, 'safety-copy', 'log.records') });
  call = handlersThroughRouter(createSafetyCopyHandlers(store));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const good = () => ({ mark: T0, incidents: [incidentAt()], entries: [entryAt(T0)], incidentChecklists: [], checklistTemplates: [], settings: [] });
const copyFile = () => join(dir, 'safety-copy', 'log.records');

describe('the safety copy channels through the router', () => {
  it('the quick note and the checklist are refused every safety-copy channel; the main window is served', async () => {
    for (const window of ['quickNote', 'checklist'] as const) {
      await expect(call(window, 'writeSafetyCopy', good())).rejects.toThrowMessage(/refused writeSafetyCopy from this window/);
      await expect(call(window, 'readSafetyCopy', { from: 0 })).rejects.toThrowMessage(/refused readSafetyCopy from this window/);
      await expect(call(window, 'getSafetyCopyStatus')).rejects.toThrowMessage(/refused getSafetyCopyStatus from this window/);
    }
    expect(existsSync(copyFile())).toBe(false);
    await expect(call('main', 'writeSafetyCopy', good())).resolves.toMatchObject({ ok: true, status: { incidents: 1, entries: 1, mark: T0 } });
    await expect(call('main', 'readSafetyCopy', { from: 0 })).resolves.toMatchObject({ entries: [entryAt(T0)], next: null });
  });

  it('a batch that fails the schema is refused without writing anything', async () => {
    const broken = [
      { ...good(), entries: [{ ...entryAt(T0), kind: 'shell-command' }] },
      { ...good(), incidents: [{ ...incidentAt(), id: '' }] },
      { ...good(), entries: Array.from({ length: 5_001 }, (_, i) => entryAt(T0 + i)) },
      { ...good(), mark: -1 },
      'not a batch',
    ];
    for (const request of broken) await expect(call('main', 'writeSafetyCopy', request)).rejects.toThrowMessage(/refused writeSafetyCopy: the request is malformed/);
    expect(existsSync(copyFile())).toBe(false);
    await expect(call('main', 'getSafetyCopyStatus')).resolves.toMatchObject({ incidents: 0, entries: 0, problem: null });
  });

  it('the page cannot choose where the copy goes: a path in the request is dropped', async () => {
    const elsewhere = join(dir, 'elsewhere.records');
    await call('main', 'writeSafetyCopy', { ...good(), path: elsewhere, file: elsewhere });
    expect(existsSync(elsewhere)).toBe(false);
    expect(readdirSync(join(dir, 'safety-copy'))).toEqual(['log.records']);
  });
});
