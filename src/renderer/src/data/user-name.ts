import type { SitrepDatabase } from './db';

/**
 * The user's name from settings, or null until the first run set it. Read on its own, without the settings
 * schema, because the quick note needs only this and keeps zod out of its bundle.
 */
export async function readUserName(db: SitrepDatabase): Promise<string | null> {
  const row = await db.settings.get('userName');
  const value: unknown = row?.value;
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
