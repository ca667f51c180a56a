import { formatDuration, formatUtc } from '../time/format-time';
import { isClosed, nextUpdateAt, publicDescription, type CommsInput } from './comms-input';

/** A message for the team's announcements channel: who leads, how bad, what is known, when next. */
export function buildAnnouncement(input: CommsInput): string {
  const { incident } = input;
  const started = incident.impactStartedAt ?? incident.declaredAt;
  if (isClosed(incident)) {
    const resolvedAt = incident.resolvedAt ?? input.now;
    return [
      `Resolved (${incident.severity}): ${incident.title}`,
      `Lasted ${formatDuration(Math.max(0, resolvedAt - started))}, resolved at ${formatUtc(resolvedAt, { withDate: true })}.`,
      incident.rootCause.trim() ? `Root cause: ${incident.rootCause.trim()}` : null,
      incident.fix.trim() ? `Fix: ${incident.fix.trim()}` : null,
      `Lead: ${incident.lead}. An analysis will follow.`,
    ]
      .filter((line): line is string => line !== null)
      .join('\n');
  }
  return [
    `Incident (${incident.severity}, ${incident.status}): ${incident.title}`,
    `Impact: ${publicDescription(input)}`,
    `Started ${formatUtc(started, { withDate: true })} (${formatDuration(Math.max(0, input.now - started))} ago). Lead: ${incident.lead}.`,
    `Next update by ${nextUpdateAt(input)}. Please keep questions to this thread so the call stays focused.`,
  ].join('\n');
}
