import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSafetyCopyStore, type SafetyCopyStore } from '../../../src/main/safety-copy/safety-copy-store';
import { addEntries, addEntry } from '../../../src/renderer/src/data/entry-repository';
import { editEntry } from '../../../src/renderer/src/data/entry-edits';
import { mergeEntries } from '../../../src/renderer/src/data/merge-entries';
import { startSafetyCopyWriter } from '../../../src/renderer/src/safety-copy/safety-copy-writer';
import { useSafetyCopyState } from '../../../src/renderer/src/safety-copy/safety-copy-state';
import type { SitrepApi } from '../../../src/shared/contract/ipc-contract';
import type { SafetyCopyBatch } from '../../../src/shared/contract/safety-copy-channels';
import { closeAll, declared, freshDatabase, secondWindow } from '../data/data-test-helpers';

/*
 * The main window's writer against main's real store (a temporary file): whatever window writes to the log, the
 * copy follows; a failed send is tried again with the next change; a restart sends only what is newer.
 */

let dir: string;
let store: SafetyCopyStore;
const stops: (() => void)[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-safety-writer-'));
  store = createSafetyCopyStore({ path: join(dir, 'log.records') });
  useSafetyCopyState.setState({ status: null, problem: null });
});
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  closeAll();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The bridge as the preload gives it, on main's store; `sent` keeps every batch, `failNext` breaks one send. */
function bridgeOn(target: () => SafetyCopyStore) {
  const sent: SafetyCopyBatch[] = [];
  let failNext = false;
  const bridge = {
    getSafetyCopyStatus: async () => target().status(),
    writeSafetyCopy: async (batch: SafetyCopyBatch) => {
      if (failNext) {
        failNext = false;
        throw new Error("Error invoking remote method 'safety-copy:write': main is busy");
      }
      sent.push(batch);
      return target().write(structuredClone(batch));
    },
    readSafetyCopy: async ({ from }: { from: number }) => target().read(from),
  } as unknown as SitrepApi;
  return { bridge, sent, failOnce: () => (failNext = true) };
}
const note = (incidentId: string, text: string) => ({ incidentId, kind: 'note', text, author: 'Dana', source: 'composer' }) as const;
/** Waits for a condition, with room for a loaded machine (the writer runs on timers and live queries). */
const until = (check: () => unknown) => vi.waitFor(check, { timeout: 10_000, interval: 20 });
const texts = async () => (await store.read(0)).entries.map((e) => e.text);

describe('the safety copy writer', () => {
  it('keeps the copy following the log: notes from another window, edits, the incident and the settings', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const { bridge } = bridgeOn(() => store);
    stops.push(startSafetyCopyWriter(db, bridge, { intervalMs: 20 }));
    const quickNote = secondWindow(db);
    const first = await addEntry(quickNote, note(incident.id, 'Paged the on-call'));
    await addEntry(quickNote, note(incident.id, 'Failover started'));
    await until(async () => expect(await texts()).toEqual(expect.arrayContaining(['Paged the on-call', 'Failover started'])));
    await editEntry(db, first.id, { text: 'Paged the DB on-call' });
    await until(async () => expect(await texts()).toContain('Paged the DB on-call'));
    expect(await texts()).not.toContain('Paged the on-call');
    expect((await store.read(0)).incidents.map((i) => i.title)).toEqual([incident.title]);
    await until(async () => expect(useSafetyCopyState.getState().status?.entries).toBe((await store.status()).entries));
  });

  it("a teammate's edit made a minute ago, merged now, reaches the copy though its times are older than the mark", async () => {
    const db = freshDatabase();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 60_000);
    const incident = await declared(db);
    const original = await addEntry(db, note(incident.id, 'Rolled back the deploy'));
    vi.useRealTimers();
    const { bridge } = bridgeOn(() => store);
    stops.push(startSafetyCopyWriter(db, bridge, { intervalMs: 20 }));
    await until(async () => expect(await store.status()).toMatchObject({ entries: 2, mark: expect.any(Number) }));

    // Edited on another machine 55 s ago; team sync merges it now, keeping its times.
    const theirs = { ...original, text: 'Rolled back the deploy (v412 to v411)', editedAt: original.capturedAt + 5_000, changedAt: original.capturedAt + 5_000 };
    await mergeEntries(secondWindow(db), [theirs]);
    await until(async () => expect(await texts()).toContain('Rolled back the deploy (v412 to v411)'));
  });

  it('a send that fails is tried again with the next change, and Settings hears of it until then', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const { bridge, failOnce } = bridgeOn(() => store);
    stops.push(startSafetyCopyWriter(db, bridge, { intervalMs: 20 }));
    await until(async () => expect((await store.status()).incidents).toBe(1));
    failOnce();
    await addEntry(db, note(incident.id, 'Lost in transit?'));
    await until(() => expect(useSafetyCopyState.getState().problem).toMatch(/^The safety copy could not be handed to Sitrep's main process \(.*main is busy\)\. Sitrep tries again with the next change\.$/));
    expect(await texts()).not.toContain('Lost in transit?');
    await addEntry(db, note(incident.id, 'Next note'));
    await until(async () => expect(await texts()).toEqual(expect.arrayContaining(['Lost in transit?', 'Next note'])));
    expect(useSafetyCopyState.getState().problem).toBeNull();
  });

  it("main's refusal shows as it said it", async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const tiny = createSafetyCopyStore({ path: join(dir, 'tiny.records'), capBytes: 3_000 });
    const { bridge } = bridgeOn(() => tiny);
    stops.push(startSafetyCopyWriter(db, bridge, { intervalMs: 20 }));
    await addEntry(db, note(incident.id, 'x'.repeat(4_000)));
    await until(() => expect(useSafetyCopyState.getState().problem).toMatch(/^The safety copy is full \(3 KB\)/));
    await tiny.close();
  });

  it('an empty copy gets the whole log; after a restart only what changed since the mark main kept travels', async () => {
    const db = freshDatabase();
    // A log written a minute ago, before Sitrep had a safety copy.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 60_000);
    const incident = await declared(db);
    // More than one page of the first pass (2,000 entries), so it goes in several.
    await addEntries(db, Array.from({ length: 4_500 }, (_, i) => note(incident.id, `before ${i}`)));
    vi.useRealTimers();

    const firstRun = bridgeOn(() => store);
    const stop = startSafetyCopyWriter(db, firstRun.bridge, { intervalMs: 20 });
    await until(async () => expect(await store.status()).toMatchObject({ entries: 4_501, mark: expect.any(Number) }));
    expect(await texts()).toEqual(expect.arrayContaining(['before 0', 'before 2000', 'before 4499']));
    expect(firstRun.sent.filter((b) => b.entries.length > 0).length).toBeGreaterThanOrEqual(3);
    stop();

    const secondRun = bridgeOn(() => store);
    stops.push(startSafetyCopyWriter(db, secondRun.bridge, { intervalMs: 20 }));
    await addEntry(db, note(incident.id, 'after the restart'));
    await until(async () => expect(await texts()).toContain('after the restart'));
    const resent = secondRun.sent.flatMap((b) => b.entries.map((e) => e.text));
    expect(resent).toContain('after the restart');
    expect(resent.filter((t) => t.startsWith('before '))).toEqual([]);
  });
});
