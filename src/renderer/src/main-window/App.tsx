import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../data/database-context';
import { readSettings } from '../data/settings-repository';
import { CurrentUserContext } from './shell/current-user';
import { useTheme } from './shell/use-theme';
import { FirstRun } from './first-run/FirstRun';
import { Shell } from './shell/Shell';

/** Waits for settings, asks for the user's name once, then shows the cockpit. */
export function App() {
  const db = useDatabase();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  useTheme(settings?.theme);
  if (!settings) return <p className="loading" role="status">Opening the incident log…</p>;
  if (!settings.userName) return <FirstRun />;
  return (
    <CurrentUserContext.Provider value={settings.userName}>
      <Shell />
    </CurrentUserContext.Provider>
  );
}
