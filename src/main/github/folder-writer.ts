import { closeSync, constants, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join, parse } from 'node:path';
import type { ExportFile } from '../../shared/contract/github-schemas';

/*
 * Writes an analysis into a folder the user picked, and nowhere else: every folder on the way is checked with
 * lstat (a symlink planted there is refused, never followed), a new file is created exclusively (O_EXCL does
 * not follow a symlink either), and a file already there is replaced only after the user agreed, by renaming a
 * fresh file over it (which replaces a link itself, never its target). The paths were already checked against
 * the export rules, so they are plain "a/b/c.ext" names.
 */
export class FolderWriteError extends Error {}

export function refusedFolder(folder: string): string | null {
  return parse(folder).root === folder ? `${folder} is the root of a disk. Choose a folder inside it (for example your Documents folder).` : null;
}

/** Creates each folder under root that is missing; refuses one that is a link or not a folder. */
function ensureFolders(root: string, parts: string[]): string {
  let current = root;
  for (const part of parts) {
    current = join(current, part);
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      mkdirSync(current);
      continue;
    }
    if (!stat.isDirectory() || stat.isSymbolicLink()) throw new FolderWriteError(`${current} is a link or a file, not a folder; Sitrep does not follow it. Remove it or choose another folder.`);
  }
  return current;
}

function writeExclusive(path: string, bytes: Buffer): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const bytesOf = (file: ExportFile): Buffer => Buffer.from(file.content, file.encoding === 'base64' ? 'base64' : 'utf8');

/** The files among `files` that already exist under folder (as anything: file, link, folder). */
export function existingFiles(folder: string, files: readonly ExportFile[]): string[] {
  return files.filter((f) => {
    try {
      lstatSync(join(folder, ...f.path.split('/')));
      return true;
    } catch {
      return false;
    }
  }).map((f) => f.path);
}

/** Writes every file; `replace` names the existing ones the user agreed to replace. Returns the paths written. */
export function writeAnalysisFiles(folder: string, files: readonly ExportFile[], replace: ReadonlySet<string>): string[] {
  // The folder comes from main's own picker (which may offer to create it), never from a page.
  mkdirSync(folder, { recursive: true });
  const root = realpathSync(folder);
  const written: string[] = [];
  for (const file of files) {
    const parts = file.path.split('/');
    const dir = ensureFolders(root, parts.slice(0, -1));
    const target = join(dir, parts.at(-1)!);
    try {
      writeExclusive(target, bytesOf(file));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !replace.has(file.path)) throw err;
      const stat = lstatSync(target);
      if (!stat.isFile()) throw new FolderWriteError(`${target} is a link or a folder, not a file; Sitrep does not replace it.`);
      const temporary = `${target}.${process.pid}.tmp`;
      rmSync(temporary, { force: true });
      writeExclusive(temporary, bytesOf(file));
      renameSync(temporary, target);
    }
    written.push(target);
  }
  return written;
}
