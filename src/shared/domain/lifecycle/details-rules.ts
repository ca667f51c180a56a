import { isLive, type Incident } from '../incident';
import type { LifecycleAction, Retime } from '../lifecycle-action';
import { resolvedTimeProblem } from './live-rules';
import { formatUtc } from '../../time/format-time';
import {
  inWords,
  isValidInstant,
  MAX_LINK,
  MAX_LINKS,
  MAX_LONG_TEXT,
  MAX_TITLE,
  type RuleOutcome,
  type Write,
} from './rule-support';

/*
 * Editing the details (title, summary, cause, fix, impact start, declared and resolved times, runbooks) is
 * allowed in every status, since the analysis often corrects them and an incident logged after the fact
 * needs its own times; a closed incident may change its root cause and fix but never lose them. A corrected
 * time moves its milestone row too (retimed), so the timeline, the header and the metrics tell one story.
 */

type EditDetails = Extract<LifecycleAction, { type: 'edit-details' }>;

export function editDetails(incident: Incident, action: EditDetails, at: number, write: Write): RuleOutcome {
  const next: Incident = { ...incident };
  const changed: string[] = [];
  const retimed: Retime[] = [];
  if (action.title !== undefined) {
    const title = action.title.trim();
    if (title.length === 0) return 'The title cannot be empty; write what is broken.';
    if (title.length > MAX_TITLE) return `Shorten the title to ${MAX_TITLE} characters or fewer.`;
    if (title !== incident.title) {
      next.title = title;
      changed.push(`title to "${title}"`);
    }
  }
  for (const field of ['summary', 'rootCause', 'fix'] as const) {
    const value = action[field];
    if (value === undefined) continue;
    const label = field === 'rootCause' ? 'root cause' : field;
    const trimmed = value.trim();
    if (trimmed.length > MAX_LONG_TEXT) return `Shorten the ${label} to ${inWords(MAX_LONG_TEXT)} characters or fewer.`;
    if (field !== 'summary' && trimmed.length === 0 && !isLive(incident.status)) {
      return `A resolved incident keeps its ${label}; correct it instead of clearing it.`;
    }
    if (trimmed !== incident[field]) {
      next[field] = trimmed;
      changed.push(label);
    }
  }
  if (action.impactStartedAt !== undefined) {
    const value = action.impactStartedAt;
    if (value !== null && !isValidInstant(value)) return 'The impact start time is not a valid time; correct it or clear it.';
    if (value !== null && value > at) return 'The impact cannot start in the future; set a time before now.';
    if (value !== incident.impactStartedAt) {
      next.impactStartedAt = value;
      changed.push(value === null ? 'impact start (cleared)' : `impact start to ${formatUtc(value, { withDate: true })}`);
      if (value !== null) retimed.push({ milestone: 'impact-started', occurredAt: value });
    }
  }
  const timeProblem = editTimes(incident, next, action, at, changed, retimed);
  if (timeProblem) return timeProblem;
  if (action.runbookLinks !== undefined) {
    const links = action.runbookLinks.map((link) => link.trim()).filter((link) => link.length > 0);
    if (links.length > MAX_LINKS) return `Keep to ${MAX_LINKS} runbook links or fewer.`;
    if (links.some((link) => link.length > MAX_LINK)) return `Each runbook link must be ${MAX_LINK} characters or fewer.`;
    if (links.join('\n') !== incident.runbookLinks.join('\n')) {
      next.runbookLinks = links;
      changed.push('runbook links');
    }
  }
  if (changed.length > 0) write('note', `Details edited: ${changed.join(', ')}`);
  return { incident: next, retimed };
}

/** Applies a corrected declared or resolved time to `next`, or says why it cannot be. */
function editTimes(incident: Incident, next: Incident, action: EditDetails, at: number, changed: string[], retimed: Retime[]): string | null {
  if (action.declaredAt !== undefined && action.declaredAt !== incident.declaredAt) {
    const value = action.declaredAt;
    if (!isValidInstant(value)) return 'The declared time is not a valid time; correct it.';
    if (value > at) return 'An incident cannot be declared in the future; set a time up to now.';
    next.declaredAt = value;
    changed.push(`declared time to ${formatUtc(value, { withDate: true })}`);
    retimed.push({ milestone: 'declared', occurredAt: value });
  }
  if (action.resolvedAt !== undefined && action.resolvedAt !== incident.resolvedAt) {
    if (incident.resolvedAt === null) return 'This incident is not resolved yet; Resolve it, with the time the fix was in place.';
    const problem = resolvedTimeProblem(next, action.resolvedAt, at);
    if (problem) return problem;
    if (incident.analysisScheduledFor !== null && action.resolvedAt >= incident.analysisScheduledFor) {
      return `The analysis sync is scheduled for ${formatUtc(incident.analysisScheduledFor, { withDate: true })}; the resolved time must be before it.`;
    }
    next.resolvedAt = action.resolvedAt;
    changed.push(`resolved time to ${formatUtc(action.resolvedAt, { withDate: true })}`);
    retimed.push({ milestone: 'resolved', occurredAt: action.resolvedAt });
  } else if (next.resolvedAt !== null && next.resolvedAt < next.declaredAt) {
    return `The declared time would be after the incident was resolved (${formatUtc(next.resolvedAt, { withDate: true })}); set an earlier time, or correct the resolved time too.`;
  }
  return null;
}
