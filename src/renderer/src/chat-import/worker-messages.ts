import type { ChatExport } from '../../../shared/import/chat-message';

/** What the page sends the import worker: the bytes of the one file the user picked. */
export interface WorkerRequest {
  bytes: ArrayBuffer;
  fileName: string;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; exported: ChatExport }
  | { type: 'refused'; message: string };
