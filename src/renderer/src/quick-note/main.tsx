import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { openDatabase } from '../data/db';
import { quickNoteBridge } from './quick-note-bridge';
import { QuickNoteApp } from './QuickNoteApp';

// Kept small on purpose: this page must be ready the instant the shortcut shows it, so it loads React,
// Dexie and the shared parser, and nothing from the main window.
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const db = openDatabase();
const bridge = quickNoteBridge();
// The page's static box took keystrokes while this script loaded. Reading it and mounting the app happen in
// one synchronous task, so no key event can fall between the two and be lost.
const early = root.querySelector('textarea');
flushSync(() => {
  createRoot(root).render(<QuickNoteApp db={db} bridge={bridge} typedBeforeLoad={early?.value ?? ''} />);
});
