import { deleteEntry, restoreEntry } from '../../data/entry-edits';
import type { SitrepDatabase } from '../../data/db';
import { useToastStore } from '../../state/toast-store';

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Deletes (tombstones) an entry and offers Undo in a toast; Ctrl/Cmd+Z does the same while the toast shows.
 * A tombstone stays on the timeline with its own Restore button, so undo is never the only way back.
 */
export async function deleteWithUndo(db: SitrepDatabase, entryId: string): Promise<void> {
  const { push } = useToastStore.getState();
  try {
    await deleteEntry(db, entryId);
  } catch (error) {
    push({ tone: 'error', message: `The entry was not deleted: ${describe(error)}` });
    return;
  }
  push({
    tone: 'info',
    message: 'Entry deleted.',
    undo: {
      label: 'Undo',
      run: async () => {
        try {
          await restoreEntry(db, entryId);
          push({ tone: 'info', message: 'Entry restored.' });
        } catch (error) {
          push({ tone: 'error', message: `The entry was not restored: ${describe(error)}` });
        }
      },
    },
  });
}
