/** A keyboard shortcut. `mod` is Cmd on macOS and Ctrl elsewhere; keys match event.code so layouts agree. */
export interface Shortcut {
  code: string;
  mod?: boolean;
  alt?: boolean;
  shift?: boolean;
}

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchesShortcut(event: KeyboardEvent, shortcut: Shortcut): boolean {
  const mod = isMac ? event.metaKey : event.ctrlKey;
  const otherMod = isMac ? event.ctrlKey : event.metaKey;
  return (
    event.code === shortcut.code &&
    mod === Boolean(shortcut.mod) &&
    !otherMod &&
    event.altKey === Boolean(shortcut.alt) &&
    event.shiftKey === Boolean(shortcut.shift)
  );
}

function keyName(code: string): string {
  if (code.startsWith('Key')) return code.slice(3);
  if (code.startsWith('Digit')) return code.slice(5);
  const names: Record<string, string> = { Comma: ',', Slash: '/', Period: '.', Backquote: '`' };
  return names[code] ?? code;
}

/** "Ctrl+K" / "⌘K" style label for buttons, menus and the README. */
export function shortcutLabel(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? 'Cmd' : 'Ctrl');
  if (shortcut.alt) parts.push(isMac ? 'Option' : 'Alt');
  if (shortcut.shift) parts.push('Shift');
  parts.push(keyName(shortcut.code));
  return parts.join('+');
}

/** The aria-keyshortcuts value (WAI-ARIA syntax). */
export function ariaShortcut(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(isMac ? 'Meta' : 'Control');
  if (shortcut.alt) parts.push('Alt');
  if (shortcut.shift) parts.push('Shift');
  parts.push(keyName(shortcut.code));
  return parts.join('+');
}

/** True when the keystroke goes into a text field, where plain keys and Ctrl+Z belong to the field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'file'].includes(target.type);
  return false;
}
