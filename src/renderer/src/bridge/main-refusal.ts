/**
 * The sentence main threw, without Electron's "Error invoking remote method '<channel>': Error: " wrapper, so a
 * refusal reads as what to do ("Use an https:// address…") rather than as a crash.
 */
export function mainRefusal(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*': /, '').replace(/^Error: /, '');
}
