import { ChatImportError, sizeInWords } from './import-error';
import { DEFAULT_UNZIP_LIMITS, type UnzipLimits } from './safe-unzip';
import { readSlackExport } from './slack-export';
import { readTeamsMessages } from './teams-messages';
import type { ChatExport } from './chat-message';

/** A Teams JSON file larger than this is refused before it is read, as a zip is. */
const MAX_JSON_BYTES = 100 * 1024 * 1024;

/** How far reading has come, from 0 to 1. */
export type ReadProgress = (fraction: number) => void;

/**
 * Reads the file the user picked: a Slack export (.zip) or Teams messages as Microsoft Graph returns them
 * (.json). Throws ChatImportError with a sentence for the user when it cannot.
 */
export async function readChatFile(bytes: Uint8Array, fileName: string, limits: UnzipLimits = DEFAULT_UNZIP_LIMITS, onProgress?: ReadProgress): Promise<ChatExport> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.zip$/i.test(fileName)) return readSlackExport(bytes, limits, onProgress);
  if (bytes.byteLength > MAX_JSON_BYTES) {
    throw new ChatImportError(`This file is ${sizeInWords(bytes.byteLength)}; Sitrep imports message files up to ${sizeInWords(MAX_JSON_BYTES)}. Save only the incident's chat and days, then import that.`);
  }
  const text = new TextDecoder().decode(bytes);
  const exported = readTeamsMessages(text, fileName);
  onProgress?.(1);
  // Every channel read holds at least one message, so a file with none has no channel at all.
  if (exported.channels.length === 0) throw new ChatImportError(`${fileName} holds no messages. Save the Graph response of the incident's chat or channel and import that.`);
  return exported;
}
