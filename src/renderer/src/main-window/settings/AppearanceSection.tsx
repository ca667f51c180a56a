import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../data/database-context';
import { readSettings, updateSettings } from '../../data/settings-repository';
import { useToastStore } from '../../state/toast-store';

const themes = [
  { value: 'system', label: 'Follow the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
] as const;

export function AppearanceSection() {
  const db = useDatabase();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  const push = useToastStore((s) => s.push);
  return (
    <fieldset className="radio-group">
      <legend>Theme</legend>
      {themes.map((theme) => (
        <label key={theme.value} className="radio-row">
          <input
            type="radio"
            name="theme"
            value={theme.value}
            checked={settings?.theme === theme.value}
            onChange={() =>
              void updateSettings(db, { theme: theme.value }).catch((e: unknown) =>
                push({ tone: 'error', message: `The theme was not saved: ${e instanceof Error ? e.message : String(e)}` }),
              )
            }
          />
          {theme.label}
        </label>
      ))}
    </fieldset>
  );
}
