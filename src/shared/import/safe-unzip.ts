import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import { ChatImportError, sizeInWords } from './import-error';

/**
 * Limits that keep a hostile or broken zip from taking the app down. A zip's own size fields can lie (that
 * is what a zip bomb does), so the output is counted as it is inflated and reading stops the moment a limit
 * is passed; nothing read so far is used.
 */
export interface UnzipLimits {
  /** The zip file itself. */
  maxZipBytes: number;
  /** Everything inflated, all entries together. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_UNZIP_LIMITS: UnzipLimits = {
  maxZipBytes: 100 * 1024 * 1024,
  maxTotalBytes: 300 * 1024 * 1024,
  maxEntries: 20_000,
};

/** Small pieces: one piece of deflate can grow about a thousandfold, so a piece is the most that can overshoot. */
const CHUNK = 64 * 1024;

export type UnzipProgress = (readBytes: number, totalBytes: number) => void;

/**
 * The entries of a zip that `wanted` accepts, inflated, keyed by path. Entries not wanted are skipped
 * without inflating them, but still count against the entry limit.
 */
export function safeUnzip(
  zip: Uint8Array,
  wanted: (path: string) => boolean,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS,
  onProgress?: UnzipProgress,
): Map<string, Uint8Array> {
  if (zip.byteLength > limits.maxZipBytes) {
    throw new ChatImportError(
      `This export is ${sizeInWords(zip.byteLength)}; Sitrep imports exports up to ${sizeInWords(limits.maxZipBytes)}. Export only the incident's channel and the days of the incident, then import that file.`,
    );
  }
  if (!looksLikeZip(zip)) throw new ChatImportError('This file is not a zip archive. Choose the .zip file Slack exported, or a Teams messages .json file.');
  const files = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  // fflate catches what a data handler throws and hands it back to the handler as an error, so the reason
  // for stopping is kept here to survive that round trip.
  let stopped: ChatImportError | null = null;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries) {
      throw new ChatImportError(`This zip holds more than ${limits.maxEntries.toLocaleString('en')} files, more than a chat export of one incident does. Export only the incident's channel and days, then import that.`);
    }
    if (file.name.endsWith('/') || !wanted(file.name)) return;
    const parts: Uint8Array[] = [];
    file.ondata = (error, data, final) => {
      if (error) throw stopped ?? unreadable();
      total += data.byteLength;
      if (total > limits.maxTotalBytes) {
        throw (stopped = new ChatImportError(
          `This zip unpacks to more than ${sizeInWords(limits.maxTotalBytes)}, far more than a chat export holds; it may be built to fill the memory (a "zip bomb"). Nothing was imported. Export the channel again from Slack.`,
        ));
      }
      parts.push(data);
      if (final) files.set(file.name, join(parts));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < zip.byteLength; at += CHUNK) {
      const end = Math.min(zip.byteLength, at + CHUNK);
      unzip.push(zip.subarray(at, end), end === zip.byteLength);
      onProgress?.(end, zip.byteLength);
    }
  } catch (error) {
    if (stopped) throw stopped;
    if (error instanceof ChatImportError) throw error;
    throw unreadable();
  }
  return files;
}

function unreadable(): ChatImportError {
  return new ChatImportError('This zip is damaged or uses a compression Sitrep cannot read. Download the export again and import the new file.');
}

/** A zip starts with a local file header (PK\3\4), or is empty (PK\5\6). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function join(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
