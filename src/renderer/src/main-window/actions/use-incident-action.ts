import { useCallback } from 'react';
import type { LifecycleAction } from '../../../../shared/domain/incident-lifecycle';
import { useDatabase } from '../../data/database-context';
import { applyIncidentAction } from '../../data/incident-repository';
import { useCurrentUser } from '../shell/current-user';

/** Runs a lifecycle action as the current user; resolves to null on success or the reason it was refused. */
export function useIncidentAction(incidentId: string): (action: LifecycleAction) => Promise<string | null> {
  const db = useDatabase();
  const user = useCurrentUser();
  return useCallback(
    async (action) => {
      try {
        const result = await applyIncidentAction(db, incidentId, action, user);
        return result.ok ? null : result.reason;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
    [db, incidentId, user],
  );
}
