import { createContext } from 'react';
import type { Incident } from '../../../shared/domain/incident';
import type { SitrepDatabase } from '../data/db';
import { listIncidents } from '../data/incident-queries';
import { readSettings, type Settings } from '../data/settings-repository';

export interface FirstReads {
  settings: Settings;
  incidents: Incident[];
}

/**
 * What the first screen shows, read together as the window starts, instead of one after the other from the
 * renders that need them (settings first, then the list they gate, each a round trip and a render apart).
 * Null when a read fails: the live queries that take over then meet the same failure and word it.
 */
export function readFirstScreen(db: SitrepDatabase): Promise<FirstReads | null> {
  return Promise.all([readSettings(db), listIncidents(db)]).then(
    ([settings, incidents]) => ({ settings, incidents }),
    () => null,
  );
}

/** The incident list as first read, for the list's live query to start from; undefined outside the main window. */
export const FirstIncidents = createContext<Incident[] | undefined>(undefined);
