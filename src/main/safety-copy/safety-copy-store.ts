import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import {
  SAFETY_BATCH_MAX_BYTES,
  SAFETY_BATCH_MAX_ROWS,
  SAFETY_BATCH_TARGET_BYTES,
  SafetyCopyBatchSchema,
  safetyCopyRowsSchema,
  type SafetyCopyBatch,
  type SafetyCopyPage,
  type SafetyCopyRows,
  type SafetyCopyStatus,
} from '../../shared/contract/safety-copy-channels';
import { EpochMsSchema } from '../../shared/domain/incident';
import { cutTornTail, encodeRecord, loadRecordFileAsync, rewriteRecords } from '../record-file';
import { createFold, type SafetyCopyFold } from './safety-copy-fold';
import { noSafetyCopyRows } from '../../shared/contract/bridge-constants';

/*
 * The log's safety copy on disk, outside IndexedDB (where Chromium may delete the whole log after a crash that
 * damaged its files). One record file (record-file.ts): each record is one batch of rows that changed, as JSON,
 * with when it was written and the writer's mark. Read back, the records fold by id (safety-copy-fold.ts).
 *
 * The page is not trusted to be sensible: a batch over SAFETY_BATCH_MAX_BYTES is refused, and so is one that
 * would take the file over its cap (after a compaction has tried to make room), with a status that says so,
 * rather than filling the disk. Rows the copy already holds as they are are not written again, so the page
 * sending the same rows twice (it re-reads the last seconds on each pass) costs nothing on disk.
 *
 * Main's thread is shared with every window's calls (the quick-note hotkey too), so the file is read off it and
 * parsed a record at a time with a turn of the event loop between records; compaction therefore writes the fold
 * as records of a few megabytes each, not as one. Each append is flushed to the disk (fdatasync), off the thread.
 */

/** Far above any real log (200,000 typical entries take about 60 MB); a page that floods it is stopped here. */
export const SAFETY_COPY_CAP_BYTES = 500_000_000;
/** About this much JSON per record when the fold is written anew. */
const COMPACT_RECORD_BYTES = 4 * 1024 * 1024;

/** A record on disk: a batch as main kept it, or a part of the folded copy (without a batch's row limits). */
const RecordSchema = safetyCopyRowsSchema().extend({ mark: SafetyCopyBatchSchema.shape.mark, writtenAt: EpochMsSchema });

export interface SafetyCopyStoreOptions {
  /** The file; main chooses it (app.getPath('userData')), never the page. */
  path: string;
  capBytes?: number;
  /** Fold the file anew once it is this large and holds at least twice the rows the fold does. */
  compactAfterBytes?: number;
  now?: () => number;
}

export type SafetyCopyWriteResult = { ok: boolean; message: string; status: SafetyCopyStatus };

interface Loaded {
  fold: SafetyCopyFold;
  mark: number | null;
  lastWrittenAt: number | null;
  bytes: number;
  /** Rows in the file's records, copies of one row counted each time: against the fold's, what compaction saves. */
  rowsInFile: number;
  /** Records this build could not read (a newer Sitrep's): a compaction would drop them, so there is none. */
  unread: number;
}

const tables = Object.keys(noSafetyCopyRows()) as (keyof SafetyCopyRows)[];
const rowCount = (rows: SafetyCopyRows): number => tables.reduce((sum, table) => sum + rows[table].length, 0);

