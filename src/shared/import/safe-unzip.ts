import { Unzip, type AsyncFlateStreamHandler, type UnzipDecoder } from 'fflate';
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

/**
 * Inflating goes in pieces this small: one piece of deflate can grow about a thousandfold, so a piece is the
 * most the output can overshoot a limit by before it is counted.
 */
const PIECE = 64 * 1024;

/** How many of the wanted entries' bytes (as stored in the zip) have been inflated, of how many. */
export type UnzipProgress = (readBytes: number, totalBytes: number) => void;

/** A wanted entry of the zip as stored in it: deflated (method 8) or as is (method 0). */
interface PackedEntry {
  name: string;
  deflated: boolean;
  parts: Uint8Array<ArrayBuffer>[];
}

/**
 * Hands a deflated entry's bytes on as they are. fflate walks the zip (headers, sizes, data descriptors); the
 * platform's own zlib (DecompressionStream) inflates, which in Chromium's worker takes a third of the time of
 * fflate's inflater written in JavaScript.
 */
class Deflated implements UnzipDecoder {
  static compression = 8;
  ondata: AsyncFlateStreamHandler = () => undefined;
  push(chunk: Uint8Array<ArrayBuffer>, final: boolean): void {
    this.ondata(null, chunk, final);
  }
}

/**
 * The entries of a zip that `wanted` accepts, inflated, keyed by path. Entries not wanted are skipped
 * without inflating them, but still count against the entry limit.
 */
export async function safeUnzip(
  zip: Uint8Array,
  wanted: (path: string) => boolean,
  limits: UnzipLimits = DEFAULT_UNZIP_LIMITS,
  onProgress?: UnzipProgress,
): Promise<Map<string, Uint8Array>> {
  if (zip.byteLength > limits.maxZipBytes) {
    throw new ChatImportError(
      `This export is ${sizeInWords(zip.byteLength)}; Sitrep imports exports up to ${sizeInWords(limits.maxZipBytes)}. Export only the incident's channel and the days of the incident, then import that file.`,
    );
  }
  if (!looksLikeZip(zip)) throw new ChatImportError('This file is not a zip archive. Choose the .zip file Slack exported, or a Teams messages .json file.');
  const stored = storedEntries(zip, wanted, limits);
  const files = new Map<string, Uint8Array>();
  const storedBytes = stored.reduce((n, entry) => n + entry.parts.reduce((m, part) => m + part.byteLength, 0), 0);
  let read = 0;
  let total = 0;
  const count = (bytes: number) => {
    total += bytes;
    if (total > limits.maxTotalBytes) {
      throw new ChatImportError(
        `This zip unpacks to more than ${sizeInWords(limits.maxTotalBytes)}, far more than a chat export holds; it may be built to fill the memory (a "zip bomb"). Nothing was imported. Export the channel again from Slack.`,
      );
    }
  };
  for (const entry of stored) {
    const bytes = join(entry.parts);
    const before = read;
    read += bytes.byteLength;
    if (entry.deflated) {
      files.set(entry.name, await inflate(bytes, count, (done) => onProgress?.(before + done, storedBytes)));
    } else {
      count(bytes.byteLength);
      files.set(entry.name, bytes);
      onProgress?.(read, storedBytes);
    }
  }
  return files;
}

/** Walks the zip and keeps each wanted entry's bytes as stored, counting every entry against the limit. */
function storedEntries(zip: Uint8Array, wanted: (path: string) => boolean, limits: UnzipLimits): PackedEntry[] {
  const stored: PackedEntry[] = [];
  let entries = 0;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries) {
      throw new ChatImportError(`This zip holds more than ${limits.maxEntries.toLocaleString('en')} files, more than a chat export of one incident does. Export only the incident's channel and days, then import that.`);
    }
    if (file.name.endsWith('/') || !wanted(file.name)) return;
    const entry: PackedEntry = { name: file.name, deflated: file.compression === Deflated.compression, parts: [] };
    file.ondata = (error, data, final) => {
      if (error) throw unreadable();
      entry.parts.push(data);
      if (final) stored.push(entry);
    };
    file.start();
  });
  unzip.register(Deflated);
  try {
    // In pieces: fflate goes on to the next entry of a piece by calling itself, so one push of a zip of
    // 20,000 small files would run out of stack.
    for (let at = 0; at < zip.byteLength; at += PIECE) {
      const end = Math.min(zip.byteLength, at + PIECE);
      unzip.push(zip.subarray(at, end), end === zip.byteLength);
    }
  } catch (error) {
    if (error instanceof ChatImportError) throw error;
    throw unreadable();
  }
  return stored;
}

/**
 * Inflates one entry a piece at a time, counting the output as it comes: `count` throws past the limit, and
 * reading stops there. The source gives the next piece only when the output so far has been read.
 */
async function inflate(deflated: Uint8Array<ArrayBuffer>, count: (bytes: number) => void, onRead: (bytes: number) => void): Promise<Uint8Array> {
  let at = 0;
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>(
    {
      pull(controller) {
        if (at >= deflated.byteLength) return controller.close();
        controller.enqueue(deflated.subarray(at, at + PIECE));
        at += PIECE;
        onRead(Math.min(at, deflated.byteLength));
      },
    },
    { highWaterMark: 0 },
  );
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return join(parts);
      count(value.byteLength);
      parts.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    if (error instanceof ChatImportError) throw error;
    throw unreadable();
  }
}

function unreadable(): ChatImportError {
  return new ChatImportError('This zip is damaged or uses a compression Sitrep cannot read. Download the export again and import the new file.');
}

/** A zip starts with a local file header (PK\3\4), or is empty (PK\5\6). */
function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function join(parts: Uint8Array<ArrayBuffer>[]): Uint8Array<ArrayBuffer> {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}
