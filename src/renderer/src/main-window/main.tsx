// First, so that opening the database starts before the rest of the window's code is evaluated.
import { startDatabase } from './start-database';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/theme.css';
import '../styles/base.css';
import './main-window.css';
import { DatabaseProvider } from '../data/database-context';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const db = startDatabase;
createRoot(root).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App />
    </DatabaseProvider>
  </StrictMode>,
);
