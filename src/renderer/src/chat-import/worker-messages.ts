import type { ReadShard } from '../../../shared/import/read-shard';
import type { PackedExport } from './packed-export';

/** What the page sends an import worker: the bytes of the one file the user picked, and its share of the reading. */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  fileName: string;
  shard: ReadShard;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; exported: PackedExport }
  | { type: 'refused'; message: string };
