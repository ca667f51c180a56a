import { z } from 'zod';
import { MAX_ENTRY_TEXT } from '../shared/domain/timeline-entry';

/** What a `sitrep …` command line asks the running app to do. */
export interface CommandLineRequest {
  /** `--note "text"`: save this as a note on the live incident without showing a window. */
  note: string | null;
  /** `--toggle-quick-note`: what a system-wide shortcut binds to where the global hotkey is unavailable. */
  toggleQuickNote: boolean;
  /** Problems to report (e.g. `--note` without text); the rest of the line still counts. */
  errors: string[];
}

/**
 * Reads Sitrep's own switches from an argv and ignores everything else (the executable, the app path and the
 * switches Chromium adds such as --original-process-start-time). Pure, so it is tested without a process.
 */
export function parseCommandLine(argv: readonly string[]): CommandLineRequest {
  const request: CommandLineRequest = { note: null, toggleQuickNote: false, errors: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--toggle-quick-note') {
      request.toggleQuickNote = true;
    } else if (arg === '--note' || arg.startsWith('--note=')) {
      let text: string | undefined;
      if (arg === '--note') {
        text = argv[i + 1];
        if (text !== undefined && !text.startsWith('--')) i += 1;
        else text = undefined;
      } else {
        text = arg.slice('--note='.length);
      }
      const trimmed = text?.trim() ?? '';
      if (!trimmed) request.errors.push('--note needs the text of the note, e.g. sitrep --note "rolled back deploy 142"');
      else if (trimmed.length > MAX_ENTRY_TEXT) request.errors.push(`--note text is longer than ${MAX_ENTRY_TEXT} characters`);
      else request.note = trimmed;
    }
  }
  return request;
}

/**
 * What a second instance hands the first through requestSingleInstanceLock(additionalData): its own argv
 * (Chromium may reorder the argv the first instance sees) and the moment it started, the note's occurredAt.
 */
export const SecondInstanceDataSchema = z.object({
  argv: z.array(z.string().max(MAX_ENTRY_TEXT)).max(200),
  startedAt: z.number().int().nonnegative(),
});
export type SecondInstanceData = z.infer<typeof SecondInstanceDataSchema>;

/** The argv and press time to act on: the second instance's own data when valid, else what Electron passed. */
export function secondInstanceRequest(
  argv: readonly string[],
  additionalData: unknown,
  now: number,
): { request: CommandLineRequest; pressedAt: number } {
  const data = SecondInstanceDataSchema.safeParse(additionalData);
  if (data.success) {
    // A clock that jumped, or data from a stale process, must not date a note in the future or long ago.
    const plausible = data.data.startedAt <= now && now - data.data.startedAt < 60_000;
    return { request: parseCommandLine(data.data.argv), pressedAt: plausible ? data.data.startedAt : now };
  }
  return { request: parseCommandLine(argv), pressedAt: now };
}
