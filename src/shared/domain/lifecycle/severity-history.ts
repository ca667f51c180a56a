import { severities, type Incident, type Severity } from '../incident';
import type { TimelineEntry } from '../timeline-entry';

/*
 * The severities an incident went through. The rule that changes severity writes its entry with
 * severityChangeText, and the history reads those entries back with the same pattern, so the two cannot
 * drift apart. Readers of an analysis expect the peak ("it was critical for an hour"), not the last level.
 */

export function severityChangeText(from: Severity, to: Severity, reason: string): string {
  return `Severity changed from ${from} to ${to}${reason ? `: ${reason}` : ''}`;
}

const changePattern = new RegExp(`^Severity changed from (${severities.join('|')}) to (${severities.join('|')})(?::|$)`, 'u');

const rank = (severity: Severity): number => severities.indexOf(severity);

/**
 * The highest severity the incident reached: its current one, and both sides of every live severity change
 * on the timeline (the first change's "from" is the declared severity).
 */
export function peakSeverity(incident: Incident, entries: readonly TimelineEntry[]): Severity {
  let peak = incident.severity;
  for (const entry of entries) {
    if (entry.deletedAt !== null || entry.kind !== 'severity-change') continue;
    const match = changePattern.exec(entry.text);
    if (!match) continue;
    for (const level of [match[1], match[2]] as Severity[]) if (rank(level) > rank(peak)) peak = level;
  }
  return peak;
}
