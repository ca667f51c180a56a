/**
 * A one-file zip's headers, to rewrite a field as a broken or hostile zip would: the local header at 0 and the
 * file's entry in the central directory, found from the end.
 */
export function oneFileHeaders(zip: Uint8Array): { view: DataView; local: number; central: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = zip.byteLength - 22; i >= 0; i -= 1) {
    if (view.getUint32(i, true) === 0x02014b50) return { view, local: 0, central: i };
  }
  throw new Error('no central directory entry');
}
