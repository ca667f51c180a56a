import { z } from 'zod';
import { EpochMsSchema, PersonNameSchema, SeveritySchema, type Severity } from '../domain/incident';
import { ChecklistItemSchema, leadDutyIds, type ChecklistItem } from '../handbook/lead-duties';
import { commsKinds, commsLabels, type CommsKind } from '../comms/comms-input';
import type { TimelineEntry } from '../domain/timeline-entry';
import { NudgePrefsSchema } from '../nudges/nudge-settings';

/** A duty the lead has dealt with: done, or not applicable to this incident (with the reason why). */
export const ItemMarkSchema = z.object({
  state: z.enum(['done', 'not-applicable']),
  at: EpochMsSchema,
  by: PersonNameSchema,
  reason: z.string().max(2_000).optional(),
});
export type ItemMark = z.infer<typeof ItemMarkSchema>;

/**
 * One incident's own copy of the lead's duties. It is taken from the severity's template when the incident
 * is first opened in the cockpit, so editing a template in settings never changes a running incident
 * unless the lead applies the new one.
 */
export const IncidentChecklistSchema = z.object({
  incidentId: z.string().min(1).max(64),
  /** The severity whose template the items were copied from. */
  severity: SeveritySchema,
  items: z.array(ChecklistItemSchema).max(200),
  marks: z.record(z.string(), ItemMarkSchema),
  /** When the template was copied (or last re-applied). */
  takenAt: EpochMsSchema,
  updatedAt: EpochMsSchema,
  /** When each comms draft was last copied out, so reminders know when the status page was last updated. */
  copiedAt: z.partialRecord(z.enum(commsKinds), EpochMsSchema),
  /** The lead's snoozes and switched-off reminders for this incident. */
  nudgePrefs: NudgePrefsSchema,
  /** When each kind of draft last really went out (sent by main to Slack or Statuspage). Absent on older rows. */
  sentAt: z.partialRecord(z.enum(commsKinds), EpochMsSchema).optional(),
  /** Ids of sends already recorded on the timeline, so a send reported twice (or to two windows) is noted once. */
  recordedSends: z.array(z.string().max(64)).max(500).optional(),
});
export type IncidentChecklist = z.infer<typeof IncidentChecklistSchema>;

/** A change to a checklist and the line that records it on the timeline. */
export type ChecklistChange =
  | { ok: true; checklist: IncidentChecklist; entryText: string }
  | { ok: false; reason: string };

export function createIncidentChecklist(
  incidentId: string,
  severity: Severity,
  template: readonly ChecklistItem[],
  at: number,
): IncidentChecklist {
  return {
    incidentId,
    severity,
    items: template.map((item) => ({ ...item })),
    marks: {},
    takenAt: at,
    updatedAt: at,
    copiedAt: {},
    nudgePrefs: {},
  };
}

function findItem(checklist: IncidentChecklist, itemId: string): ChecklistItem | undefined {
  return checklist.items.find((item) => item.id === itemId);
}

function withMarks(checklist: IncidentChecklist, marks: IncidentChecklist['marks'], at: number): IncidentChecklist {
  return { ...checklist, marks, updatedAt: at };
}

const missing = (itemId: string): ChecklistChange => ({
  ok: false,
  reason: `This duty (${itemId}) is no longer on the checklist; reopen the checklist to see the current list.`,
});

export function tickItem(checklist: IncidentChecklist, itemId: string, ctx: { by: string; at: number }): ChecklistChange {
  const item = findItem(checklist, itemId);
  if (!item) return missing(itemId);
  if (checklist.marks[itemId]?.state === 'done') return { ok: false, reason: `"${item.text}" is already ticked.` };
  const marks = { ...checklist.marks, [itemId]: { state: 'done' as const, at: ctx.at, by: ctx.by } };
  return { ok: true, checklist: withMarks(checklist, marks, ctx.at), entryText: `Checklist: done: ${item.text}` };
}

/** The undo of a tick or of "not applicable"; it is recorded too, so the timeline shows both. */
export function untickItem(checklist: IncidentChecklist, itemId: string, ctx: { by: string; at: number }): ChecklistChange {
  const item = findItem(checklist, itemId);
  if (!item) return missing(itemId);
  const mark = checklist.marks[itemId];
  if (!mark) return { ok: false, reason: `"${item.text}" is not ticked.` };
  const marks = { ...checklist.marks };
  delete marks[itemId];
  const what = mark.state === 'done' ? 'unticked' : 'applicable again';
  return { ok: true, checklist: withMarks(checklist, marks, ctx.at), entryText: `Checklist: ${what}: ${item.text}` };
}

export function markNotApplicable(
  checklist: IncidentChecklist,
  itemId: string,
  reason: string,
  ctx: { by: string; at: number },
): ChecklistChange {
  const item = findItem(checklist, itemId);
  if (!item) return missing(itemId);
  const why = reason.trim();
  if (!why) return { ok: false, reason: 'Say why this duty does not apply (for example "no public impact").' };
  // A second Enter while the first save is still on its way must not write the same line twice.
  const mark = checklist.marks[itemId];
  if (mark?.state === 'not-applicable' && mark.reason === why) {
    return { ok: false, reason: `"${item.text}" is already marked not applicable for that reason.` };
  }
  const marks = { ...checklist.marks, [itemId]: { state: 'not-applicable' as const, at: ctx.at, by: ctx.by, reason: why } };
  return {
    ok: true,
    checklist: withMarks(checklist, marks, ctx.at),
    entryText: `Checklist: not applicable: ${item.text} (${why})`,
  };
}

