import { useCallback, useMemo, useState } from 'react';
import type { Incident, IncidentStatus } from '../../../shared/domain/incident';
import { useLive } from './use-live';
import type { SitrepDatabase } from '../data/db';

// Written out rather than imported: shared/domain/incident's isLive sits beside zod schemas (~25 KB gz).
const liveStatuses: ReadonlySet<IncidentStatus> = new Set<IncidentStatus>(['investigating', 'identified', 'monitoring']);

/** Live incidents, most recently declared first: the first one is where a quick note goes by default. */
async function liveIncidents(db: SitrepDatabase): Promise<Incident[]> {
  const all = await db.incidents.toArray();
  return all.filter((i) => liveStatuses.has(i.status)).sort((a, b) => b.declaredAt - a.declaredAt || (a.id < b.id ? 1 : -1));
}

export interface QuickNoteTarget {
  /** undefined while loading. */
  live: Incident[] | undefined;
  target: Incident | null;
  /** Moves the target by one (wrapping), or picks the n-th (0-based). */
  step(by: 1 | -1): void;
  pick(index: number): void;
  /** Back to the most recent live incident (each time the window is shown). */
  reset(): void;
}

export function useQuickNoteTarget(db: SitrepDatabase, onError: (error: unknown) => void): QuickNoteTarget {
  const live = useLive(() => liveIncidents(db), [db], onError);
  // The chosen incident's id; null means "the most recent", which follows new declarations live.
  const [chosenId, setChosenId] = useState<string | null>(null);
  const list = useMemo(() => live ?? [], [live]);
  const chosen = chosenId ? list.find((i) => i.id === chosenId) : undefined;
  const target = chosen ?? list[0] ?? null;
  const index = target ? list.indexOf(target) : -1;

  const step = useCallback(
    (by: 1 | -1) => {
      if (list.length === 0) return;
      const next = list[(index + by + list.length) % list.length];
      if (next) setChosenId(next.id);
    },
    [list, index],
  );
  const pick = useCallback(
    (n: number) => {
      const next = list[n];
      if (next) setChosenId(next.id);
    },
    [list],
  );
  const reset = useCallback(() => setChosenId(null), []);
  return { live, target, step, pick, reset };
}
