import { createRoot } from 'react-dom/client';
import { openDatabase } from '../data/db';
import { ChecklistApp } from './ChecklistApp';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(<ChecklistApp db={openDatabase()} />);
