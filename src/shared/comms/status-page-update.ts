import { formatUtc } from '../time/format-time';
import { isClosed, nextUpdateAt, publicDescription, type CommsInput } from './comms-input';

const phase: Record<string, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
};

const phaseSentence: Record<string, string> = {
  investigating: 'We are investigating the cause.',
  identified: 'We have found the cause and are working on a fix.',
  monitoring: 'A fix is in place and we are watching the results.',
};

/** A status-page post: a phase headline, what users see, and when the next update comes. */
export function buildStatusPageUpdate(input: CommsInput): string {
  const { incident } = input;
  const description = publicDescription(input);
  const since = formatUtc(incident.impactStartedAt ?? incident.declaredAt, { withDate: true });
  if (isClosed(incident)) {
    const resolvedAt = incident.resolvedAt ?? input.now;
    return [
      `Resolved: ${incident.title}`,
      '',
      `This incident has been resolved as of ${formatUtc(resolvedAt, { withDate: true })}. ${description}`,
      incident.fix.trim() ? `What we did: ${incident.fix.trim()}` : null,
      'Thank you for your patience.',
    ]
      .filter((line): line is string => line !== null)
      .join('\n');
  }
  return [
    `${phase[incident.status] ?? 'Investigating'}: ${incident.title}`,
    '',
    `${description} (since ${since}).`,
    phaseSentence[incident.status] ?? phaseSentence.investigating,
    `Next update by ${nextUpdateAt(input)}.`,
  ].join('\n');
}
