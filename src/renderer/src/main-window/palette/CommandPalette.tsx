import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { useDatabase } from '../../data/database-context';
import { Modal } from '../../components/Modal';
import { useUiStore } from '../../state/ui-store';
import { commands } from '../shell/commands';
import { buildCommandContext } from '../shell/command-context';
import { shortcutLabel } from '../shell/keyboard';

/** Ctrl/Cmd+K: every available action by name, filtered as you type; arrows to pick, Enter to run. */
export function CommandPalette({ incident, onClose }: { incident: Incident | undefined; onClose: () => void }) {
  const db = useDatabase();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ctx = useMemo(() => buildCommandContext(db, incident), [db, incident]);
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const found = commands.filter(
    (c) =>
      c.id !== 'palette' &&
      c.available(ctx) &&
      words.every((w) => `${c.title} ${c.keywords ?? ''}`.toLowerCase().includes(w)),
  );
  // What the user typed is most likely the name of the command: those whose titles hold every word come
  // first, then the ones found only through their keywords ("status" runs Move status, not the brief).
  const inTitle = (c: (typeof found)[number]) => words.every((w) => c.title.toLowerCase().includes(w));
  const matches = [...found.filter(inTitle), ...found.filter((c) => !inTitle(c))];
  const current = Math.min(active, Math.max(0, matches.length - 1));

  const run = (index: number) => {
    const command = matches[index];
    if (!command) return;
    // Close first: the command may open its own dialog, and only one dialog is open at a time.
    useUiStore.getState().closeDialog();
    command.run(buildCommandContext(db, incident));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current + 1) % Math.max(1, matches.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current - 1 + matches.length) % Math.max(1, matches.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(current);
    }
  };

  return (
    <Modal title="Commands" onClose={onClose} className="palette">
      <input
        autoFocus
        role="combobox"
        aria-label="Command"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-autocomplete="list"
        aria-activedescendant={matches[current] ? `palette-${matches[current].id}` : undefined}
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {matches.map((command, index) => (
          <li
            key={command.id}
            id={`palette-${command.id}`}
            role="option"
            aria-selected={index === current}
            className={index === current ? 'active' : undefined}
            onMouseMove={() => setActive(index)}
            onClick={() => run(index)}
          >
            <span>{command.title}</span>
            {command.shortcut ? <kbd>{shortcutLabel(command.shortcut)}</kbd> : null}
          </li>
        ))}
      </ul>
      {matches.length === 0 ? (
        <p className="muted" role="status">
          No command matches “{query}”.
        </p>
      ) : null}
    </Modal>
  );
}
