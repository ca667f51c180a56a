import { createHash } from 'node:crypto';

/** The id git (and so GitHub) gives a file's content: sha1 of "blob <length>\0" + bytes. */
export function gitBlobSha(content: Buffer | string): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
