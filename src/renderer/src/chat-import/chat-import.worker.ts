/// <reference lib="webworker" />
import { readChatFile } from '../../../shared/import/read-chat-file';
import { ChatImportError } from '../../../shared/import/import-error';
import type { WorkerReply, WorkerRequest } from './worker-messages';
import { packExport } from './packed-export';

/*
 * Reading an export (unzipping, parsing tens of thousands of messages) runs here, off the window's thread,
 * so the window keeps answering keys and paints progress while it works.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply) => scope.postMessage(reply);

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { bytes, fileName } = event.data;
  let lastShown = -1;
  try {
    const exported = await readChatFile(new Uint8Array(bytes), fileName, undefined, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent !== lastShown) post({ type: 'progress', fraction });
      lastShown = percent;
    });
    post({ type: 'done', exported: packExport(exported) });
  } catch (error) {
    post({
      type: 'refused',
      message: error instanceof ChatImportError ? error.message : 'Sitrep could not read this file. Check that it is a Slack export (.zip) or Teams messages (.json) and try again.',
    });
  }
};