const megabytes = (bytes: number): string =>
  bytes < 1_000_000 ? `${Math.round(bytes / 1_000)} KB` : `${(bytes / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

function diskProblem(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ENOSPC') return 'The disk is full, so the safety copy could not be written. Free some disk space; Sitrep writes it again with the next change.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return 'Sitrep may not write its safety copy in its data folder. Check that the folder is writable; Sitrep tries again with the next change.';
  }
  return `The safety copy could not be written (${error instanceof Error ? error.message : String(error)}). Sitrep tries again with the next change.`;
}

/** The fold as records of about COMPACT_RECORD_BYTES, built from each row's JSON once. */
function foldedRecords(rows: SafetyCopyRows, mark: number | null, writtenAt: number): Buffer[] {
  const records: Buffer[] = [];
  let parts = new Map<keyof SafetyCopyRows, string[]>();
  let size = 0;
  const flush = () => {
    const body = tables.map((table) => `${JSON.stringify(table)}:[${(parts.get(table) ?? []).join(',')}]`).join(',');
    records.push(Buffer.from(`{${body},"mark":${JSON.stringify(mark)},"writtenAt":${writtenAt}}`, 'utf8'));
    parts = new Map();
    size = 0;
  };
  for (const table of tables) {
    for (const row of rows[table]) {
      const json = JSON.stringify(row);
      if (size > 0 && size + json.length > COMPACT_RECORD_BYTES) flush();
      const part = parts.get(table);
      if (part) part.push(json);
      else parts.set(table, [json]);
      size += json.length;
    }
  }
  if (size > 0 || records.length === 0) flush();
  return records;
}

export function createSafetyCopyStore(options: SafetyCopyStoreOptions) {
  const capBytes = options.capBytes ?? SAFETY_COPY_CAP_BYTES;
  const compactAfter = options.compactAfterBytes ?? 16 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const { path } = options;
  let state: Loaded | null = null;
  let loading: Promise<Loaded> | null = null;
  let file: FileHandle | null = null;
  let problem: string | null = null;
  /** Writes one after another: each decides on the fold the previous one left. */
  let queue: Promise<unknown> = Promise.resolve();

  async function readFile(): Promise<Loaded> {
    const loaded = await loadRecordFileAsync(path);
    const fold = createFold();
    const s: Loaded = { fold, mark: null, lastWrittenAt: null, bytes: loaded.goodBytes, rowsInFile: 0, unread: 0 };
    for (const [i, bytes] of loaded.records.entries()) {
      if (i > 0) await nextTurn(); // let other calls in between
      let record: z.infer<typeof RecordSchema>;
      try {
        record = RecordSchema.parse(JSON.parse(Buffer.from(bytes).toString('utf8')));
      } catch {
        // Whole and checksummed but not a record this build reads (a newer Sitrep's): keep reading the others.
        s.unread += 1;
        continue;
      }
      fold.apply(record);
      s.rowsInFile += rowCount(record);
      s.mark = record.mark ?? s.mark;
      s.lastWrittenAt = Math.max(s.lastWrittenAt ?? 0, record.writtenAt);
    }
    if (s.unread > 0) {
      problem = `${s.unread} part${s.unread === 1 ? '' : 's'} of the safety copy could not be read (a newer Sitrep may have written ${s.unread === 1 ? 'it' : 'them'}); they are kept as they are. Update Sitrep to read them.`;
    }
    if (loaded.tornBytes > 0) {
      try {
        cutTornTail(path, loaded);
      } catch (error) {
        problem = diskProblem(error);
      }
    }
    return s;
  }

  function load(): Promise<Loaded> {
    if (state) return Promise.resolve(state);
    loading ??= readFile().then(
      (s) => {
        loading = null;
        return (state = s);
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  }

  const statusOf = (s: Loaded): SafetyCopyStatus => ({
    incidents: s.fold.count('incidents'),
    entries: s.fold.count('entries'),
    lastWrittenAt: s.lastWrittenAt,
    mark: s.mark,
    bytes: s.bytes,
    capBytes,
    problem,
  });

  /** Rewrites the file as the fold; false when it would not fit under the cap, or would drop unread records. */
  async function compact(s: Loaded): Promise<boolean> {
    if (s.unread > 0) return false;
    const records = foldedRecords(s.fold.all(), s.mark, s.lastWrittenAt ?? now());
    if (records.reduce((sum, r) => sum + r.length + 8, 0) > capBytes) return false;
    await file?.close();
    file = null;
    s.bytes = rewriteRecords(path, records);
    s.rowsInFile = tables.reduce((sum, table) => sum + s.fold.count(table), 0);
    return true;
  }

  const refuse = async (message: string): Promise<SafetyCopyWriteResult> => {
    problem = message;
    return { ok: false, message, status: statusOf(await load()) };
  };

  async function writeNow(batch: SafetyCopyBatch): Promise<SafetyCopyWriteResult> {
    let size: number;
    try {
      size = Buffer.byteLength(JSON.stringify(batch), 'utf8');
    } catch {
      return refuse('Sitrep refused a safety-copy batch it could not read. Nothing was written.');
    }
    if (size > SAFETY_BATCH_MAX_BYTES) {
      return refuse(`Sitrep refused a safety-copy batch of ${megabytes(size)} (the most is ${megabytes(SAFETY_BATCH_MAX_BYTES)}). Nothing was written.`);
    }
    const s = await load();
    const changes = s.fold.changes(batch);
    const rows = rowCount(changes);
    if (rows === 0 && (batch.mark === null || batch.mark === s.mark)) {
      problem = null;
      return { ok: true, message: 'The safety copy already held these rows.', status: statusOf(s) };
    }
    const writtenAt = now();
    const mark = batch.mark ?? s.mark;
    const record = encodeRecord(Buffer.from(JSON.stringify({ ...changes, mark, writtenAt }), 'utf8'));
    try {
      if (s.bytes + record.length > capBytes) {
        // Room may be made by folding what is there: the same rows sent many times take one place.
        s.fold.apply(changes);
        s.mark = mark;
        s.lastWrittenAt = writtenAt;
        if (!(await compact(s))) {
          state = null; // the fold now holds rows the file does not: read the file again
          return refuse(
            `The safety copy is full (${megabytes(capBytes)}), so Sitrep stopped adding to it. Your log is not affected; export a backup (Settings → Backup) to keep a copy of what is new.`,
          );
        }
      } else {
        if (!file) {
          mkdirSync(dirname(path), { recursive: true });
          file = await open(path, 'a');
        }
        await file.write(record);
        await file.datasync();
        s.fold.apply(changes);
        s.mark = mark;
        s.lastWrittenAt = writtenAt;
        s.bytes += record.length;
        s.rowsInFile += rows;
        const foldRows = tables.reduce((sum, table) => sum + s.fold.count(table), 0);
        if (s.bytes >= compactAfter && s.rowsInFile >= 2 * foldRows) await compact(s);
      }
    } catch (error) {
      // What is on disk is the truth again: the next call reads it afresh.
      state = null;
      await file?.close().catch(() => undefined);
      file = null;
      return refuse(diskProblem(error));
    }
    problem = null;
    return { ok: true, message: `Kept ${rows.toLocaleString('en-US')} changed row${rows === 1 ? '' : 's'}.`, status: statusOf(s) };
  }

  return {
    async status(): Promise<SafetyCopyStatus> {
      return statusOf(await load());
    },

    /** Keeps the rows of `batch` that are new or newer than the copy's (the router has parsed it). */
    write(batch: SafetyCopyBatch): Promise<SafetyCopyWriteResult> {
      const result = queue.then(() => writeNow(batch));
      queue = result.catch(() => undefined);
      return result;
    },

    /** A page of the copy from entry `from` on; the first page also carries the incidents, checklists and settings. */
    async read(from: number): Promise<SafetyCopyPage> {
      const all = (await load()).fold.all();
      const page: SafetyCopyPage = { ...noSafetyCopyRows(), next: null, totalEntries: all.entries.length };
      if (from === 0) Object.assign(page, { ...all, entries: [] });
      let bytes = 0;
      let at = from;
      while (at < all.entries.length && page.entries.length < SAFETY_BATCH_MAX_ROWS) {
        const entry = all.entries[at]!;
        bytes += entry.text.length;
        if (page.entries.length > 0 && bytes > SAFETY_BATCH_TARGET_BYTES) break;
        page.entries.push(entry);
        at += 1;
      }
      page.next = at < all.entries.length ? at : null;
      return page;
    },

    async close(): Promise<void> {
      await queue;
      await file?.close();
      file = null;
    },
  };
}
export type SafetyCopyStore = ReturnType<typeof createSafetyCopyStore>;
