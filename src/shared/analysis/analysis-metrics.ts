import type { Incident } from '../domain/incident';
import type { MilestoneName, TimelineEntry } from '../domain/timeline-entry';
import { durationText } from './analysis-time';

export interface AnalysisMetric {
  name: string;
  /** Milliseconds, or null when a milestone it needs was never recorded. */
  valueMs: number | null;
  text: string;
  basis: string;
}

/**
 * The earliest live (not deleted) milestone entry of each name, except where the incident itself knows
 * better: its declaredAt, its current resolvedAt (a reopened incident's last resolution, not its first) and
 * its impactStartedAt (which the lead may have corrected since the milestone was logged). Nothing is guessed.
 */
export function milestoneTimes(incident: Incident, entries: readonly TimelineEntry[]): Partial<Record<MilestoneName, number>> {
  const times: Partial<Record<MilestoneName, number>> = {};
  for (const entry of entries) {
    if (entry.deletedAt !== null || entry.kind !== 'milestone' || entry.milestone === null) continue;
    const seen = times[entry.milestone];
    if (seen === undefined || entry.occurredAt < seen) times[entry.milestone] = entry.occurredAt;
  }
  times.declared = incident.declaredAt;
  if (incident.impactStartedAt !== null) times['impact-started'] = incident.impactStartedAt;
  // The incident says whether and when it was resolved: a reopened one keeps its old Resolved line in the
  // log, but it is live again, and its time to resolve is not known until it is resolved anew.
  if (incident.resolvedAt !== null) times.resolved = incident.resolvedAt;
  else delete times.resolved;
  return times;
}

function between(
  name: string,
  times: Partial<Record<MilestoneName, number>>,
  from: MilestoneName,
  to: MilestoneName,
): AnalysisMetric {
  const start = times[from];
  const end = times[to];
  const basis = `${from} → ${to}`;
  if (start === undefined || end === undefined || end < start) {
    const missing = [start === undefined ? from : null, end === undefined ? to : null].filter(Boolean).join(' and ');
    return { name, valueMs: null, text: 'unknown', basis: missing ? `${basis} (no ${missing} milestone)` : `${basis} (out of order)` };
  }
  return { name, valueMs: end - start, text: durationText(end - start), basis };
}

export function computeMetrics(incident: Incident, entries: readonly TimelineEntry[]): AnalysisMetric[] {
  const times = milestoneTimes(incident, entries);
  return [
    between('Time to detect', times, 'impact-started', 'detected'),
    between('Time to mitigate', times, 'impact-started', 'mitigated'),
    between('Time to resolve', times, 'impact-started', 'resolved'),
    between('Total duration', times, 'declared', 'resolved'),
  ];
}
