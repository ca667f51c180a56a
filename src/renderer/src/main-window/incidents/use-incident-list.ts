import { useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Incident } from '../../../../shared/domain/incident';
import { useDatabase } from '../../data/database-context';
import { listIncidents } from '../../data/incident-queries';
import { FirstIncidents } from '../first-reads';

/** Every incident in list order, live; starts from the window's first read so the first paint has the list. */
export function useIncidentList(): Incident[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => listIncidents(db), [db], useContext(FirstIncidents));
}
