import { isLive, type Incident } from '../incident';
import type { LifecycleAction } from '../incident-lifecycle';
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
 * Editing the details (title, summary, cause, fix, impact start, runbooks) is allowed in every status, since
 * the analysis often corrects them; a closed incident may change its root cause and fix but never lose them.
 */

type EditDetails = Extract<LifecycleAction, { type: 'edit-details' }>;

export function editDetails(incident: Incident, action: EditDetails, at: number, write: Write): RuleOutcome {
  const next: Incident = { ...incident };
  const changed: string[] = [];
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
    }
  }
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
  return { incident: next };
}
