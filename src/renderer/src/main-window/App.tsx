import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../data/database-context';
import { readSettings } from '../data/settings-repository';
import { CurrentUserContext } from './shell/current-user';
import { useTheme } from './shell/use-theme';
import { FirstRun } from './first-run/FirstRun';
import { Shell } from './shell/Shell';
import { FirstIncidents, type FirstReads } from './first-reads';

/**
 * Starts from the first reads (main.tsx renders it once they are in), asks for the user's name once, then
 * shows the cockpit. Settings and the list stay live from there.
 */
export function App({ first }: { first: FirstReads | null }) {
  const db = useDatabase();
  const settings = useLiveQuery(() => readSettings(db), [db], first?.settings);
  useTheme(settings?.theme);
  if (!settings) return <OpeningLog />;
  if (!settings.userName) return <FirstRun />;
  return (
    <CurrentUserContext.Provider value={settings.userName}>
      <FirstIncidents.Provider value={first?.incidents}>
        <Shell />
      </FirstIncidents.Provider>
    </CurrentUserContext.Provider>
  );
}

export function OpeningLog() {
  return (
    <p className="loading" role="status">
      Opening the incident log…
    </p>
  );
}
