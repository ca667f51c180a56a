import {
  EpochMsSchema,
  IncidentSchema,
  isLive,
  PersonNameSchema,
  SeveritySchema,
  type Incident,
  type IncidentStatus,
  type Severity,
} from './incident';
import type { EntryKind, MilestoneName, TimelineEntry } from './timeline-entry';
import { makeEntry } from './timeline-entry-factory';
import { formatUtc } from '../time/format-time';

/*
 * Every rule about how an incident moves lives here, as pure functions: an action goes in with the incident,
 * and out come the new incident and the timeline entries that record what happened, or a refusal that tells
 * the user what to do instead. The data layer writes both in one transaction, so the log and the incident
 * can never disagree.
 */

export type LifecycleAction =
  | { type: 'change-severity'; severity: Severity; reason?: string }
  | { type: 'hand-over'; to: string }
  | { type: 'set-status'; status: 'investigating' | 'identified' | 'monitoring' }
  | { type: 'resolve'; rootCause: string; fix: string }
  | { type: 'reopen'; reason: string }
  | { type: 'schedule-analysis'; scheduledFor: number }
  | { type: 'skip-analysis'; reason: string }
  | { type: 'complete-analysis' }
  | {
      type: 'edit-details';
      title?: string;
      summary?: string;
      rootCause?: string;
      fix?: string;
      impactStartedAt?: number | null;
      runbookLinks?: string[];
    }
  | { type: 'record-milestone'; milestone: MilestoneName; occurredAt: number };

export interface ActionContext {
  by: string;
  at: number;
  newId: () => string;
}

export type LifecycleResult = { ok: true; incident: Incident; entries: TimelineEntry[] } | { ok: false; reason: string };

const MAX_TITLE = 300;
const MAX_LONG_TEXT = 20_000;
const MAX_NAME = 120;
const MAX_LINKS = 50;
const MAX_LINK = 2_000;
const HOUR = 3_600_000;

/** The handbook's advice: hold the analysis sync 24 to 48 hours after the incident ends. */
export const RECOMMENDED_ANALYSIS_DELAY = { fromMs: 24 * HOUR, toMs: 48 * HOUR } as const;

/** The window in which the analysis sync is recommended for an incident resolved at `resolvedAt`. */
export function recommendedAnalysisWindow(resolvedAt: number): { from: number; to: number } {
  return { from: resolvedAt + RECOMMENDED_ANALYSIS_DELAY.fromMs, to: resolvedAt + RECOMMENDED_ANALYSIS_DELAY.toMs };
}

/** Statuses after the incident ended; all of them carry a root cause, a fix and resolvedAt. */
export const closedStatuses: readonly IncidentStatus[] = ['resolved', 'analysis-scheduled', 'analysed', 'analysis-skipped'];

const statusWords: Record<IncidentStatus, string> = {
  investigating: 'investigating',
  identified: 'identified',
  monitoring: 'monitoring',
  resolved: 'resolved',
  'analysis-scheduled': 'analysis scheduled',
  analysed: 'analysed',
  'analysis-skipped': 'analysis skipped',
};

