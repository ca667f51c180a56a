import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../data/database-context';
import { readSettings } from '../data/settings-repository';
import { CurrentUserContext } from './shell/current-user';
import { useTheme } from './shell/use-theme';
import { FirstRun } from './first-run/FirstRun';
import { Shell } from './shell/Shell';
import { FirstIncidents, type FirstReads } from './first-reads';
import { lazyView } from '../components/lazy-view';

// Only a start that finds the log without incidents loads it: it asks main whether its safety copy has some.
const SafetyCopyOffer = lazyView(() => import('../safety-copy/SafetyCopyOffer').then((m) => m.SafetyCopyOffer), null);

/**
 * Starts from the first reads (main.tsx renders it once they are in), asks for the user's name once, then
 * shows the cockpit. Settings and the list stay live from there.
 */
export function App({ first }: { first: FirstReads | null }) {
  const db = useDatabase();
  const settings = useLiveQuery(() => readSettings(db), [db], first?.settings);
  useTheme(settings?.theme);
  if (!settings) return <OpeningLog />;
  // Beside the first screen and in the same place whichever it is, so a restore that brings the name back keeps it open.
  const offer = first?.incidents.length === 0 ? <SafetyCopyOffer /> : null;
  if (!settings.userName) {
    return (
      <>
        {offer}
        <FirstRun />
      </>
    );
  }
  return (
    <>
      {offer}
      <CurrentUserContext.Provider value={settings.userName}>
        <FirstIncidents.Provider value={first?.incidents}>
          <Shell />
        </FirstIncidents.Provider>
      </CurrentUserContext.Provider>
    </>
  );
}

export function OpeningLog() {
  return (
    <p className="loading" role="status">
      Opening the incident log…
    </p>
  );
}
