import { MAX_PERSON_NAME } from '../../../shared/domain/domain-values';
import { personNameOf } from '../../../shared/domain/entry-check';
import type { SitrepDatabase } from './db';
import { guardStorage } from './storage-error';

const themes = ['system', 'light', 'dark'] as const;

/**
 * User preferences, one row per key. To add a setting, add it here with its default and its check: rows that
 * do not exist yet (or hold a value an older or newer build wrote) read as the default, so no schema version
 * is needed. Checked without zod, because the main window reads its settings before its first paint.
 */
export interface Settings {
  /** Asked once on first run; null until then. Stamped on every entry the user writes. */
  userName: string | null;
  theme: (typeof themes)[number];
}
export type SettingKey = keyof Settings;

export const defaultSettings: Settings = { userName: null, theme: 'system' };

/** Per setting: the value to store (normalised), or undefined with the sentence that says what fits. */
const settingChecks: { [K in SettingKey]: { check: (value: unknown) => Settings[K] | undefined; fits: string } } = {
  userName: {
    check: (value) => (value === null ? null : (personNameOf(value) ?? undefined)),
    fits: `A name is 1 to ${MAX_PERSON_NAME} characters.`,
  },
  theme: {
    check: (value) => themes.find((theme) => theme === value),
    fits: 'The theme is system, light or dark.',
  },
};
const settingKeys = Object.keys(defaultSettings) as SettingKey[];

export async function readSettings(db: SitrepDatabase): Promise<Settings> {
  const rows = await db.settings.bulkGet(settingKeys);
  const settings: Record<string, unknown> = {};
  settingKeys.forEach((key, i) => {
    // One bad (or missing) value falls back to its own default instead of hiding every other setting.
    settings[key] = settingChecks[key].check(rows[i]?.value) ?? defaultSettings[key];
  });
  return settings as unknown as Settings;
}

/** Writes the given settings; an invalid value is refused with a message and nothing is written. */
export async function updateSettings(db: SitrepDatabase, patch: Partial<Settings>): Promise<void> {
  const rows: { key: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!Object.hasOwn(settingChecks, key)) throw new Error(`"${key}" is not a Sitrep setting.`);
    const { check, fits } = settingChecks[key as SettingKey];
    const stored = check(value);
    if (stored === undefined) throw new Error(`That ${key === 'userName' ? 'name' : key} cannot be saved. ${fits}`);
    rows.push({ key, value: stored });
  }
  if (rows.length === 0) return;
  await guardStorage(() => db.settings.bulkPut(rows));
}
