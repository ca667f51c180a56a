import { commands } from './commands';
import { ariaShortcut, shortcutLabel } from './keyboard';

function shortcutOf(id: string) {
  return commands.find((c) => c.id === id)?.shortcut;
}

/** A button that names its shortcut, both on screen and for assistive tech. */
export function ShortcutButton({
  commandId,
  label,
  onClick,
  className,
}: {
  commandId: string;
  label: string;
  onClick: () => void;
  className?: string;
}) {
  const shortcut = shortcutOf(commandId);
  return (
    <button
      type="button"
      className={className}
      onClick={onClick}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut) : undefined}
      title={shortcut ? `${label} (${shortcutLabel(shortcut)})` : label}
    >
      {label}
      {shortcut ? <kbd aria-hidden="true">{shortcutLabel(shortcut)}</kbd> : null}
    </button>
  );
}
