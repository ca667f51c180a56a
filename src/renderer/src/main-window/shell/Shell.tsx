import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '../../../../shared/domain/incident';
import { useDatabase } from '../../data/database-context';
import { getBridge } from '../../bridge/get-bridge';
import { useUiStore } from '../../state/ui-store';
import { Toasts } from '../../components/Toasts';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { IncidentList } from '../incidents/IncidentList';
import { HomeView } from '../incidents/HomeView';
import { lazyView, loadingStatus } from '../../components/lazy-view';
import { TopBar } from './TopBar';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useCurrentUser } from './current-user';
import { useTeamSync } from '../../sync/use-team-sync';
import { startBackgroundWork } from '../background-work';

// Not needed for the first paint: settings open on request, dialogs on a key or a click. Their code loads
// after the incident list is on screen (the dialog host mounts at once, so its code is fetched right away).
const SettingsView = lazyView(() => import('../settings/SettingsView').then((m) => m.SettingsView), loadingStatus('settings'));
const DialogHost = lazyView(() => import('./DialogHost').then((m) => m.DialogHost), null);
// The incident page (timeline, composer, typed-time parsing, lifecycle rules) is not on the first screen: its
// code is fetched once the list is painted, so opening an incident later does not wait for it.
const IncidentView = lazyView(() => import('../incident/IncidentView').then((m) => m.IncidentView), loadingStatus('the incident'));

/** The main window's frame: top bar, incident list, the current view, one dialog at most, toasts. */
export function Shell() {
  const db = useDatabase();
  const view = useUiStore((s) => s.view);
  const incidentId = view.name === 'incident' ? view.incidentId : null;
  // The result carries its id: while a newly chosen incident loads, the previous answer must not stand in.
  const found = useLiveQuery(
    async () => (incidentId ? { id: incidentId, incident: (await db.incidents.get(incidentId)) ?? null } : null),
    [db, incidentId],
  );
  const fresh = found && found.id === incidentId ? found : undefined;
  const current = fresh?.incident ?? undefined;
  const missing = fresh?.incident === null;
  const incidentRef = useRef<Incident | undefined>(current);
  // Before paint: a shortcut pressed the moment an incident appears on screen must already see it.
  useLayoutEffect(() => {
    incidentRef.current = current;
  });
  useGlobalShortcuts(incidentRef);
  useTeamSync(db, useCurrentUser(), incidentId);

  // After the first paint: the incident page's code, the reminders and the comms recorder.
  useEffect(() => {
    void IncidentView.preload();
    startBackgroundWork(db, getBridge());
  }, [db]);

  // Tray, menu and command-line commands arrive from main over the bridge.
  useEffect(
    () =>
      getBridge().onAppCommand(({ command, incidentId: target }) => {
        const ui = useUiStore.getState();
        if (command === 'declare') ui.openDialog({ type: 'declare' });
        else if (command === 'command-palette') ui.openDialog({ type: 'palette' });
        else if (command === 'open-settings') ui.show({ name: 'settings' });
        else if (command === 'open-incident' && target) ui.openIncident(target);
      }),
    [],
  );

  return (
    <div className="app">
      <TopBar />
      <div className="layout">
        <IncidentList selectedId={incidentId} />
        <main className="content" id="content">
          <ErrorBoundary key={incidentId ?? view.name} what={view.name === 'settings' ? 'Settings' : 'This view'}>
            {view.name === 'settings' ? <SettingsView /> : null}
            {view.name === 'home' ? <HomeView /> : null}
            {incidentId && !missing ? (
              <IncidentView key={incidentId} incidentId={incidentId} incident={current} />
            ) : null}
            {missing ? (
              <p className="empty" role="status">
                This incident is not in the log on this machine. Pick one from the list.
              </p>
            ) : null}
          </ErrorBoundary>
        </main>
      </div>
      <ErrorBoundary key={`dialog-${incidentId ?? ''}`} what="This dialog">
        <DialogHost incident={current} />
      </ErrorBoundary>
      <Toasts />
    </div>
  );
}
