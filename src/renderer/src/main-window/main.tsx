// First, so that opening the database starts before the rest of the window's code is evaluated.
import { startDatabase } from './start-database';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../styles/theme.css';
import '../styles/base.css';
import './main-window.css';
import { DatabaseProvider } from '../data/database-context';
import { App } from './App';
import { getBridge } from '../bridge/get-bridge';
import { startNudgeRunner } from '../cockpit/nudge-runner';
import { startCommsSendRecorder } from '../cockpit-data/comms-send-recorder';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
const db = startDatabase;
// Reminders and the tray's incident state: one runner, in the main window only.
startNudgeRunner(db, getBridge());
// Updates main delivered from its outbox while the checklist was closed still reach the timeline.
startCommsSendRecorder(db, getBridge());
createRoot(root).render(
  <StrictMode>
    <DatabaseProvider db={db}>
      <App />
    </DatabaseProvider>
  </StrictMode>,
);
