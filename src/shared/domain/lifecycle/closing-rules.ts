import { isLive, type Incident } from '../incident';
import { formatUtc } from '../../time/format-time';
import { inWords, isValidInstant, MAX_LONG_TEXT, statusWords, type RuleOutcome, type Write } from './rule-support';

/* The rules after an incident ended: reopening it, and scheduling, skipping or completing the analysis. */

const HOUR = 3_600_000;

/** The handbook's advice: hold the analysis sync 24 to 48 hours after the incident ends. */
export const RECOMMENDED_ANALYSIS_DELAY = { fromMs: 24 * HOUR, toMs: 48 * HOUR } as const;

/** The window in which the analysis sync is recommended for an incident resolved at `resolvedAt`. */
export function recommendedAnalysisWindow(resolvedAt: number): { from: number; to: number } {
  return { from: resolvedAt + RECOMMENDED_ANALYSIS_DELAY.fromMs, to: resolvedAt + RECOMMENDED_ANALYSIS_DELAY.toMs };
}

export function reopen(incident: Incident, reasonInput: string, write: Write): RuleOutcome {
  if (incident.status !== 'resolved' && incident.status !== 'analysis-scheduled') {
    return isLive(incident.status)
      ? 'This incident is still open; there is nothing to reopen.'
      : `This incident is ${statusWords[incident.status]}; declare a new incident for a new problem.`;
  }
  const reason = (reasonInput ?? '').trim();
  if (reason.length === 0) return 'Say why the incident is reopened, so the timeline explains it.';
  if (reason.length > MAX_LONG_TEXT) return `Shorten the reason to ${inWords(MAX_LONG_TEXT)} characters or fewer.`;
  write('status-change', `Reopened, back to investigating: ${reason}`);
  // The root cause and fix stay as drafts: they are what the team believed, and usually the starting point.
  return { incident: { ...incident, status: 'investigating', resolvedAt: null, analysisScheduledFor: null } };
}

export function scheduleAnalysis(incident: Incident, scheduledFor: number, write: Write): RuleOutcome {
  if (incident.status !== 'resolved' && incident.status !== 'analysis-scheduled') {
    return isLive(incident.status)
      ? 'Resolve the incident first; the analysis is scheduled once it has ended.'
      : `This incident is ${statusWords[incident.status]}; there is no analysis left to schedule.`;
  }
  if (!isValidInstant(scheduledFor)) return 'Pick a valid date and time for the analysis sync.';
  const resolvedAt = incident.resolvedAt ?? incident.updatedAt;
  if (scheduledFor <= resolvedAt) {
    return 'Pick a time after the incident was resolved; 24 to 48 hours later works best.';
  }
  const verb = incident.status === 'analysis-scheduled' ? 'rescheduled' : 'scheduled';
  write('status-change', `Analysis sync ${verb} for ${formatUtc(scheduledFor, { withDate: true })}`);
  return { incident: { ...incident, status: 'analysis-scheduled', analysisScheduledFor: scheduledFor } };
}

export function skipAnalysis(incident: Incident, reasonInput: string, write: Write): RuleOutcome {
  if (incident.status !== 'resolved' && incident.status !== 'analysis-scheduled') {
    return isLive(incident.status)
      ? 'Resolve the incident first; the analysis can be skipped once it has ended.'
      : `This incident is ${statusWords[incident.status]}; there is no analysis left to skip.`;
  }
  const reason = (reasonInput ?? '').trim();
  if (reason.length === 0) return 'Say why the analysis is skipped (for example: the incident was uneventful).';
  if (reason.length > MAX_LONG_TEXT) return `Shorten the reason to ${inWords(MAX_LONG_TEXT)} characters or fewer.`;
  write('status-change', `Analysis skipped: ${reason}`);
  return { incident: { ...incident, status: 'analysis-skipped', analysisScheduledFor: null } };
}

export function completeAnalysis(incident: Incident, write: Write): RuleOutcome {
  if (incident.status !== 'analysis-scheduled') {
    if (incident.status === 'resolved') return 'Schedule the analysis sync first, then mark it done after the meeting.';
    if (isLive(incident.status)) return 'Resolve the incident and hold the analysis sync before marking it done.';
    return `This incident is already ${statusWords[incident.status]}.`;
  }
  write('status-change', 'Analysis completed');
  return { incident: { ...incident, status: 'analysed' } };
}
