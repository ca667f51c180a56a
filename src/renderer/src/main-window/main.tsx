// First, so that opening the database starts before the rest of the window's code is evaluated.
import { startDatabase } from './start-database';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/theme.css';
import '../styles/base.css';
import './main-window.css';
import { DatabaseProvider } from '../data/database-context';
import { App, OpeningLog } from './App';
import { readFirstScreen } from './first-reads';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const db = startDatabase;
const reactRoot = createRoot(root);
reactRoot.render(<OpeningLog />);
// Rendered again, not suspended: React holds a revealed Suspense boundary back for up to 300 ms.
void readFirstScreen(db).then((first) =>
  reactRoot.render(
    <StrictMode>
      <DatabaseProvider db={db}>
        <App first={first} />
      </DatabaseProvider>
    </StrictMode>,
  ),
);
