import { openDatabase, type SitrepDatabase } from '../data/db';

/**
 * The main window's connection to the incident log, opened while the rest of the window's code is still
 * being evaluated. main.tsx imports this module first, so it runs before React, zod and the views are
 * evaluated: opening IndexedDB is a round trip to the browser process, and started here it overlaps that
 * work instead of waiting for the first query of the first render to start it.
 */
export const startDatabase: SitrepDatabase = openDatabase();

// A failed open is reported where it always was: by the first query that needs the log, which fails with
// the same error and is shown to the user in plain words (storage-error.ts). Nothing to do with it here.
startDatabase.open().catch(() => undefined);
