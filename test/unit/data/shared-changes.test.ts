import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addEntry } from '../../../src/renderer/src/data/entry-repository';
import { deleteEntry, editEntry, restoreEntry } from '../../../src/renderer/src/data/entry-edits';
import { mergeEntries } from '../../../src/renderer/src/data/merge-entries';
import { sharedChangesReader } from '../../../src/renderer/src/data/shared-changes';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';

afterEach(() => {
  vi.useRealTimers();
  closeAll();
});

const note = (incidentId: string, text: string) => ({ incidentId, kind: 'note', text, author: 'Dana', source: 'composer' }) as const;

/**
 * Team sync's outgoing side as the main window runs it: a live query over the reader, in one window, while
 * notes are written in another. Every answer is kept, so a test can ask what was handed over since a point.
 */
function handedOver(db: ReturnType<typeof freshDatabase>, shared: string[]) {
  const answers: TimelineEntry[][] = [];
  let wake = () => undefined as void;
  const reader = sharedChangesReader(db, shared);
  const subscription = liveQuery(() => reader.read()).subscribe((rows) => {
    answers.push(rows);
    wake();
  });
  return {
    answers,
    /** Waits until an answer holds an entry that matches; the test times out if none ever does. */
    async until(matches: (entry: TimelineEntry) => boolean): Promise<TimelineEntry[]> {
      for (;;) {
        const found = answers.find((rows) => rows.some(matches));
        if (found) return found;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    stop: () => subscription.unsubscribe(),
  };
}

describe('what team sync hands to main', () => {
  it('starts with every entry of the shared incidents, then only what arrived or changed, never other incidents', async () => {
    const db = freshDatabase();
    const shared = await declared(db, 'Shared incident');
    const privateOne = await declared(db, 'Private incident');
    // Written an hour ago (the clock moved back for them): long before anything the reader is asked for later.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 3_600_000 });
    for (let i = 0; i < 30; i++) await addEntry(db, note(shared.id, `Earlier note ${i}`));
    const old = await addEntry(db, note(shared.id, 'Will be edited later'));
    vi.useRealTimers();
    const out = handedOver(secondWindow(db), [shared.id]);

    const first = await out.until((e) => e.id === old.id);
    expect(first.filter((e) => e.text.startsWith('Earlier note'))).toHaveLength(30);

    await addEntry(db, note(privateOne.id, 'Private: never leaves this machine'));
    const typed = await addEntry(db, note(shared.id, 'Typed after the start'));
    const afterTyping = await out.until((e) => e.id === typed.id);
    // Not the whole incident again: only rows stamped within the last moments.
    expect(afterTyping.some((e) => e.text.startsWith('Earlier note'))).toBe(false);

    await editEntry(db, old.id, { text: 'Edited long after it was written' });
    await out.until((e) => e.id === old.id && e.text === 'Edited long after it was written');
    await deleteEntry(db, old.id);
    await out.until((e) => e.id === old.id && e.deletedAt !== null);
    await restoreEntry(db, old.id);
    const restored = await out.until((e) => e.id === old.id && e.deletedAt === null && e.text.startsWith('Edited'));
    expect(restored.length).toBeLessThan(10);

    expect(out.answers.flat().some((e) => e.incidentId === privateOne.id)).toBe(false);
    out.stop();
  });

  it('hands over entries that reached this log from elsewhere, whatever their own times', async () => {
    const db = freshDatabase();
    const shared = await declared(db);
    const out = handedOver(secondWindow(db), [shared.id]);
    await out.until((e) => e.incidentId === shared.id);
    const longAgo = Date.now() - 6 * 3_600_000;
    await mergeEntries(db, [
      {
        id: 'imported-1', incidentId: shared.id, kind: 'note', text: 'From the channel, hours ago', occurredAt: longAgo, capturedAt: longAgo,
        editedAt: null, originalOccurredAt: null, author: 'Sam', source: 'import', deletedAt: null, milestone: null,
      },
    ]);
    expect((await out.until((e) => e.id === 'imported-1')).length).toBeLessThan(5);
    out.stop();
  });
});
