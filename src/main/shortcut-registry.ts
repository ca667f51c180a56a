import type { GlobalShortcut } from 'electron';
import type { ShortcutStatus } from '../shared/contract/ipc-contract';
import { checkAccelerator, displayAccelerator } from './accelerator';

export const DEFAULT_QUICK_NOTE_SHORTCUT = 'CommandOrControl+Shift+Space';

export interface ShortcutRegistry {
  /** The shortcut Sitrep holds (or tried to hold at startup) and what to do when it does not hold it. */
  status(): ShortcutStatus;
  /** Binds the quick note to this accelerator; when that fails, the previous one stays bound. */
  change(accelerator: string): ShortcutStatus;
  /** On quit: the OS-wide shortcuts must not outlive the app. */
  dispose(): void;
}

/**
 * Owns the global quick-note shortcut. The press time is read inside the shortcut callback, before any window
 * work, because it becomes the note's occurredAt: the moment the lead saw the thing, not when the window drew.
 */
export function createShortcutRegistry(deps: {
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister' | 'unregisterAll'>;
  platform: NodeJS.Platform;
  initial: string;
  onPressed: (pressedAt: number) => void;
  now?: () => number;
}): ShortcutRegistry {
  const now = deps.now ?? Date.now;
  const callback = (): void => deps.onPressed(now());

  const failure = (accelerator: string, reason: 'taken' | string): ShortcutStatus => ({
    accelerator,
    registered: false,
    message:
      reason === 'taken'
        ? `Another app holds ${displayAccelerator(accelerator, deps.platform)}; pick another in Settings or bind a ` +
          'system shortcut to `sitrep --toggle-quick-note`.'
        : `${reason}. Pick another shortcut in Settings.`,
  });

  const tryRegister = (accelerator: string): ShortcutStatus => {
    const check = checkAccelerator(accelerator);
    if (!check.ok) return failure(accelerator, check.reason);
    let ok: boolean;
    try {
      ok = deps.globalShortcut.register(accelerator, callback);
    } catch (error) {
      return failure(accelerator, `The system refused ${accelerator} (${(error as Error).message})`);
    }
    return ok ? { accelerator, registered: true, message: null } : failure(accelerator, 'taken');
  };

  let current = tryRegister(deps.initial);

  return {
    status: () => current,
    change(accelerator) {
      if (accelerator === current.accelerator && current.registered) return current;
      const check = checkAccelerator(accelerator);
      if (!check.ok) return failure(accelerator, check.reason);
      const previous = current;
      if (previous.registered) deps.globalShortcut.unregister(previous.accelerator);
      const attempt = tryRegister(accelerator);
      if (attempt.registered) {
        current = attempt;
      } else if (previous.registered) {
        // Give the old binding back so a failed change never leaves the lead without a hotkey.
        current = tryRegister(previous.accelerator);
      } else {
        current = attempt;
      }
      return attempt;
    },
    dispose() {
      deps.globalShortcut.unregisterAll();
    },
  };
}