export interface ChecklistProgress {
  done: number;
  notApplicable: number;
  /** Items that count: everything not marked not applicable. */
  total: number;
  open: number;
}

export function checklistProgress(checklist: Pick<IncidentChecklist, 'items' | 'marks'>): ChecklistProgress {
  let done = 0;
  let notApplicable = 0;
  for (const item of checklist.items) {
    const state = checklist.marks[item.id]?.state;
    if (state === 'done') done += 1;
    else if (state === 'not-applicable') notApplicable += 1;
  }
  const total = checklist.items.length - notApplicable;
  return { done, notApplicable, total, open: total - done };
}

/** "3 of 8 done (1 not applicable)" */
export function describeProgress(progress: ChecklistProgress): string {
  const na = progress.notApplicable ? ` (${progress.notApplicable} not applicable)` : '';
  return `${progress.done} of ${progress.total} done${na}`;
}

/**
 * Replaces the incident's copy with a (new or edited) template. Marks on items that are still there (same
 * id) are kept, so applying an edited template never loses what the lead already did.
 */
export function applyTemplate(
  checklist: IncidentChecklist,
  severity: Severity,
  template: readonly ChecklistItem[],
  at: number,
): { checklist: IncidentChecklist; entryText: string } {
  const ids = new Set(template.map((item) => item.id));
  const marks = Object.fromEntries(Object.entries(checklist.marks).filter(([id]) => ids.has(id)));
  return {
    checklist: { ...checklist, severity, items: template.map((item) => ({ ...item })), marks, takenAt: at, updatedAt: at },
    entryText: `Checklist: applied the current ${severity} template (${template.length} duties)`,
  };
}

/** True when the template differs from the incident's copy (so "apply the new template" is worth offering). */
export function templateDiffers(checklist: IncidentChecklist, severity: Severity, template: readonly ChecklistItem[]): boolean {
  if (checklist.severity !== severity || checklist.items.length !== template.length) return true;
  return checklist.items.some((item, i) => {
    const other = template[i];
    return !other || other.id !== item.id || other.text !== item.text || (other.detail ?? '') !== (item.detail ?? '');
  });
}

/** Records that a comms draft was copied out; the timeline line carries the text as it was sent. */
export function recordCopy(
  checklist: IncidentChecklist,
  kind: CommsKind,
  label: string,
  text: string,
  at: number,
): { checklist: IncidentChecklist; entryText: string } {
  return {
    checklist: { ...checklist, copiedAt: { ...checklist.copiedAt, [kind]: at }, updatedAt: at },
    entryText: `${copyHead(label)}${text}`,
  };
}

const copyHead = (label: string): string => `Copied the ${label.toLowerCase()}:\n`;
const sendHead = (label: string): string => `Sent the ${label.toLowerCase()} to `;

/**
 * The draft a timeline line records as copied out or sent (recordCopy's or recordSend's line read back), or
 * null for any other line.
 */
export function copiedDraftOf(entry: Pick<TimelineEntry, 'kind' | 'text'>): { kind: CommsKind; text: string; how: 'copied' | 'sent' } | null {
  if (entry.kind !== 'checklist') return null;
  for (const kind of commsKinds) {
    const head = copyHead(commsLabels[kind]);
    if (entry.text.startsWith(head)) return { kind, text: entry.text.slice(head.length), how: 'copied' };
    const lineEnd = entry.text.indexOf('\n');
    if (entry.text.startsWith(sendHead(commsLabels[kind])) && lineEnd > 0) return { kind, text: entry.text.slice(lineEnd + 1), how: 'sent' };
  }
  return null;
}

/** A send main reports as delivered, as the checklist records it. */
export interface DeliveredSend {
  id: string;
  /** A draft's kind, or a handover brief (which no reminder counts). */
  kind: CommsKind | 'handover-brief';
  /** Where it went, in words ("Slack (hooks.slack.com)", "Statuspage (page x, incident y)"). */
  where: string;
  text: string;
  sentAt: number;
}

const MAX_RECORDED_SENDS = 500;

/** Records that a draft really went out; null when this send is already on the timeline. */
export function recordSend(
  checklist: IncidentChecklist,
  send: DeliveredSend,
  label: string,
): { checklist: IncidentChecklist; entryText: string } | null {
  const recorded = checklist.recordedSends ?? [];
  if (recorded.includes(send.id)) return null;
  const kind = send.kind === 'handover-brief' ? null : send.kind;
  const sentAt = kind ? { ...checklist.sentAt, [kind]: Math.max(checklist.sentAt?.[kind] ?? 0, send.sentAt) } : checklist.sentAt;
  return {
    checklist: {
      ...checklist,
      sentAt,
      recordedSends: [...recorded, send.id].slice(-MAX_RECORDED_SENDS),
      updatedAt: Math.max(checklist.updatedAt, send.sentAt),
    },
    entryText: `${sendHead(label)}${send.where}:\n${send.text}`,
  };
}

/** The last time the status page was seen to: its duty ticked, its draft copied, or an update really sent. */
export function lastStatusPageAt(checklist: IncidentChecklist | undefined): number | null {
  if (!checklist) return null;
  const mark = checklist.marks[leadDutyIds.statusPage];
  const times = [mark?.state === 'done' ? mark.at : null, checklist.copiedAt['status-page'] ?? null, checklist.sentAt?.['status-page'] ?? null];
  const known = times.filter((t): t is number => t !== null);
  return known.length > 0 ? Math.max(...known) : null;
}
