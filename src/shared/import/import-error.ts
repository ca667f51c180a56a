/**
 * A chat file Sitrep cannot import. Its message is shown to the user as it is: one or two plain sentences
 * saying what is wrong with the file and what to do, never a parser's or a schema's wording.
 */
export class ChatImportError extends Error {
  override readonly name = 'ChatImportError';
}

/** The byte count in words a person reads ("212 MB", "4.5 KB"). */
export function sizeInWords(bytes: number): string {
  // The unit is chosen after rounding, so a size just under a megabyte reads "1.0 MB", never "1024.0 KB".
  const kilobytes = Math.round((bytes / 1024) * 10) / 10;
  if (kilobytes >= 1024) {
    const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
    return `${megabytes.toFixed(megabytes >= 10 ? 0 : 1)} MB`;
  }
  if (bytes >= 1024) return `${kilobytes.toFixed(1)} KB`;
  return `${bytes} bytes`;
}
