import { Modal } from '../../components/Modal';
import { commands } from './commands';
import { shortcutLabel } from './keyboard';

/** Every shortcut in one table; the same list drives the palette and the key handler. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose}>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          {commands
            .filter((c) => c.shortcut)
            .map((c) => (
              <tr key={c.id}>
                <td>{c.title}</td>
                <td>
                  <kbd>{c.shortcut ? shortcutLabel(c.shortcut) : ''}</kbd>
                </td>
              </tr>
            ))}
          <tr>
            <td>Undo the last deletion</td>
            <td>
              <kbd>{shortcutLabel({ code: 'KeyZ', mod: true })}</kbd>
            </td>
          </tr>
          <tr>
            <td>Move between timeline entries / edit / delete the focused entry</td>
            <td>
              <kbd>↑</kbd> <kbd>↓</kbd> / <kbd>E</kbd> / <kbd>Delete</kbd>
            </td>
          </tr>
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
