import { useLayoutEffect, type RefObject } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { useDatabase } from '../../data/database-context';
import { useUiStore } from '../../state/ui-store';
import { latestUndoToast, useToastStore } from '../../state/toast-store';
import { commands } from './commands';
import { buildCommandContext } from './command-context';
import { isTypingTarget, isMac, matchesShortcut } from './keyboard';

/**
 * Every command's shortcut, window-wide. Shortcuts use a modifier (Alt or Ctrl/Cmd), so they also work
 * while typing in the composer. Ctrl/Cmd+Z undoes the last deletion, unless a text field has text to undo.
 */
export function useGlobalShortcuts(incidentRef: RefObject<Incident | undefined>): void {
  const db = useDatabase();
  // Attached before paint: the window appears when settings load (not after a click), so a passive effect
  // would run a frame later and a shortcut pressed the moment the window is on screen would be lost.
  useLayoutEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const ui = useUiStore.getState();
      // A modal dialog owns the keyboard; the palette can still be toggled closed.
      if (ui.dialog) return;
      const mod = isMac ? event.metaKey : event.ctrlKey;
      if (mod && !event.shiftKey && !event.altKey && event.code === 'KeyZ') {
        const toast = latestUndoToast();
        const fieldHasText =
          isTypingTarget(event.target) &&
          ((event.target as HTMLInputElement | HTMLTextAreaElement).value ?? '').length > 0;
        if (toast?.undo && !fieldHasText) {
          event.preventDefault();
          useToastStore.getState().dismiss(toast.id);
          void toast.undo.run();
        }
        return;
      }
      const ctx = buildCommandContext(db, incidentRef.current);
      for (const command of commands) {
        if (!command.shortcut) continue;
        if (matchesShortcut(event, command.shortcut) && command.available(ctx)) {
          event.preventDefault();
          command.run(ctx);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [db, incidentRef]);
}
