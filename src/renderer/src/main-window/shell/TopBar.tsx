import { useDeferredValue } from 'react';
import { formatLocal, formatUtc } from '../../../../shared/time/format-time';
import { useNow } from '../../components/use-now';
import { useUiStore } from '../../state/ui-store';
import { ShortcutButton } from './ShortcutButton';
import { useCurrentUser } from './current-user';

function Clock() {
  const now = useNow();
  // The window's first Intl.DateTimeFormat costs tens of milliseconds (ICU loads its data), and the clock is
  // the only thing on the start screen that needs one. Its first render is empty and React formats it in
  // the deferred render that follows the first paint, while the incident list's query is under way.
  const formatting = useDeferredValue(true, false);
  return (
    <span className="clock" role="timer" aria-label="Current time, local and UTC">
      <span>{formatting ? formatLocal(now) : ''}</span>
      <span className="muted">{formatting ? formatUtc(now) : ''}</span>
    </span>
  );
}

export function TopBar() {
  const openDialog = useUiStore((s) => s.openDialog);
  const show = useUiStore((s) => s.show);
  const user = useCurrentUser();
  return (
    <header className="topbar">
      <button type="button" className="brand" onClick={() => show({ name: 'home' })} aria-label="Sitrep: all incidents">
        Sitrep
      </button>
      <ShortcutButton
        commandId="declare"
        className="primary"
        label="Declare incident"
        onClick={() => openDialog({ type: 'declare' })}
      />
      <ShortcutButton commandId="search" label="Search" onClick={() => openDialog({ type: 'search' })} />
      <ShortcutButton commandId="palette" label="Commands" onClick={() => openDialog({ type: 'palette' })} />
      <span className="spacer" />
      <Clock />
      <span className="muted" title="Your name on what you write">
        {user}
      </span>
      <ShortcutButton commandId="settings" label="Settings" onClick={() => show({ name: 'settings' })} />
    </header>
  );
}
