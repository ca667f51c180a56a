import { readFileSync, truncateSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { writeFileAtomically } from './json-file';

/*
 * An append-only file of records that a crash cannot spoil: each record is [u32 length][u32 CRC-32 of the
 * payload][payload], little-endian. A crash can tear only the last record (short, or garbage where the disk had
 * not written it yet); reading stops at the first record that is short or fails its checksum, so every record
 * before it counts. Compaction replaces the whole file with one record (or a few) through a temporary file and a
 * rename (json-file.ts), so a crash leaves the old file or the new one. The team sync's documents (sync/doc-store.ts)
 * and the log's safety copy (safety-copy/) are kept this way.
 */

export const RECORD_HEADER_BYTES = 8;

/** One record's bytes, ready to append. */
export function encodeRecord(payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length);
  out.writeUInt32LE(payload.length, 0);
  out.writeUInt32LE(crc32(payload), 4);
  out.set(payload, RECORD_HEADER_BYTES);
  return out;
}

/** The whole records at the start of `bytes`, and where the first torn or damaged one begins. */
export function readRecords(bytes: Uint8Array): { records: Uint8Array[]; goodBytes: number } {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  let at = 0;
  while (at + RECORD_HEADER_BYTES <= view.length) {
    const length = view.readUInt32LE(at);
    const end = at + RECORD_HEADER_BYTES + length;
    if (end > view.length) break;
    const payload = view.subarray(at + RECORD_HEADER_BYTES, end);
    if (crc32(payload) !== view.readUInt32LE(at + 4)) break;
    records.push(payload);
    at = end;
  }
  return { records, goodBytes: at };
}

export interface LoadedRecords {
  records: Uint8Array[];
  /** Bytes of whole records: the file's length once a torn tail is cut. */
  goodBytes: number;
  /** Bytes after the last whole record (a torn tail); 0 for a clean file. */
  tornBytes: number;
}

function loaded(bytes: Buffer): LoadedRecords {
  const { records, goodBytes } = readRecords(bytes);
  return { records, goodBytes, tornBytes: bytes.length - goodBytes };
}

/** The records of the file at `path` (none when it does not exist yet). The file is not changed. */
export function loadRecordFile(path: string): LoadedRecords {
  try {
    return loaded(readFileSync(path));
  } catch {
    return loaded(Buffer.alloc(0));
  }
}

/** As loadRecordFile, reading the file off the calling thread. */
export async function loadRecordFileAsync(path: string): Promise<LoadedRecords> {
  try {
    return loaded(await readFile(path));
  } catch {
    return loaded(Buffer.alloc(0));
  }
}

/** Cuts a torn tail off, so the next append follows the last whole record. */
export function cutTornTail(path: string, loaded: LoadedRecords): void {
  if (loaded.tornBytes > 0) truncateSync(path, loaded.goodBytes);
}

/** Replaces the whole file with these records (crash-safe: the old file or the new); returns the file's new length. */
export function rewriteRecords(path: string, payloads: readonly Uint8Array[]): number {
  const whole = Buffer.concat(payloads.map(encodeRecord));
  writeFileAtomically(path, whole);
  return whole.length;
}

/** Replaces the whole file with one record (crash-safe); returns the file's new length. */
export function rewriteAsOneRecord(path: string, payload: Uint8Array): number {
  return rewriteRecords(path, [payload]);
}
