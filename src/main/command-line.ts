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

/** Switches that open a debugger into the app (Chromium's DevTools protocol, Node's inspector). */
const DEBUG_SWITCH = /^--(?:remote-debugging-(?:port|pipe|address)|inspect(?:-brk|-port|-publish-uid)?|debug(?:-brk)?|js-flags)(?:=|$)/;

/**
 * The first switch in argv that would let another program drive or read the app through a debugger, or null.
 * A packaged build refuses to start with one (the inspect fuse stops Node's, not Chromium's
 * --remote-debugging-port, which would hand every page, and so the bridge, to whoever connects).
 */
export function debuggingSwitch(argv: readonly string[]): string | null {
  const found = argv.find((arg) => DEBUG_SWITCH.test(arg));
  return found === undefined ? null : found.split('=')[0]!;
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
