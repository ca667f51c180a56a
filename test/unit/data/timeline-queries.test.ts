import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addEntries, addEntry } from '../../../src/renderer/src/data/entry-repository';
import { deleteEntry } from '../../../src/renderer/src/data/entry-edits';
import { allTimeline, countTimeline, latestTimeline, latestTimelineEntry, timelineSlice } from '../../../src/renderer/src/data/timeline-queries';
import { compareEntries } from '../../../src/shared/domain/timeline-entry-factory';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { closeAll, declared, freshDatabase, secondWindow } from './data-test-helpers';

afterEach(closeAll);

const note = (incidentId: string, text: string, occurredAt: number) =>
  ({ incidentId, kind: 'note', text, author: 'Dana', source: 'composer', occurredAt }) as const;

/** Entries at shuffled times, many sharing a timestamp, so order depends on the tie-break. */
async function seedTimeline(count: number) {
  const db = freshDatabase();
  const incident = await declared(db);
  const other = await declared(db, 'Unrelated incident');
  const inputs = Array.from({ length: count }, (_, i) => note(incident.id, `entry ${i}`, 1_000 + ((i * 7919) % 13) * 1000));
  await addEntries(db, inputs);
  await addEntries(db, [note(other.id, 'not mine', 1_500)]);
  // Read without the order index the code under test uses.
  const expected = (await db.entries.filter((e) => e.incidentId === incident.id).toArray()).sort(compareEntries);
  return { db, incident, expected };
}

describe('timeline queries', () => {
  it('orders by occurredAt, then id, the same way every time for equal timestamps', async () => {
    const { db, incident, expected } = await seedTimeline(60);
    const timeline = await allTimeline(db, incident.id);
    expect(timeline.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(timeline.every((e) => e.incidentId === incident.id)).toBe(true);
    const sameTime = timeline.filter((e) => e.occurredAt === timeline[5]!.occurredAt);
    expect(sameTime.length).toBeGreaterThan(1);
    expect(await secondWindow(db).entries.filter((e) => e.incidentId === incident.id).count()).toBe(timeline.length);
    expect((await allTimeline(secondWindow(db), incident.id)).map((e) => e.id)).toEqual(timeline.map((e) => e.id));
  });

  it('pages through the timeline in slices that join up exactly, from either end', async () => {
    const { db, incident, expected } = await seedTimeline(75);
    const total = await countTimeline(db, incident.id);
    expect(total).toBe(expected.length);
    const pages: TimelineEntry[] = [];
    for (let offset = 0; offset < total; offset += 10) pages.push(...(await timelineSlice(db, incident.id, offset, 10)));
    expect(pages.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    // The last rows (read backwards from the end) and a window straddling the middle.
    expect(await timelineSlice(db, incident.id, total - 7, 50)).toEqual(expected.slice(total - 7));
    expect(await timelineSlice(db, incident.id, 30, 20)).toEqual(expected.slice(30, 50));
    expect(await timelineSlice(db, incident.id, total, 10)).toEqual([]);
    expect(await timelineSlice(db, incident.id, 0, 0)).toEqual([]);
  });

  it('reads the latest rows oldest first without counting, and all of a short timeline', async () => {
    const { db, incident, expected } = await seedTimeline(75);
    expect(await latestTimeline(db, incident.id, 20)).toEqual(expected.slice(-20));
    expect(await latestTimeline(db, incident.id, 500)).toEqual(expected);
    expect(await latestTimeline(db, incident.id, 0)).toEqual([]);
  });

  it('finds the newest entry that matches, and nothing when none does', async () => {
    const { db, incident, expected } = await seedTimeline(40);
    const even = (e: TimelineEntry) => Number(e.text.split(' ')[1]) % 2 === 0;
    expect(await latestTimelineEntry(db, incident.id, even)).toEqual(expected.filter(even).at(-1));
    expect(await latestTimelineEntry(db, incident.id, () => false)).toBeUndefined();
  });

  it('counts and shows tombstones, so a deleted line can be restored in place', async () => {
    const db = freshDatabase();
    const incident = await declared(db);
    const entry = await addEntry(db, note(incident.id, 'oops', 5_000));
    const before = await countTimeline(db, incident.id);
    await deleteEntry(db, entry.id);
    expect(await countTimeline(db, incident.id)).toBe(before);
    const shown = (await allTimeline(db, incident.id)).find((e) => e.id === entry.id);
    expect(shown?.deletedAt).not.toBeNull();
  });
});

describe('two windows', () => {
  it('see each other\'s writes through liveQuery', async () => {
    const windowA = freshDatabase();
    const incident = await declared(windowA);
    const windowB = secondWindow(windowA);
    const seenByB: number[] = [];
    const waiters: { count: number; resolve: () => void }[] = [];
    const nthAnswer = (count: number) =>
      new Promise<void>((resolve) => (seenByB.length >= count ? resolve() : waiters.push({ count, resolve })));
    const subscription = liveQuery(() => countTimeline(windowB, incident.id)).subscribe((count) => {
      seenByB.push(count);
      for (const waiter of waiters) if (seenByB.length >= waiter.count) waiter.resolve();
    });
    await nthAnswer(1);
    await addEntry(windowA, note(incident.id, 'written in window A', 9_000));
    await nthAnswer(2);
    subscription.unsubscribe();
    expect(seenByB[1]).toBe(seenByB[0]! + 1);
  });

  it('a live timeline slice in one window shows a note written in another', async () => {
    const windowA = freshDatabase();
    const incident = await declared(windowA);
    const windowB = secondWindow(windowA);
    const slices: string[][] = [];
    const waiters: { count: number; resolve: () => void }[] = [];
    const nthAnswer = (count: number) =>
      new Promise<void>((resolve) => (slices.length >= count ? resolve() : waiters.push({ count, resolve })));
    const subscription = liveQuery(() => timelineSlice(windowB, incident.id, 0, 50)).subscribe((slice) => {
      slices.push(slice.map((e) => e.text));
      for (const waiter of waiters) if (slices.length >= waiter.count) waiter.resolve();
    });
    await nthAnswer(1);
    await addEntry(windowA, note(incident.id, 'seen everywhere', Date.now()));
    await nthAnswer(2);
    subscription.unsubscribe();
    expect(slices[1]).toEqual([...slices[0]!, 'seen everywhere']);
  });
});
