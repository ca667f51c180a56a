import type { ChatExport } from '../../../shared/import/chat-message';
import { sizeInWords } from '../../../shared/import/import-error';
import { DEFAULT_UNZIP_LIMITS } from '../../../shared/import/safe-unzip';
import { isSlackExportFile } from '../../../shared/import/read-chat-file';
import { joinShards } from '../../../shared/import/read-shard';
import type { WorkerReply, WorkerRequest } from './worker-messages';
import { unpackExport } from './packed-export';

export type ReadOutcome = { ok: true; exported: ChatExport } | { ok: false; message: string } | { ok: false; cancelled: true };

/**
 * How many workers read a Slack export side by side, each its share of the messages. Two on a machine with two
 * cores or more: turning messages into text is most of a read and splits evenly, while every worker also unzips
 * the whole file, so more workers would each repeat that for less gain.
 */
const READERS = Math.max(1, Math.min(2, navigator.hardwareConcurrency || 1));

/** Workers started before the user picked a file; each read takes them (or starts its own) and ends them. */
let spares: Worker[] = [];

function startWorker(): Worker {
  const worker = new Worker(new URL('./chat-import.worker.ts', import.meta.url), { type: 'module', name: 'chat-import' });
  // A spare whose code failed to load says so once, maybe before any read listens: no read may wait on it.
  worker.addEventListener('error', () => {
    spares = spares.filter((spare) => spare !== worker);
  }, { once: true });
  return worker;
}

/**
 * Starts the reading workers ahead of the read: loading and compiling their code (the zip, JSON and mrkdwn
 * readers) takes a good part of a second on a busy machine, and can happen while the user is still choosing
 * the file. Returns what ends the workers if no read took them (the dialog closes).
 */
export function prepareChatReader(): () => void {
  while (spares.length < READERS) spares.push(startWorker());
  return () => {
    spares.forEach((spare) => spare.terminate());
    spares = [];
  };
}

const stoppedUnexpectedly = 'Reading this file stopped unexpectedly (it may need more memory than is free). Close other windows and try again, or import a smaller export.';

/**
 * Reads the file the user picked in workers. The page reads it from the file chooser or a drop, so it
 * only ever sees the bytes of that one file: no channel to main takes a path, and a compromised page gains
 * no way to read anything else. Too large a file is refused from its size, before a byte is read.
 * Aborting `signal` (the user cancels) ends the workers at once, wherever they are: reading writes nothing, so
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
  // Teams messages are one JSON document, read by one worker; a Slack export's messages are split.
  const count = isSlackExportFile(new Uint8Array(bytes, 0, Math.min(2, bytes.byteLength)), file.name) ? READERS : 1;
  const workers = Array.from({ length: count }, () => spares.shift() ?? startWorker());
  spares.forEach((spare) => spare.terminate());
  spares = [];
  try {
    return await new Promise<ReadOutcome>((resolve) => {
      signal?.addEventListener('abort', () => resolve({ ok: false, cancelled: true }), { once: true });
      const fractions = workers.map(() => 0);
      const parts: (ChatExport | undefined)[] = workers.map(() => undefined);
      workers.forEach((worker, index) => {
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if (reply.type === 'progress') {
            fractions[index] = reply.fraction;
            onProgress(fractions.reduce((sum, f) => sum + f, 0) / count);
          } else if (reply.type === 'done') {
            parts[index] = unpackExport(reply.exported);
            if (parts.every(Boolean)) resolve({ ok: true, exported: joinShards(parts as ChatExport[]) });
          } else {
            resolve({ ok: false, message: reply.message });
          }
        };
        worker.onerror = () => resolve({ ok: false, message: stoppedUnexpectedly });
        // Each worker gets its own copy of the bytes (the last one takes the original): a transfer empties the sender's.
        const own = index === count - 1 ? bytes : bytes.slice(0);
        const request: WorkerRequest = { bytes: own, fileName: file.name, shard: { index, count } };
        worker.postMessage(request, [own]);
      });
    });
  } finally {
    workers.forEach((worker) => worker.terminate());
  }
}
