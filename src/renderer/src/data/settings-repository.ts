import { z } from 'zod';
import { PersonNameSchema } from '../../../shared/domain/incident';
import type { SitrepDatabase } from './db';
import { guardStorage } from './storage-error';

/**
 * User preferences, one row per key. To add a setting, add a field with a default here: rows that do not
 * exist yet (or hold a value an older or newer build wrote) read as the default, so no schema version is needed.
 */
export const SettingsSchema = z.object({
  /** Asked once on first run; null until then. Stamped on every entry the user writes. */
  userName: PersonNameSchema.nullable().default(null),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

const fields = SettingsSchema.shape;
const settingKeys = Object.keys(fields) as SettingKey[];

export const defaultSettings: Settings = SettingsSchema.parse({});

export async function readSettings(db: SitrepDatabase): Promise<Settings> {
  const rows = await db.settings.bulkGet(settingKeys);
  const settings: Record<string, unknown> = {};
  settingKeys.forEach((key, i) => {
    // One bad value falls back to its own default instead of hiding every other setting.
    const parsed = fields[key].safeParse(rows[i]?.value);
    settings[key] = parsed.success ? parsed.data : defaultSettings[key];
  });
  return settings as Settings;
}

/** Writes the given settings; an invalid value is refused with a message and nothing is written. */
export async function updateSettings(db: SitrepDatabase, patch: Partial<Settings>): Promise<void> {
  const rows: { key: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(patch)) {
    if (!(key in fields)) throw new Error(`"${key}" is not a Sitrep setting.`);
    const parsed = fields[key as SettingKey].safeParse(value);
    if (!parsed.success) throw new Error(`The value for "${key}" is not valid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`);
    rows.push({ key, value: parsed.data });
  }
  if (rows.length === 0) return;
  await guardStorage(() => db.settings.bulkPut(rows));
}
