import { noSafetyCopyRows, SAFETY_BATCH_MAX_ROWS, SAFETY_BATCH_TARGET_BYTES } from '../../../shared/contract/bridge-constants';
import type { SafetyCopyBatch, SafetyCopyRows } from '../../../shared/contract/safety-copy-channels';

type Table = keyof SafetyCopyRows;
export type RowOf<T extends Table> = SafetyCopyRows[T][number];

const encoder = new TextEncoder();
/** A row's size as main measures it: its JSON in UTF-8 bytes. */
const bytesOf = (row: unknown): number => encoder.encode(JSON.stringify(row)).byteLength;


/**
 * Packs rows into batches main takes: about SAFETY_BATCH_TARGET_BYTES each (a single larger row goes alone; main
 * allows one entry of the largest size), and no more rows of a table than it allows. Marks are set by the caller.
 */
export function packBatches(rows: SafetyCopyRows): SafetyCopyBatch[] {
  const batches: SafetyCopyBatch[] = [];
  let current = { ...noSafetyCopyRows(), mark: null } as SafetyCopyBatch;
  let bytes = 0;
  let count = 0;
  for (const table of Object.keys(rows) as Table[]) {
    for (const row of rows[table] as RowOf<Table>[]) {
      const size = bytesOf(row);
      if (count > 0 && (bytes + size > SAFETY_BATCH_TARGET_BYTES || current[table].length >= SAFETY_BATCH_MAX_ROWS)) {
        batches.push(current);
        current = { ...noSafetyCopyRows(), mark: null } as SafetyCopyBatch;
        bytes = 0;
        count = 0;
      }
      (current[table] as RowOf<Table>[]).push(row);
      bytes += size;
      count += 1;
    }
  }
  if (count > 0) batches.push(current);
  return batches;
}
