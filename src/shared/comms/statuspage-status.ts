import type { IncidentStatus } from '../domain/incident';

/** Statuspage's states of a realtime incident, in the order an incident moves through them. */
export const statuspageStatuses = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type StatusPageStatus = (typeof statuspageStatuses)[number];

/** What the status page should say about an incident in this state: once it is resolved, it stays resolved there. */
export function statusPageStatusOf(status: IncidentStatus): StatusPageStatus {
  return status === 'investigating' || status === 'identified' || status === 'monitoring' ? status : 'resolved';
}
