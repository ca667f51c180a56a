import { isLive, SeveritySchema, type Incident, type IncidentStatus, type Severity } from '../incident';
import type { MilestoneName } from '../timeline-entry';
import { headline } from '../text-headline';
import {
  inWords,
  isFinished,
  isMilestoneName,
  isValidInstant,
  MAX_LONG_TEXT,
  MAX_NAME,
  milestoneLabel,
  sameName,
  statusWords,
  type RuleOutcome,
  type Write,
} from './rule-support';
import { severityChangeText } from './severity-history';
import { formatUtc } from '../../time/format-time';

/* The rules while an incident is live: severity, lead, status, milestones, and the way out (resolve). */

export function changeSeverity(incident: Incident, action: { severity: Severity; reason?: string }, write: Write): RuleOutcome {
  if (!SeveritySchema.safeParse(action.severity).success) return 'Choose a severity: minor, major or critical.';
  if (action.severity === incident.severity) return `The incident is already ${incident.severity}; choose a different severity.`;
  const reason = (action.reason ?? '').trim();
  if (reason.length > MAX_LONG_TEXT) return `Shorten the reason to ${inWords(MAX_LONG_TEXT)} characters or fewer.`;
  write('severity-change', severityChangeText(incident.severity, action.severity, reason));
  return { incident: { ...incident, severity: action.severity } };
}

export function handOver(incident: Incident, to: string, write: Write): RuleOutcome {
  const next = (to ?? '').trim();
  if (next.length === 0) return 'Name the person who takes over as lead.';
  if (next.length > MAX_NAME) return `Shorten the name to ${MAX_NAME} characters or fewer.`;
  if (/[\r\n\u2028\u2029]/u.test(next)) return 'Write the name of the new lead on one line.';
  if (sameName(next, incident.lead)) return `${incident.lead} already leads this incident; name someone else to hand over to.`;
  if (isFinished(incident.status)) return 'This incident is finished; there is no lead role left to hand over.';
  write('lead-change', `Lead handed over from ${incident.lead} to ${next}`);
  return { incident: { ...incident, lead: next } };
}

function notLiveReason(incident: Incident, what: string): string {
  return `This incident is ${statusWords[incident.status]}; reopen it first if you need to ${what}.`;
}

export function setStatus(incident: Incident, status: IncidentStatus, write: Write): RuleOutcome {
  if (!isLive(status)) {
    return status === 'resolved'
      ? 'Use Resolve to end an incident: it asks for the root cause and the fix.'
      : 'Choose investigating, identified or monitoring.';
  }
  if (!isLive(incident.status)) return notLiveReason(incident, 'change its status');
  if (status === incident.status) return `The incident is already ${status}; choose another status.`;
  write('status-change', `Status changed from ${incident.status} to ${status}`);
  return { incident: { ...incident, status } };
}

export function resolve(
  incident: Incident,
  action: { rootCause: string; fix: string; resolvedAt?: number },
  at: number,
  write: Write,
): RuleOutcome {
  if (!isLive(incident.status)) return `This incident is already ${statusWords[incident.status]}.`;
  const resolvedAt = action.resolvedAt ?? at;
  const timeProblem = resolvedTimeProblem(incident, resolvedAt, at);
  if (timeProblem) return timeProblem;
  const rootCause = (action.rootCause ?? '').trim();
  const fix = (action.fix ?? '').trim();
  if (rootCause.length === 0 && fix.length === 0) {
    return 'Write the root cause and the fix first: an incident ends only when the cause is known and a fix is in place.';
  }
  if (rootCause.length === 0) return 'Write the root cause first: an incident ends only when the cause is known.';
  if (fix.length === 0) return 'Describe the fix that is in place first: an incident ends only when a fix is in place.';
  if (rootCause.length > MAX_LONG_TEXT || fix.length > MAX_LONG_TEXT) {
    return `Shorten the root cause and the fix to ${inWords(MAX_LONG_TEXT)} characters each; link to longer write-ups.`;
  }
  // One short line: a five-paragraph root cause in one timeline cell buried the rows around it, and the full
  // root cause and fix are in the header and the analysis document.
  const cause = headline(rootCause, 60);
  write('status-change', `Resolved. Root cause: ${cause}${cause.endsWith('…') ? '' : '.'} Fix: ${headline(fix, 60)}`, { occurredAt: resolvedAt });
  write('milestone', 'Resolved', { milestone: 'resolved', occurredAt: resolvedAt });
  return { incident: { ...incident, status: 'resolved', rootCause, fix, resolvedAt } };
}

/** Why `resolvedAt` cannot be the incident's end (used when resolving and when correcting it later), or null. */
export function resolvedTimeProblem(incident: Incident, resolvedAt: number, at: number): string | null {
  if (!isValidInstant(resolvedAt)) return 'The resolved time is not a valid time; correct it or leave it empty for now.';
  if (resolvedAt > at) return 'An incident cannot be resolved in the future; set a time up to now.';
  if (resolvedAt < incident.declaredAt) {
    return `The resolved time is before the incident was declared (${formatUtc(incident.declaredAt, { withDate: true })}); set a later time, or correct the declared time first.`;
  }
  return null;
}

export function recordMilestone(
  incident: Incident,
  action: { milestone: MilestoneName; occurredAt: number },
  at: number,
  write: Write,
): RuleOutcome {
  if (action.milestone === 'declared') return 'The declared milestone is recorded when the incident is declared.';
  if (action.milestone === 'resolved') return 'Use Resolve to end the incident: it records the resolved milestone with the root cause and fix.';
  if (!isMilestoneName(action.milestone)) return 'Choose a milestone: impact started, detected or mitigated.';
  if (!isValidInstant(action.occurredAt)) return 'Pick a valid time for the milestone.';
  if (action.occurredAt > at) return 'A milestone cannot be in the future; set a time up to now.';
  write('milestone', milestoneLabel(action.milestone), { milestone: action.milestone, occurredAt: action.occurredAt });
  // The impact start is a field too (the analysis measures from it), so recording it keeps both in step.
  if (action.milestone === 'impact-started') return { incident: { ...incident, impactStartedAt: action.occurredAt } };
  return { incident };
}

