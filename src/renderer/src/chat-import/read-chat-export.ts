import type { ChatExport } from '../../../shared/import/chat-message';
import { sizeInWords } from '../../../shared/import/import-error';
import { DEFAULT_UNZIP_LIMITS } from '../../../shared/import/safe-unzip';
import type { WorkerReply, WorkerRequest } from './worker-messages';
import { unpackExport } from './packed-export';

export type ReadOutcome = { ok: true; exported: ChatExport } | { ok: false; message: string } | { ok: false; cancelled: true };

/** A worker started before the user picked a file; each read takes it (or starts its own) and ends it. */
let spare: Worker | null = null;

function startWorker(): Worker {
  const worker = new Worker(new URL('./chat-import.worker.ts', import.meta.url), { type: 'module', name: 'chat-import' });
  // A spare whose code failed to load says so once, maybe before any read listens: no read may wait on it.
  worker.addEventListener('error', () => {
    if (spare === worker) spare = null;
  }, { once: true });
  return worker;
}

/**
 * Starts the reading worker ahead of the read: loading and compiling its code (the zip, JSON and mrkdwn
 * readers) takes a good part of a second on a busy machine, and can happen while the user is still choosing
 * the file. Returns what ends the worker if no read took it (the dialog closes).
 */
export function prepareChatReader(): () => void {
  spare ??= startWorker();
  return () => {
    spare?.terminate();
    spare = null;
  };
}

/**
 * Reads the file the user picked in a worker. The page reads it from the file chooser or a drop, so it
 * only ever sees the bytes of that one file: no channel to main takes a path, and a compromised page gains
 * no way to read anything else. Too large a file is refused from its size, before a byte is read.
 * Aborting `signal` (the user cancels) ends the worker at once, wherever it is: reading writes nothing, so
 * there is nothing to undo.
 */
export async function readChatExport(file: File, onProgress: (fraction: number) => void, signal?: AbortSignal): Promise<ReadOutcome> {
  if (file.size > DEFAULT_UNZIP_LIMITS.maxZipBytes) {
    return {
      ok: false,
      message: `This export is ${sizeInWords(file.size)}; Sitrep imports exports up to ${sizeInWords(DEFAULT_UNZIP_LIMITS.maxZipBytes)}. Export only the incident's channel and the days of the incident, then import that file.`,
    };
  }
  const bytes = await file.arrayBuffer();
  if (signal?.aborted) return { ok: false, cancelled: true };
  const worker = spare ?? startWorker();
  spare = null;
  try {
    return await new Promise<ReadOutcome>((resolve) => {
      signal?.addEventListener('abort', () => resolve({ ok: false, cancelled: true }), { once: true });
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') onProgress(reply.fraction);
        else if (reply.type === 'done') resolve({ ok: true, exported: unpackExport(reply.exported) });
        else resolve({ ok: false, message: reply.message });
      };
      worker.onerror = () => resolve({ ok: false, message: 'Reading this file stopped unexpectedly (it may need more memory than is free). Close other windows and try again, or import a smaller export.' });
      const request: WorkerRequest = { bytes, fileName: file.name };
      worker.postMessage(request, [bytes]);
    });
  } finally {
    worker.terminate();
  }
}
