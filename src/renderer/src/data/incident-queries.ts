import type { Incident, Severity } from '../../../shared/domain/incident';
import { isLive } from '../../../shared/domain/domain-values';
import type { SitrepDatabase } from './db';

const severityRank: Record<Severity, number> = { critical: 0, major: 1, minor: 2 };

/** The order of the incident list: live incidents first, worst first, then newest; closed ones newest first. */
export function compareForList(a: Incident, b: Incident): number {
  const liveA = isLive(a.status);
  const liveB = isLive(b.status);
  if (liveA !== liveB) return liveA ? -1 : 1;
  if (liveA && a.severity !== b.severity) return severityRank[a.severity] - severityRank[b.severity];
  if (a.declaredAt !== b.declaredAt) return b.declaredAt - a.declaredAt;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

// A team has hundreds of incidents, not millions: reading them all and sorting in memory is simpler and
// fast enough, and keeps the order rule in one comparable function.
export async function listIncidents(db: SitrepDatabase): Promise<Incident[]> {
  const all = await db.incidents.toArray();
  return all.sort(compareForList);
}

/** The live incident declared most recently: where a quick note goes when no incident is chosen. */
export async function latestLiveIncident(db: SitrepDatabase): Promise<Incident | undefined> {
  const all = await db.incidents.toArray();
  return all
    .filter((incident) => isLive(incident.status))
    .sort((a, b) => b.declaredAt - a.declaredAt || (a.id < b.id ? 1 : -1))[0];
}
