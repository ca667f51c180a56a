import { z } from 'zod';
import { readJsonFile, writeJsonFile } from './json-file';
import { DEFAULT_QUICK_NOTE_SHORTCUT } from './shortcut-registry';

/**
 * The few settings main needs before any window exists (the hotkey is bound at startup), kept in a JSON file
 * in userData. Everything else the user sets lives in the renderer's database.
 */
export const MainPreferencesSchema = z.object({
  quickNoteShortcut: z.string().min(1).max(100).catch(DEFAULT_QUICK_NOTE_SHORTCUT),
});
export type MainPreferences = z.infer<typeof MainPreferencesSchema>;

export interface PreferencesStore {
  read(): MainPreferences;
  update(patch: Partial<MainPreferences>): MainPreferences;
}

export function createPreferencesStore(file: string): PreferencesStore {
  const read = (): MainPreferences => {
    const parsed = MainPreferencesSchema.safeParse(readJsonFile(file) ?? {});
    return parsed.success ? parsed.data : { quickNoteShortcut: DEFAULT_QUICK_NOTE_SHORTCUT };
  };
  return {
    read,
    update(patch) {
      const next = { ...read(), ...patch };
      writeJsonFile(file, next);
      return next;
    },
  };
}
