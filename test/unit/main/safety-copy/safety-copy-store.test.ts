import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSafetyCopyStore } from '../../../../src/main/safety-copy/safety-copy-store';
import { encodeRecord, readRecords } from '../../../../src/main/record-file';
import { SAFETY_BATCH_MAX_BYTES, type SafetyCopyBatch } from '../../../../src/shared/contract/safety-copy-channels';
import { entryAt, incidentAt, MIN, T0 } from '../../../support/domain-fixtures';

/* The log's safety copy in main: what one run keeps, the next run reads back, whatever the page sent. */

let dir: string;
let path: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-safety-copy-'));
  path = join(dir, 'safety-copy', 'log.records');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const batch = (rows: Partial<SafetyCopyBatch>): SafetyCopyBatch => ({
  mark: null,
  incidents: [],
  entries: [],
  incidentChecklists: [],
  checklistTemplates: [],
  settings: [],
  ...rows,
});
let clock = T0 + 60 * MIN;
const run = (options: { capBytes?: number; compactAfterBytes?: number } = {}) => createSafetyCopyStore({ path, now: () => clock, ...options });

describe('the safety copy store', () => {
  it('keeps what was written, and a new run reads it back folded by id with the mark and the time it was written', async () => {
    const first = run();
    const notes = [0, 1, 2].map((i) => entryAt(T0 + i * MIN, { text: `note ${i}` }));
    await expect(first.write(batch({ incidents: [incidentAt()], entries: notes.slice(0, 2), mark: T0 + 5 * MIN }))).resolves.toMatchObject({ ok: true });
    clock += 1_000;
    const renamed = incidentAt({ title: 'Checkout returns 502', updatedAt: T0 + 3 * MIN });
    await first.write(batch({ incidents: [renamed], entries: [notes[2]!], settings: [{ key: 'userName', value: 'Dana' }], mark: T0 + 9 * MIN }));
    await first.close();

    const second = run();
    expect(await second.status()).toMatchObject({ incidents: 1, entries: 3, lastWrittenAt: clock, mark: T0 + 9 * MIN, problem: null });
    const page = await second.read(0);
    expect(page.incidents).toEqual([renamed]);
    expect(page.entries).toEqual(notes);
    expect(page.settings).toEqual([{ key: 'userName', value: 'Dana' }]);
    expect(page).toMatchObject({ next: null, totalEntries: 3 });
  });

  it('an older copy of an entry sent later does not undo an edit, and rows it already holds are not written again', async () => {
    const store = run();
    const original = entryAt(T0, { text: 'DB failover started' });
    const edited = { ...original, text: 'DB failover started (eu-west)', editedAt: T0 + 2 * MIN, changedAt: T0 + 2 * MIN };
    await store.write(batch({ incidents: [incidentAt()], entries: [edited], mark: T0 }));
    const size = statSync(path).size;
    const late = await store.write(batch({ incidents: [incidentAt()], entries: [original, edited] }));
    expect(late).toMatchObject({ ok: true, message: 'The safety copy already held these rows.' });
    expect(statSync(path).size).toBe(size);
    await store.close();
    expect((await run().read(0)).entries).toEqual([edited]);
  });

  it('cuts a torn last record (a crash mid-append) and keeps every whole one before it', async () => {
    const first = run();
    await first.write(batch({ incidents: [incidentAt()], entries: [entryAt(T0, { text: 'first' })] }));
    await first.write(batch({ entries: [entryAt(T0 + MIN, { text: 'second' })] }));
    await first.close();
    const whole = statSync(path).size;
    // Half a record: its header promises more bytes than the disk got.
    appendFileSync(path, Buffer.from([200, 0, 0, 0, 1, 2, 3, 4, 123, 34]));

    const second = run();
    expect((await second.read(0)).entries.map((e) => e.text)).toEqual(['first', 'second']);
    expect(statSync(path).size).toBe(whole);
    await second.write(batch({ entries: [entryAt(T0 + 2 * MIN, { text: 'third' })] }));
    await second.close();
    expect(readRecords(readFileSync(path)).goodBytes).toBe(statSync(path).size);
    expect((await run().read(0)).entries.map((e) => e.text)).toEqual(['first', 'second', 'third']);
  });

  it('refuses a batch over the limit with a clear message and writes nothing', async () => {
    const store = run();
    await store.write(batch({ incidents: [incidentAt()] }));
    const size = statSync(path).size;
    // Nine entries of a megabyte each: a page could send them, main will not take them in one batch.
    const huge = Array.from({ length: 9 }, (_, i) => entryAt(T0 + i, { text: 'x'.repeat(1_000_000) }));
    const result = await store.write(batch({ entries: huge }));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/refused a safety-copy batch of 9(\.\d)? MB \(the most is 8\.4 MB\)\. Nothing was written\./);
    expect(result.status).toMatchObject({ entries: 0, problem: result.message });
    expect(statSync(path).size).toBe(size);
    expect(JSON.stringify(huge).length).toBeGreaterThan(SAFETY_BATCH_MAX_BYTES);
    await store.close();
  });

  it('stops at its cap with a status that says so, instead of filling the disk; what it held stays readable', async () => {
    const store = run({ capBytes: 20_000 });
    await store.write(batch({ incidents: [incidentAt()], entries: [entryAt(T0, { text: 'kept' })] }));
    const result = await store.write(batch({ entries: [entryAt(T0 + MIN, { text: 'y'.repeat(30_000) })] }));
    expect(result).toMatchObject({ ok: false, status: { entries: 1, capBytes: 20_000 } });
    expect(result.message).toMatch(/^The safety copy is full \(20 KB\), so Sitrep stopped adding to it\. Your log is not affected/);
    expect((await run().status()).problem).toBeNull(); // a new run has not been refused yet
    expect(statSync(path).size).toBeLessThanOrEqual(20_000);
    expect((await store.status()).problem).toBe(result.message);
    expect((await run().read(0)).entries.map((e) => e.text)).toEqual(['kept']);
    await store.close();
  });

  it('at its cap, folds the same rows sent many times into one record to make room', async () => {
    const store = run({ capBytes: 6_000, compactAfterBytes: 1 << 30 });
    const entry = entryAt(T0, { text: 'z'.repeat(1_500) });
    await store.write(batch({ incidents: [incidentAt()], entries: [entry] }));
    // Each edit is a new copy of the one entry: the file grows, the fold does not.
    for (let i = 1; i <= 4; i += 1) {
      const result = await store.write(batch({ entries: [{ ...entry, editedAt: T0 + i, changedAt: T0 + i }] }));
      expect(result.ok).toBe(true);
    }
    await store.close();
    expect(readRecords(readFileSync(path)).records.length).toBeLessThan(5);
    expect((await run().read(0)).entries).toEqual([{ ...entry, editedAt: T0 + 4, changedAt: T0 + 4 }]);
  });

  it('compacts a file grown with copies of the same rows (edits) into one record that reads back the same', async () => {
    const store = run({ compactAfterBytes: 4_000 });
    const notes = Array.from({ length: 10 }, (_, i) => entryAt(T0 + i * 1_000, { text: `note ${i} ${'·'.repeat(100)}` }));
    await store.write(batch({ incidents: [incidentAt()] }));
    let latest = notes;
    for (let edit = 1; edit <= 4; edit += 1) {
      latest = notes.map((e) => ({ ...e, text: `${e.text} (edit ${edit})`, editedAt: T0 + edit * MIN, changedAt: T0 + edit * MIN }));
      for (const entry of latest) await store.write(batch({ entries: [entry], mark: T0 + edit * MIN }));
    }
    await store.close();
    expect(readRecords(readFileSync(path)).records.length).toBeLessThan(20);
    const again = run();
    expect((await again.read(0)).entries).toEqual(latest);
    expect((await again.status()).mark).toBe(T0 + 4 * MIN);
  });

  it('pages a large copy for a restore, compacted into a record larger than a batch: the small tables on the first page, every entry exactly once', async () => {
    const first = run({ compactAfterBytes: 1_000_000 });
    const many = Array.from({ length: 12_000 }, (_, i) => entryAt(T0 + i, { id: `e-${String(i).padStart(5, '0')}` }));
    await first.write(batch({ incidents: [incidentAt()] }));
    // Sent three times over (edited each time), so folding them saves rows and the file is compacted.
    for (const version of [many, ...[1, 2].map((k) => many.map((e) => ({ ...e, changedAt: T0 + k * 20_000 })))]) {
      for (let i = 0; i < version.length; i += 5_000) await first.write(batch({ entries: version.slice(i, i + 5_000) }));
    }
    await first.close();
    // More rows than one batch may carry, in one record: the next run reads them all.
    const sizes = readRecords(readFileSync(path)).records.map((r) => (JSON.parse(Buffer.from(r).toString('utf8')) as { entries: unknown[] }).entries.length);
    expect(Math.max(...sizes)).toBe(12_000);
    const store = run();
    const seen: string[] = [];
    let from: number | null = 0;
    let pages = 0;
    while (from !== null) {
      const page = await store.read(from);
      expect(page.incidents).toHaveLength(pages === 0 ? 1 : 0);
      // Only the first page carries the small tables; a later one has none of their rows.
      if (pages > 0) expect([page.incidentChecklists, page.checklistTemplates, page.settings]).toEqual([[], [], []]);
      seen.push(...page.entries.map((e) => e.id));
      from = page.next;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(many.map((e) => e.id));
    expect((await store.read(0)).entries[0]).toMatchObject({ changedAt: T0 + 40_000 });
    await store.close();
  });

  it('writes a large fold as several records of a few megabytes, so loading it can let other calls in between', async () => {
    const store = run({ compactAfterBytes: 1_000_000 });
    const big = Array.from({ length: 6 }, (_, i) => entryAt(T0 + i, { text: `${i} ${'w'.repeat(900_000)}` }));
    await store.write(batch({ incidents: [incidentAt()] }));
    for (const version of [big, big.map((e) => ({ ...e, changedAt: T0 + MIN }))]) {
      for (const entry of version) await store.write(batch({ entries: [entry] }));
    }
    await store.close();
    const records = readRecords(readFileSync(path)).records;
    expect(records.length).toBeGreaterThan(1);
    expect(Math.max(...records.map((r) => r.length))).toBeLessThan(6_000_000);
    expect((await run().read(0)).totalEntries).toBe(6);
    const all: string[] = [];
    const again = run();
    for (let from: number | null = 0; from !== null; ) {
      const page = await again.read(from);
      all.push(...page.entries.map((e) => `${e.changedAt}:${e.text.length}`));
      from = page.next;
    }
    expect(all).toEqual(big.map((e) => `${T0 + MIN}:${e.text.length}`));
  });

  it('never compacts away a record it cannot read (a newer Sitrep wrote it)', async () => {
    const first = run();
    await first.write(batch({ incidents: [incidentAt()], entries: [entryAt(T0)] }));
    await first.close();
    const newer = encodeRecord(Buffer.from(JSON.stringify({ format: 2, rows: 'compressed' }), 'utf8'));
    appendFileSync(path, newer);
    const store = run({ compactAfterBytes: 100 });
    for (let i = 1; i <= 5; i += 1) await store.write(batch({ entries: [entryAt(T0 + i)] }));
    await store.close();
    expect(readFileSync(path).includes(newer)).toBe(true);
    expect(await run().status()).toMatchObject({ entries: 6, problem: expect.stringMatching(/^1 part of the safety copy could not be read \(a newer Sitrep may have written it\)/) });
  });

  it('a missing file is an empty copy, and reading it creates nothing', async () => {
    expect(await run().status()).toMatchObject({ incidents: 0, entries: 0, lastWrittenAt: null, mark: null, bytes: 0 });
    expect(existsSync(path)).toBe(false);
  });
});
