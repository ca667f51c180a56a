/*
 * Electron accelerators ("CommandOrControl+Shift+Space"): checked before they reach globalShortcut, which
 * throws on some malformed strings, and shown to people with their platform's names for the keys.
 */

const modifiers = new Map<string, string>([
  ['command', 'Command'],
  ['cmd', 'Command'],
  ['control', 'Control'],
  ['ctrl', 'Control'],
  ['commandorcontrol', 'CommandOrControl'],
  ['cmdorctrl', 'CommandOrControl'],
  ['alt', 'Alt'],
  ['option', 'Alt'],
  ['altgr', 'AltGr'],
  ['shift', 'Shift'],
  ['super', 'Super'],
  ['meta', 'Super'],
]);

const namedKeys = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
  'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'PrintScreen',
  'VolumeUp', 'VolumeDown', 'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause',
  'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const keyPattern = new RegExp(
  `^(?:[A-Za-z0-9]|F(?:[1-9]|1[0-9]|2[0-4])|num[0-9]|[)!@#$%^&*(:;<=>,_.?/~\`{}\\[\\]|\\\\"'-]|${namedKeys.join('|')})$`,
  'i',
);

export type AcceleratorCheck = { ok: true } | { ok: false; reason: string };

/** A global shortcut needs at least one modifier (a bare key would swallow typing everywhere) and one key. */
export function checkAccelerator(accelerator: string): AcceleratorCheck {
  const parts = accelerator.split('+');
  if (parts.some((p) => p.trim() === '' || p !== p.trim())) {
    return {
      ok: false,
      reason: `"${accelerator}" has an empty or padded part; write it like CommandOrControl+Shift+Space (the + key is "Plus")`,
    };
  }
  const key = parts.at(-1) as string;
  const mods = parts.slice(0, -1);
  const unknown = mods.find((m) => !modifiers.has(m.toLowerCase()));
  if (unknown !== undefined) {
    return { ok: false, reason: `"${unknown}" is not a modifier; use Ctrl, Alt, Shift, Super or CommandOrControl` };
  }
  if (new Set(mods.map((m) => modifiers.get(m.toLowerCase()))).size !== mods.length) {
    return { ok: false, reason: `"${accelerator}" repeats a modifier` };
  }
  if (modifiers.has(key.toLowerCase())) return { ok: false, reason: `"${accelerator}" needs a key after the modifiers` };
  if (!keyPattern.test(key)) return { ok: false, reason: `"${key}" is not a key Electron knows` };
  const functionKey = /^F(?:[1-9]|1[0-9]|2[0-4])$/i.test(key);
  if (mods.length === 0 && !functionKey) {
    return { ok: false, reason: `"${accelerator}" needs a modifier such as Ctrl or Alt, or it would swallow that key in every app` };
  }
  const shadowed = shadowsTypingOrEditing(mods.map((m) => modifiers.get(m.toLowerCase()) as string), key, functionKey);
  if (shadowed) return { ok: false, reason: `"${accelerator}" ${shadowed}; choose a combination like CommandOrControl+Shift+Space or Ctrl+Alt+N` };
  return { ok: true };
}

const PRIMARY = new Set(['Control', 'Command', 'CommandOrControl']);
/** Ctrl/Cmd+Shift shortcuts every editor uses: redo, paste as plain text. */
const SHIFTED_EDITING = new Set(['z', 'v']);

/**
 * Why a global shortcut would take a key combination away from every other app, or null. A global shortcut
 * wins over the focused app, so Shift+letter would stop capitals and Ctrl+C copying, everywhere.
 */
function shadowsTypingOrEditing(mods: string[], key: string, functionKey: boolean): string | null {
  if (functionKey) return null;
  const others = mods.filter((m) => m !== 'Shift');
  if (others.length === 0) return 'would take that key away from typing in every app (Shift only changes what a key types)';
  if (others.length === 1 && others[0] === 'AltGr') return 'would take that character away from typing (AltGr types characters on many keyboards)';
  if (others.length === 1 && PRIMARY.has(others[0]!)) {
    if (!mods.includes('Shift')) return 'is an editing or app shortcut (like Ctrl+C or Ctrl+S) that every app needs';
    if (SHIFTED_EDITING.has(key.toLowerCase())) return 'is an editing shortcut (redo, paste as plain text) that every app needs';
  }
  return null;
}

/** The accelerator as this platform's keyboard labels it: Ctrl+Shift+Space, or Cmd+Shift+Space on a Mac. */
export function displayAccelerator(accelerator: string, platform: NodeJS.Platform): string {
  const mac = platform === 'darwin';
  const names: Record<string, string> = {
    Command: 'Cmd',
    Control: 'Ctrl',
    CommandOrControl: mac ? 'Cmd' : 'Ctrl',
    Alt: mac ? 'Option' : 'Alt',
    AltGr: 'AltGr',
    Shift: 'Shift',
    Super: mac ? 'Cmd' : platform === 'win32' ? 'Win' : 'Super',
  };
  return accelerator
    .split('+')
    .map((part) => {
      const canonical = modifiers.get(part.toLowerCase());
      return canonical ? names[canonical] : part;
    })
    .join('+');
}
