import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import {
  SAFETY_BATCH_MAX_BYTES,
  SAFETY_BATCH_MAX_ROWS,
  SAFETY_BATCH_TARGET_BYTES,
  SafetyCopyBatchSchema,
  safetyCopyRowsSchema,
  type SafetyCopyBatch,
  type SafetyCopyPage,
  type SafetyCopyStatus,
} from '../../shared/contract/safety-copy-channels';
import { EpochMsSchema } from '../../shared/domain/incident';
import { cutTornTail, encodeRecord, loadRecordFile, rewriteAsOneRecord } from '../record-file';
import { createFold, emptyRows, type SafetyCopyFold } from './safety-copy-fold';

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
 * Each append is flushed to the disk (fdatasync), off main's thread, so a power cut keeps what was written.
 */

/** Under V8's longest string (about 536 million characters), so the folded copy can always be written as one record. */
export const SAFETY_COPY_CAP_BYTES = 500_000_000;

/**
 * A record on disk: a batch as main kept it, or the whole copy folded into one (so without a batch's row limits),
 * with when it was written.
 */
const RecordSchema = safetyCopyRowsSchema().extend({ mark: SafetyCopyBatchSchema.shape.mark, writtenAt: EpochMsSchema });

export interface SafetyCopyStoreOptions {
  /** The file; main chooses it (app.getPath('userData')), never the page. */
  path: string;
  capBytes?: number;
  /** Fold the file into one record once this much was appended since the last fold, and more than the fold weighs. */
  compactAfterBytes?: number;
  now?: () => number;
}

export type SafetyCopyWriteResult = { ok: boolean; message: string; status: SafetyCopyStatus };

interface Loaded {
  fold: SafetyCopyFold;
  mark: number | null;
  lastWrittenAt: number | null;
  bytes: number;
  /** Bytes appended since the file was last one record (or loaded). */
  appended: number;
  /** The file's length when it was last one record. */
  compacted: number;
  /** Records this build could not read (a newer Sitrep's): a compaction would drop them, so there is none. */
  unread: number;
}

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

export function createSafetyCopyStore(options: SafetyCopyStoreOptions) {
  const capBytes = options.capBytes ?? SAFETY_COPY_CAP_BYTES;
  const compactAfter = options.compactAfterBytes ?? 16 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const { path } = options;
  let state: Loaded | null = null;
  let file: FileHandle | null = null;
  let problem: string | null = null;
  /** Writes one after another: each decides on the fold the previous one left. */
  let queue: Promise<unknown> = Promise.resolve();

  function load(): Loaded {
    if (state) return state;
    const loaded = loadRecordFile(path);
    const fold = createFold();
    let mark: number | null = null;
    let lastWrittenAt: number | null = null;
    let unread = 0;
    for (const bytes of loaded.records) {
      let record: z.infer<typeof RecordSchema>;
      try {
        record = RecordSchema.parse(JSON.parse(Buffer.from(bytes).toString('utf8')));
      } catch {
        // Whole and checksummed but not a record this build reads (a newer Sitrep's): keep reading the others.
        unread += 1;
        continue;
      }
      fold.apply(record);
      mark = record.mark ?? mark;
      lastWrittenAt = Math.max(lastWrittenAt ?? 0, record.writtenAt);
    }
    if (loaded.tornBytes > 0) {
      try {
        cutTornTail(path, loaded);
      } catch (error) {
        problem = diskProblem(error);
      }
    }
    state = { fold, mark, lastWrittenAt, bytes: loaded.goodBytes, appended: loaded.records.length > 1 ? loaded.goodBytes : 0, compacted: loaded.records.length > 1 ? 0 : loaded.goodBytes, unread };
    return state;
  }

  function status(): SafetyCopyStatus {
    const s = load();
    return {
      incidents: s.fold.count('incidents'),
      entries: s.fold.count('entries'),
      lastWrittenAt: s.lastWrittenAt,
      mark: s.mark,
      bytes: s.bytes,
      capBytes,
      problem,
    };
  }

  /** The whole fold as one record's payload, or null when it would not fit under the cap. */
  function foldedPayload(s: Loaded): Buffer | null {
    if (s.unread > 0) return null;
    try {
      const payload = Buffer.from(JSON.stringify({ ...s.fold.all(), mark: s.mark, writtenAt: s.lastWrittenAt ?? now() }), 'utf8');
      return payload.length + 8 <= capBytes ? payload : null;
    } catch {
      return null; // longer than a string can be
    }
  }

  async function compact(s: Loaded): Promise<boolean> {
    const payload = foldedPayload(s);
    if (!payload) return false;
    await file?.close();
    file = null;
    s.bytes = rewriteAsOneRecord(path, payload);
    s.compacted = s.bytes;
    s.appended = 0;
    return true;
  }

  const refuse = (message: string): SafetyCopyWriteResult => {
    problem = message;
    return { ok: false, message, status: status() };
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
    const s = load();
    const changes = s.fold.changes(batch);
    const rows = Object.values(changes).reduce((sum, list) => sum + list.length, 0);
    if (rows === 0 && (batch.mark === null || batch.mark === s.mark)) {
      problem = null;
      return { ok: true, message: 'The safety copy already held these rows.', status: status() };
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
        s.appended += record.length;
        if (s.appended >= compactAfter && s.appended > s.compacted) await compact(s);
      }
    } catch (error) {
      // What is on disk is the truth again: the next call reads it afresh.
      state = null;
      await file?.close().catch(() => undefined);
      file = null;
      return refuse(diskProblem(error));
    }
    problem = null;
    return { ok: true, message: `Kept ${rows.toLocaleString('en-US')} changed row${rows === 1 ? '' : 's'}.`, status: status() };
  }

  return {
    status,

    /** Keeps the rows of `batch` that are new or newer than the copy's (the router has parsed it). */
    write(batch: SafetyCopyBatch): Promise<SafetyCopyWriteResult> {
      const result = queue.then(() => writeNow(batch));
      queue = result.catch(() => undefined);
      return result;
    },

    /** A page of the copy from entry `from` on; the first page also carries the incidents, checklists and settings. */
    read(from: number): SafetyCopyPage {
      const all = load().fold.all();
      const page: SafetyCopyPage = { ...emptyRows(), next: null, totalEntries: all.entries.length };
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
