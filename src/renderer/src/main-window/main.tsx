import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/theme.css';
import '../styles/base.css';
import './main-window.css';
import { openDatabase } from '../data/db';
import { DatabaseProvider } from '../data/database-context';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const db = openDatabase();
createRoot(root).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App />
    </DatabaseProvider>
  </StrictMode>,
);
