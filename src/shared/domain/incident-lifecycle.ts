import { PersonNameSchema, SeveritySchema, type Incident, type Severity } from './incident';
import { completeAnalysis, reopen, scheduleAnalysis, skipAnalysis } from './lifecycle/closing-rules';
import { editDetails } from './lifecycle/details-rules';
import { changeSeverity, handOver, recordMilestone, resolve, setStatus } from './lifecycle/live-rules';
import { entryWriter, inWords, isValidInstant, MAX_TITLE, type RuleOutcome, type Write } from './lifecycle/rule-support';
import type { TimelineEntry } from './timeline-entry';
import { formatUtc } from '../time/format-time';
import type { ActionContext, LifecycleAction, LifecycleResult } from './lifecycle-action';

export type { ActionContext, LifecycleAction, LifecycleResult, Retime } from './lifecycle-action';
export { RECOMMENDED_ANALYSIS_DELAY, recommendedAnalysisWindow } from './lifecycle/closing-rules';
export { checkIncidentInvariants } from './lifecycle/incident-invariants';
export { closedStatuses, milestoneLabel } from './lifecycle/rule-support';
export { peakSeverity } from './lifecycle/severity-history';

/*
 * Every rule about how an incident moves lives here, as pure functions: an action goes in with the incident,
 * and out come the new incident and the timeline entries that record what happened, or a refusal that tells
 * the user what to do instead. The data layer writes both in one transaction, so the log and the incident
 * can never disagree.
 */

/** The actions Set time can date back: the rest either carry their own time or happen when they are done. */
const datableActions: ReadonlySet<LifecycleAction['type']> = new Set(['change-severity', 'hand-over', 'set-status']);

const refuse = (reason: string): LifecycleResult => ({ ok: false, reason });

function checkActor(by: string, at: number): string | null {
  if (!PersonNameSchema.safeParse(by).success) {
    return 'Set your name in Settings first: every change on the timeline records who made it.';
  }
  if (!isValidInstant(at)) return 'The clock gave an invalid time; check the system clock and try again.';
  return null;
}

/**
 * Anyone may declare; whoever declares leads until they hand over. An incident logged after the fact gives
 * declaredAt, the moment it was really declared; without it, the incident is declared now.
 */
export function declareIncident(
  input: { title: string; severity: Severity; impactStartedAt?: number | null; declaredAt?: number | null },
  ctx: ActionContext,
): LifecycleResult {
  const actorProblem = checkActor(ctx.by, ctx.at);
  if (actorProblem) return refuse(actorProblem);
  const title = (input.title ?? '').trim();
  if (title.length === 0) return refuse('Give the incident a short title that says what is broken, then declare.');
  if (title.length > MAX_TITLE) return refuse(`Shorten the title to ${inWords(MAX_TITLE)} characters or fewer; put the detail in the summary.`);
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
  const declaredAt = input.declaredAt ?? ctx.at;
  if (!isValidInstant(declaredAt)) return refuse('The declared time is not a valid time; correct it or leave it empty for now.');
  if (declaredAt > ctx.at) return refuse('An incident cannot be declared in the future; set a time before now or leave it empty.');
  const by = ctx.by.trim();
  const incident: Incident = {
    id: ctx.newId(),
    title,
    severity: input.severity,
    status: 'investigating',
    lead: by,
    declaredBy: by,
    declaredAt,
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
  write('milestone', `Declared as ${input.severity} by ${by}, who leads: ${title}`, { milestone: 'declared', occurredAt: declaredAt });
  return { ok: true, incident, entries };
}

/** Applies one action; refuses with a sentence that says what to do when the rules do not allow it. */
export function applyLifecycleAction(incident: Incident, action: LifecycleAction, ctx: ActionContext): LifecycleResult {
  const actorProblem = checkActor(ctx.by, ctx.at);
  if (actorProblem) return refuse(actorProblem);
  // A clock that stepped backwards must not make the incident look older than its last change.
  const at = Math.max(ctx.at, incident.updatedAt);
  const datedProblem = checkDatedBack(incident, action, ctx.occurredAt, at);
  if (datedProblem) return refuse(datedProblem);
  const by = ctx.by.trim();
  const entries: TimelineEntry[] = [];
  const write = entryWriter(incident.id, by, at, ctx.newId, entries, ctx.occurredAt);
  const outcome = decide(incident, action, at, write);
  if (typeof outcome === 'string') return refuse(outcome);
  if (entries.length === 0) return { ok: true, incident, entries };
  const [first, ...rest] = entries as [TimelineEntry, ...TimelineEntry[]];
  // The action rides on its first entry, so another machine can replay it (team sync) and reach this state.
  const recorded: TimelineEntry = {
    ...first,
    lifecycle: { action, at: ctx.at, leadSeen: incident.lead, ...(ctx.occurredAt !== undefined ? { occurredAt: ctx.occurredAt } : {}) },
  };
  const retimed = outcome.retimed;
  return { ok: true, incident: { ...outcome.incident, updatedAt: at }, entries: [recorded, ...rest], ...(retimed?.length ? { retimed } : {}) };
}

/** Why a change cannot be placed at the time the person gave, or null when it can (or none was given). */
function checkDatedBack(incident: Incident, action: LifecycleAction, occurredAt: number | undefined, at: number): string | null {
  if (occurredAt === undefined) return null;
  if (!datableActions.has(action.type)) {
    return 'Only /sev, /lead and /status can be dated back with Set time; clear the time to do this now.';
  }
  if (!isValidInstant(occurredAt)) return 'The time set for this change is not a valid time; correct it or clear it.';
  if (occurredAt > at) return 'The time set for this change is in the future; set a time up to now or clear it.';
  if (occurredAt < incident.declaredAt) {
    return `The time set for this change is before the incident was declared (${formatUtc(incident.declaredAt, { withDate: true })}); set a later time.`;
  }
  return null;
}

function decide(incident: Incident, action: LifecycleAction, at: number, write: Write): RuleOutcome {
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