const milestoneWords: Record<MilestoneName, string> = {
  'impact-started': 'Impact started',
  detected: 'Detected',
  declared: 'Declared',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** How a milestone reads on the timeline ("Impact started"). */
export const milestoneLabel = (milestone: MilestoneName): string => milestoneWords[milestone];

const refuse = (reason: string): LifecycleResult => ({ ok: false, reason });
const isValidInstant = (ms: unknown): ms is number => EpochMsSchema.safeParse(ms).success;
const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

function checkActor(by: string, at: number): string | null {
  if (!PersonNameSchema.safeParse(by).success) {
    return 'Set your name in Settings first: every change on the timeline records who made it.';
  }
  if (!isValidInstant(at)) return 'The clock gave an invalid time; check the system clock and try again.';
  return null;
}

/** Anyone may declare; whoever declares leads until they hand over. */
export function declareIncident(
  input: { title: string; severity: Severity; impactStartedAt?: number | null },
  ctx: ActionContext,
): LifecycleResult {
  const actorProblem = checkActor(ctx.by, ctx.at);
  if (actorProblem) return refuse(actorProblem);
  const title = (input.title ?? '').trim();
  if (title.length === 0) return refuse('Give the incident a short title that says what is broken, then declare.');
  if (title.length > MAX_TITLE) return refuse(`Shorten the title to ${MAX_TITLE} characters or fewer; put the detail in the summary.`);
  if (!SeveritySchema.safeParse(input.severity).success) {
    return refuse('Choose a severity (minor, major or critical); when unsure, pick the higher one.');
  }
  const impactStartedAt = input.impactStartedAt ?? null;
  if (impactStartedAt !== null && !isValidInstant(impactStartedAt)) {
    return refuse('The impact start time is not a valid time; correct it or leave it empty.');
  }
  if (impactStartedAt !== null && impactStartedAt > ctx.at) {
    return refuse('The impact cannot start in the future; set a time before now or leave it empty.');
  }
  const by = ctx.by.trim();
  const incident: Incident = {
    id: ctx.newId(),
    title,
    severity: input.severity,
    status: 'investigating',
    lead: by,
    declaredBy: by,
    declaredAt: ctx.at,
    impactStartedAt,
    resolvedAt: null,
    rootCause: '',
    fix: '',
    runbookLinks: [],
    summary: '',
    analysisScheduledFor: null,
    updatedAt: ctx.at,
  };
  const entries: TimelineEntry[] = [];
  const write = entryWriter(incident.id, by, ctx.at, ctx.newId, entries);
  if (impactStartedAt !== null) write('milestone', 'Impact started', { milestone: 'impact-started', occurredAt: impactStartedAt });
  write('milestone', `Declared as ${input.severity} by ${by}, who leads: ${title}`, { milestone: 'declared' });
  return { ok: true, incident, entries };
}

type Write = (kind: EntryKind, text: string, extra?: { milestone?: MilestoneName; occurredAt?: number }) => void;

function entryWriter(incidentId: string, by: string, at: number, newId: () => string, into: TimelineEntry[]): Write {
  return (kind, text, extra = {}) => {
    into.push(
      makeEntry(
        { incidentId, kind, text, author: by, source: 'lifecycle', occurredAt: extra.occurredAt, milestone: extra.milestone ?? null },
        { at, newId },
      ),
    );
  };
}

interface Step {
  /** The incident after the action, before updatedAt is stamped. */
  incident: Incident;
}

/** Applies one action; refuses with a sentence that says what to do when the rules do not allow it. */
export function applyLifecycleAction(incident: Incident, action: LifecycleAction, ctx: ActionContext): LifecycleResult {
  const actorProblem = checkActor(ctx.by, ctx.at);
  if (actorProblem) return refuse(actorProblem);
  // A clock that stepped backwards must not make the incident look older than its last change.
  const at = Math.max(ctx.at, incident.updatedAt);
  const by = ctx.by.trim();
  const entries: TimelineEntry[] = [];
  const write = entryWriter(incident.id, by, at, ctx.newId, entries);
  const outcome = decide(incident, action, at, write);
  if (typeof outcome === 'string') return refuse(outcome);
  if (entries.length === 0) return { ok: true, incident, entries };
  return { ok: true, incident: { ...outcome.incident, updatedAt: at }, entries };
}

function decide(incident: Incident, action: LifecycleAction, at: number, write: Write): Step | string {
  switch (action.type) {
    case 'change-severity':
      return changeSeverity(incident, action, write);
    case 'hand-over':
      return handOver(incident, action.to, write);
    case 'set-status':
      return setStatus(incident, action.status, write);
    case 'resolve':
      return resolve(incident, action, at, write);
    case 'reopen':
      return reopen(incident, action.reason, write);
    case 'schedule-analysis':
      return scheduleAnalysis(incident, action.scheduledFor, write);
    case 'skip-analysis':
      return skipAnalysis(incident, action.reason, write);
    case 'complete-analysis':
      return completeAnalysis(incident, write);
    case 'edit-details':
      return editDetails(incident, action, at, write);
    case 'record-milestone':
      return recordMilestone(incident, action, at, write);
    default:
      return `Sitrep does not know the action "${String((action as { type?: unknown }).type)}".`;
  }
}

function changeSeverity(incident: Incident, action: { severity: Severity; reason?: string }, write: Write): Step | string {
  if (!SeveritySchema.safeParse(action.severity).success) return 'Choose a severity: minor, major or critical.';
  if (action.severity === incident.severity) return `The incident is already ${incident.severity}; choose a different severity.`;
  const reason = (action.reason ?? '').trim();
  if (reason.length > MAX_LONG_TEXT) return `Shorten the reason to ${MAX_LONG_TEXT} characters or fewer.`;
  write('severity-change', `Severity changed from ${incident.severity} to ${action.severity}${reason ? `: ${reason}` : ''}`);
  return { incident: { ...incident, severity: action.severity } };
}

function handOver(incident: Incident, to: string, write: Write): Step | string {
  const next = (to ?? '').trim();
  if (next.length === 0) return 'Name the person who takes over as lead.';
  if (next.length > MAX_NAME) return `Shorten the name to ${MAX_NAME} characters or fewer.`;
  if (sameName(next, incident.lead)) return `${incident.lead} already leads this incident; name someone else to hand over to.`;
  if (isFinished(incident.status)) return 'This incident is finished; there is no lead role left to hand over.';
  write('lead-change', `Lead handed over from ${incident.lead} to ${next}`);
  return { incident: { ...incident, lead: next } };
}

const isFinished = (status: IncidentStatus): boolean => status === 'analysed' || status === 'analysis-skipped';

function notLiveReason(incident: Incident, what: string): string {
  return `This incident is ${statusWords[incident.status]}; reopen it first if you need to ${what}.`;
}

function setStatus(incident: Incident, status: IncidentStatus, write: Write): Step | string {
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

function resolve(incident: Incident, action: { rootCause: string; fix: string }, at: number, write: Write): Step | string {
  if (!isLive(incident.status)) return `This incident is already ${statusWords[incident.status]}.`;
  const rootCause = (action.rootCause ?? '').trim();
  const fix = (action.fix ?? '').trim();
  if (rootCause.length === 0 && fix.length === 0) {
    return 'Write the root cause and the fix first: an incident ends only when the cause is known and a fix is in place.';
  }
  if (rootCause.length === 0) return 'Write the root cause first: an incident ends only when the cause is known.';
  if (fix.length === 0) return 'Describe the fix that is in place first: an incident ends only when a fix is in place.';
  if (rootCause.length > MAX_LONG_TEXT || fix.length > MAX_LONG_TEXT) {
    return `Shorten the root cause and the fix to ${MAX_LONG_TEXT} characters each; link to longer write-ups.`;
  }
  write('status-change', `Resolved. Root cause: ${rootCause}. Fix: ${fix}`);
  write('milestone', 'Resolved', { milestone: 'resolved' });
  return { incident: { ...incident, status: 'resolved', rootCause, fix, resolvedAt: at } };
}

function reopen(incident: Incident, reasonInput: string, write: Write): Step | string {
  if (incident.status !== 'resolved' && incident.status !== 'analysis-scheduled') {
    return isLive(incident.status)
      ? 'This incident is still open; there is nothing to reopen.'
      : `This incident is ${statusWords[incident.status]}; declare a new incident for a new problem.`;
  }
  const reason = (reasonInput ?? '').trim();
  if (reason.length === 0) return 'Say why the incident is reopened, so the timeline explains it.';
  if (reason.length > MAX_LONG_TEXT) return `Shorten the reason to ${MAX_LONG_TEXT} characters or fewer.`;
  write('status-change', `Reopened, back to investigating: ${reason}`);
  // The root cause and fix stay as drafts: they are what the team believed, and usually the starting point.
  return { incident: { ...incident, status: 'investigating', resolvedAt: null, analysisScheduledFor: null } };
}

function scheduleAnalysis(incident: Incident, scheduledFor: number, write: Write): Step | string {
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

function skipAnalysis(incident: Incident, reasonInput: string, write: Write): Step | string {
  if (incident.status !== 'resolved' && incident.status !== 'analysis-scheduled') {
    return isLive(incident.status)
      ? 'Resolve the incident first; the analysis can be skipped once it has ended.'
      : `This incident is ${statusWords[incident.status]}; there is no analysis left to skip.`;
  }
  const reason = (reasonInput ?? '').trim();
  if (reason.length === 0) return 'Say why the analysis is skipped (for example: the incident was uneventful).';
  if (reason.length > MAX_LONG_TEXT) return `Shorten the reason to ${MAX_LONG_TEXT} characters or fewer.`;
  write('status-change', `Analysis skipped: ${reason}`);
  return { incident: { ...incident, status: 'analysis-skipped', analysisScheduledFor: null } };
}

function completeAnalysis(incident: Incident, write: Write): Step | string {
  if (incident.status !== 'analysis-scheduled') {
    if (incident.status === 'resolved') return 'Schedule the analysis sync first, then mark it done after the meeting.';
    if (isLive(incident.status)) return 'Resolve the incident and hold the analysis sync before marking it done.';
    return `This incident is already ${statusWords[incident.status]}.`;
  }
  write('status-change', 'Analysis completed');
  return { incident: { ...incident, status: 'analysed' } };
}

type EditDetails = Extract<LifecycleAction, { type: 'edit-details' }>;

function editDetails(incident: Incident, action: EditDetails, at: number, write: Write): Step | string {
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
    if (trimmed.length > MAX_LONG_TEXT) return `Shorten the ${label} to ${MAX_LONG_TEXT} characters or fewer.`;
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

function recordMilestone(
  incident: Incident,
  action: { milestone: MilestoneName; occurredAt: number },
  at: number,
  write: Write,
): Step | string {
  if (action.milestone === 'declared') return 'The declared milestone is recorded when the incident is declared.';
  if (action.milestone === 'resolved') return 'Use Resolve to end the incident: it records the resolved milestone with the root cause and fix.';
  if (!(action.milestone in milestoneWords)) return 'Choose a milestone: impact started, detected or mitigated.';
  if (!isValidInstant(action.occurredAt)) return 'Pick a valid time for the milestone.';
  if (action.occurredAt > at) return 'A milestone cannot be in the future; set a time up to now.';
  write('milestone', milestoneWords[action.milestone], { milestone: action.milestone, occurredAt: action.occurredAt });
  // The impact start is a field too (the analysis measures from it), so recording it keeps both in step.
  if (action.milestone === 'impact-started') return { incident: { ...incident, impactStartedAt: action.occurredAt } };
  return { incident };
}

/** True when the incident satisfies every invariant the rules promise; used by tests and on import. */
export function checkIncidentInvariants(incident: Incident): string[] {
  const problems: string[] = [];
  if (!IncidentSchema.safeParse(incident).success) problems.push('does not match IncidentSchema');
  if (closedStatuses.includes(incident.status)) {
    if (incident.rootCause.trim().length === 0) problems.push('closed without a root cause');
    if (incident.fix.trim().length === 0) problems.push('closed without a fix');
    if (incident.resolvedAt === null) problems.push('closed without resolvedAt');
  } else if (incident.resolvedAt !== null) {
    problems.push('live with resolvedAt set');
  }
  if (incident.status === 'analysis-scheduled' && incident.analysisScheduledFor === null) {
    problems.push('analysis scheduled without a time');
  }
  if (incident.updatedAt < incident.declaredAt) problems.push('updatedAt before declaredAt');
  return problems;
}
