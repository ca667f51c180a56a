import type { Incident } from '../domain/incident';
import { applyLifecycleAction, type LifecycleAction } from '../domain/incident-lifecycle';
import type { TimelineEntry } from '../domain/timeline-entry';
import { sameName } from '../domain/lifecycle/rule-support';
import { formatUtc } from '../time/format-time';
import type { SharedBase } from './incident-doc';

/*
 * A shared incident's state (severity, status, lead, root cause, fix, resolvedAt …) is never sent: every
 * machine replays the lifecycle actions recorded on its entries, through the same rules, in one fixed order,
 * so all of them reach the same state and every rule holds after any merge.
 *
 * The order is (the moment the action was taken, entry id), not (occurredAt, id): an action dated back
 * (a resolve "at 09:55" entered at 10:05, a /status with Set time) would otherwise replay before actions
 * its author took earlier and had already seen, and be refused where nothing conflicted.
 *
 * Two actions taken apart that the rules do not allow together (two resolves, a handover by someone who was
 * no longer lead) are settled the same way everywhere: the earlier one stands, the later is not applied, and
 * a conflict entry on the timeline tells the lead what was overridden and why. Conflict entries are derived
 * too (each machine writes the same ones, with the same ids) and are never sent.
 */

export const CONFLICT_SUFFIX = '-conflict';
export const CONFLICT_AUTHOR = 'Sitrep sync';

export const isDerivedEntry = (entry: Pick<TimelineEntry, 'id'>): boolean => entry.id.endsWith(CONFLICT_SUFFIX);

export interface DerivedIncident {
  incident: Incident;
  /** One entry per action that was not applied, in replay order. */
  conflicts: TimelineEntry[];
}

type Recorded = TimelineEntry & { lifecycle: NonNullable<TimelineEntry['lifecycle']> };

function replayOrder(a: Recorded, b: Recorded): number {
  if (a.lifecycle.at !== b.lifecycle.at) return a.lifecycle.at - b.lifecycle.at;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const actionWords: Record<LifecycleAction['type'], string> = {
  'change-severity': 'change of severity',
  'hand-over': 'handover',
  'set-status': 'change of status',
  resolve: 'resolve',
  reopen: 'reopen',
  'schedule-analysis': 'analysis scheduling',
  'skip-analysis': 'analysis skip',
  'complete-analysis': 'analysis completion',
  'edit-details': 'edit of the details',
  'record-milestone': 'milestone',
};

function conflictEntry(entry: Recorded, why: string): TimelineEntry {
  const when = formatUtc(entry.lifecycle.at, { withDate: true });
  return {
    id: `${entry.id}${CONFLICT_SUFFIX}`,
    incidentId: entry.incidentId,
    kind: 'note',
    text: `Sync conflict: the ${actionWords[entry.lifecycle.action.type]} by ${entry.author} (${when}) was not applied. ${why} Check the incident's state and redo it if it is still needed.`,
    occurredAt: entry.occurredAt,
    capturedAt: entry.lifecycle.at,
    editedAt: null,
    originalOccurredAt: null,
    author: CONFLICT_AUTHOR,
    source: 'lifecycle',
    deletedAt: null,
    milestone: null,
  };
}

/** The incident's state from its base and every lifecycle entry in its log, and the conflicts met on the way. */
export function deriveIncident(base: SharedBase, entries: readonly TimelineEntry[]): DerivedIncident {
  const applied = new Set(base.applied);
  const actions = entries
    .filter((e): e is Recorded => e.lifecycle !== undefined && e.incidentId === base.incident.id && !applied.has(e.id))
    .sort(replayOrder);
  let incident = base.incident;
  const conflicts: TimelineEntry[] = [];
  let ids = 0;
  for (const entry of actions) {
    const { action, at, occurredAt, leadSeen } = entry.lifecycle;
    if (action.type === 'hand-over' && !sameName(leadSeen, incident.lead)) {
      conflicts.push(conflictEntry(entry, `${incident.lead} already leads: the lead was handed over while ${entry.author} handed it from ${leadSeen} to ${action.to}.`));
      continue;
    }
    const result = applyLifecycleAction(incident, action, {
      by: entry.author,
      at,
      newId: () => `replay-${(ids += 1)}`,
      // undefined (not dated back) is read as absent by the rules.
      occurredAt,
    });
    if (result.ok) incident = result.incident;
    else conflicts.push(conflictEntry(entry, result.reason));
  }
  return { incident, conflicts };
}
