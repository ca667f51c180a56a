import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableOutbox, type DurableItem } from '../../../src/main/durable-outbox';
import { removeDirectory, tempDirectory } from '../../comms/support/comms-app';

const ItemSchema = z.object({ id: z.string(), state: z.string(), attempts: z.number(), nextAttemptAt: z.number().nullable(), note: z.string() });
type Item = z.infer<typeof ItemSchema> & DurableItem;

let dir: string | null = null;
afterEach(() => {
  if (dir) removeDirectory(dir);
  dir = null;
});

function outbox(attempt: (item: Item) => Promise<Partial<Item>>, options: { now?: () => number; interrupted?: (item: Item, now: number) => Item } = {}) {
  dir ??= tempDirectory();
  return new DurableOutbox<Item>({ file: join(dir, 'outbox.json'), version: 1, itemSchema: ItemSchema, attempt, baseBackoffMs: 1_000, maxBackoffMs: 8_000, ...options });
}

describe('the durable outbox both exports and comms sends wait in', () => {
  it('keeps its items in a file: another instance (a restart) reads them, and one damaged item does not lose the others', () => {
    const first = outbox(async () => ({ state: 'done' }));
    first.items.push({ id: 'a', state: 'queued', attempts: 0, nextAttemptAt: 0, note: 'first' }, { id: 'b', state: 'failed', attempts: 2, nextAttemptAt: null, note: 'second' });
    first.save();
    const file = join(dir!, 'outbox.json');
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] };
    writeFileSync(file, JSON.stringify({ ...stored, items: [...stored.items, { id: 7, state: 'queued' }] }));
    expect(outbox(async () => ({})).items.map((i) => i.note)).toEqual(['first', 'second']);
  });

  it('an item caught mid-send by a quit goes back to the queue, unless its owner says otherwise', () => {
    const first = outbox(async () => ({}));
    first.items.push({ id: 'a', state: 'sending', attempts: 1, nextAttemptAt: null, note: 'x' });
    first.save();
    expect(outbox(async () => ({}), { now: () => 42 }).items[0]).toMatchObject({ state: 'queued', nextAttemptAt: 42 });
    expect(outbox(async () => ({}), { interrupted: (item) => ({ ...item, state: 'unknown' }) }).items[0]).toMatchObject({ state: 'unknown' });
  });

  it('sends only what is due, one at a time, with a doubling wait after each failure up to the cap', async () => {
    let now = 1_000_000;
    const seen: string[] = [];
    const queue = outbox(
      async (item) => {
        seen.push(item.id);
        return { state: 'queued', nextAttemptAt: now + queue.backoff(item.attempts) };
      },
      { now: () => now },
    );
    queue.items.push({ id: 'due', state: 'queued', attempts: 0, nextAttemptAt: now, note: '' }, { id: 'later', state: 'queued', attempts: 0, nextAttemptAt: now + 5_000, note: '' });
    await queue.flush();
    expect(seen).toEqual(['due']);
    expect([1, 2, 3, 4, 5].map((n) => queue.backoff(n))).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(queue.nextDue()).toBe(now + 1_000);
    now += 5_000;
    await queue.flush();
    expect(seen).toEqual(['due', 'due', 'later']);
  });

  it('a bug in an attempt leaves the item queued for later instead of stuck in "sending"', async () => {
    const queue = outbox(async () => {
      throw new Error('bug');
    });
    queue.items.push({ id: 'a', state: 'queued', attempts: 0, nextAttemptAt: 0, note: '' });
    await queue.flush();
    expect(queue.items[0]).toMatchObject({ state: 'queued', attempts: 1 });
  });
});
