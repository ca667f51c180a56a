import type { Incident } from '../../../../shared/domain/incident';
import type { SitrepDatabase } from '../../data/db';
import { useUiStore } from '../../state/ui-store';
import { deleteWithUndo } from '../incident/delete-with-undo';
import type { CommandContext } from './commands';

/** The id of the composer's text field, so any command can put the cursor there. */
export const COMPOSER_ID = 'composer-input';

export function buildCommandContext(db: SitrepDatabase, incident: Incident | undefined): CommandContext {
  const ui = useUiStore.getState();
  return {
    incident,
    focusedEntryId: ui.focusedEntryId,
    openDialog: ui.openDialog,
    show: ui.show,
    focusComposer: () => document.getElementById(COMPOSER_ID)?.focus(),
    deleteEntry: (entryId) => void deleteWithUndo(db, entryId),
  };
}
