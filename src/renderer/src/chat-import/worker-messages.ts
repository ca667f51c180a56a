import type { PackedExport } from './packed-export';

/** What the page sends the import worker: the bytes of the one file the user picked. */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  fileName: string;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; exported: PackedExport }
  | { type: 'refused'; message: string };
