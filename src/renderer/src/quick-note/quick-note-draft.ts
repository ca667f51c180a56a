/*
 * The quick note's draft lives in localStorage, written on every keystroke. localStorage is synchronous, so
 * the text is on disk before the next keystroke is handled: Esc, a crash or a kill keeps it, and the next
 * show of the window brings it back.
 */
const DRAFT_KEY = 'sitrep.quick-note.draft';

export function loadDraft(): string {
  try {
    return localStorage.getItem(DRAFT_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveDraft(text: string): void {
  try {
    if (text) localStorage.setItem(DRAFT_KEY, text);
    else localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage full or disabled: the text is still in the input; nothing else to do here.
  }
}
