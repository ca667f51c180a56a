import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The parsed JSON in a file, or null when it is missing or unreadable: callers fall back to defaults. */
export function readJsonFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
}

/**
 * Writes beside the target, flushes it to the disk, then renames over the target, so a crash or a power cut
 * leaves the old file or the new one, never an empty one (without the flush, the rename can reach the disk
 * before the data does). The folder is flushed too, so the rename itself survives; where a folder cannot be
 * opened for that (Windows), the rename is still atomic.
 */
export function writeJsonFile(path: string, value: unknown): void {
  writeFileAtomically(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** Replaces a file's whole content so that a crash leaves the old content or the new, never a mix (see above). */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    if (typeof content === 'string') writeSync(fd, content, null, 'utf8');
    else writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  try {
    const dir = openSync(dirname(path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  } catch {
    // Best effort: not every platform lets a folder be opened and flushed.
  }
}
