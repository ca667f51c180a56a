import { createRoot } from 'react-dom/client';
import { openDatabase } from '../data/db';
import { quickNoteBridge } from './quick-note-bridge';
import { QuickNoteApp } from './QuickNoteApp';

// Kept small on purpose: this page must be ready the instant the shortcut shows it, so it loads React,
// Dexie and the shared parser, and nothing from the main window.
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(<QuickNoteApp db={openDatabase()} bridge={quickNoteBridge()} />);
