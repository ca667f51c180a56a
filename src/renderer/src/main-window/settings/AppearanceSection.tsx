import { useEffect, useState } from 'react';
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
  // The click shows at once; the stored setting catches up a moment later (and wins if saving failed).
  const [pending, setPending] = useState<(typeof themes)[number]['value'] | null>(null);
  const chosen = pending ?? settings?.theme;
  // The choice stays shown until the stored setting says the same, so the radio never flickers back.
  useEffect(() => {
    if (pending !== null && settings?.theme === pending) setPending(null);
  }, [pending, settings?.theme]);
  return (
    <fieldset className="radio-group">
      <legend>Theme</legend>
      {themes.map((theme) => (
        <label key={theme.value} className="radio-row">
          <input
            type="radio"
            name="theme"
            value={theme.value}
            checked={chosen === theme.value}
            onChange={() => {
              setPending(theme.value);
              updateSettings(db, { theme: theme.value }).catch(
                (e: unknown) => {
                  setPending(null);
                  push({ tone: 'error', message: `The theme was not saved: ${e instanceof Error ? e.message : String(e)}` });
                },
              );
            }}
          />
          {theme.label}
        </label>
      ))}
    </fieldset>
  );
}
