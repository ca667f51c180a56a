import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Incident } from '../../../shared/domain/incident';
import { isLive } from '../../../shared/domain/domain-values';
import type { SitrepDatabase } from '../data/db';

/**
 * The incident the checklist window follows: the most recently declared live one unless the lead picked
 * another. When the picked one closes it stays shown (its last duties: close, schedule the analysis).
 */
export function useActiveIncident(db: SitrepDatabase) {
  const all = useLiveQuery(() => db.incidents.toArray(), [db]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const live = (all ?? []).filter((i) => isLive(i.status)).sort((a, b) => b.declaredAt - a.declaredAt);
  const chosen = chosenId ? (all ?? []).find((i) => i.id === chosenId) : undefined;
  const incident: Incident | null = chosen ?? live[0] ?? null;
  return { loading: all === undefined, live, incident, choose: setChosenId };
}
