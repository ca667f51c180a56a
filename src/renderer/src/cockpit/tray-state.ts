import type { Incident, Severity } from '../../../shared/domain/incident';
import { isLive } from '../../../shared/domain/domain-values';

const rank: Record<Severity, number> = { critical: 3, major: 2, minor: 1 };

export interface TrayState {
  activeIncident: { title: string; severity: Severity } | null;
}

/** What the tray shows: the worst live incident (the most recent among equals), or none. */
export function trayStateFor(incidents: readonly Incident[]): TrayState {
  const live = incidents.filter((i) => isLive(i.status));
  live.sort((a, b) => rank[b.severity] - rank[a.severity] || b.declaredAt - a.declaredAt);
  const top = live[0];
  return { activeIncident: top ? { title: top.title, severity: top.severity } : null };
}
