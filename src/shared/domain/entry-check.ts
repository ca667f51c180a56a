import {
  entryKinds,
  entrySources,
  FOLLOW_UP_URL_PATTERN,
  MAX_ENTRY_TEXT,
  MAX_EPOCH_MS,
  MAX_FOLLOW_UP_URL,
  MAX_ID,
  MAX_PERSON_NAME,
  milestoneNames,
} from './domain-values';
import type { FollowUp, TimelineEntry } from './timeline-entry';
import type { LifecycleRecord } from './lifecycle/lifecycle-record';

/*
 * The write path's check of a timeline row, without zod: the quick note saves through the same repository
 * as the main window, and zod alone would be a quarter of its bundle. It accepts exactly what
 * TimelineEntrySchema accepts (both read their lists and limits from domain-values; a property test holds
 * them together) and returns the row as that schema would: names trimmed, unknown fields dropped. One
 * exception: the lifecycle record an entry carries is only required to be an object here. Its full shape is
 * checked with zod where it arrives from another machine (shared/sync/incident-doc), its values by the
 * lifecycle rules when it is replayed, and this app's own writes make it from a typed action.
 */

/** The one wording of each refusal a person can meet when saving an entry, from any window. */
export const entryRefusals = {
  noAuthor: 'Set your name in Settings in the Sitrep main window first: every note records who wrote it.',
  empty: 'Type the note first: an empty entry is not saved.',
  tooLong: (length: number): string =>
    `This entry has ${length.toLocaleString('en-US')} characters; one entry holds at most ` +
    `${MAX_ENTRY_TEXT.toLocaleString('en-US')}. Split it into several entries.`,
  noIncident: 'That incident is no longer in the log (a restore may have replaced it). Pick another incident and save again.',
  future: 'The time of this entry is in the future; the timeline records what already happened. Correct the time or clear it.',
  badTime: 'The time of this entry is not a valid time. Type it again, for example 2026-01-14 10:18, or clear it to use now.',
  badAuthor: `Set your name in Settings in the Sitrep main window first (at most ${MAX_PERSON_NAME} characters): every note records who wrote it.`,
  badKind: 'Choose a kind for this entry (note, action, decision …) and save again.',
  badFollowUp: 'The owner or link of this follow-up cannot be saved. Give a name of at most 120 characters and a link starting with https://.',
  other: 'This entry cannot be saved as it is. Check its text and time, then save again.',
} as const;

export type EntryCheck = { ok: true; entry: TimelineEntry } | { ok: false; reason: string };

const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID;
const isInstant = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_EPOCH_MS;
const isInstantOrNull = (v: unknown): v is number | null => v === null || isInstant(v);
/** A person's name as stored: trimmed, 1 to MAX_PERSON_NAME characters; null for anything else. */
export function personNameOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const name = v.trim();
  return name.length >= 1 && name.length <= MAX_PERSON_NAME ? name : null;
}
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

function followUpOf(value: unknown): FollowUp | null {
  if (typeof value !== 'object' || value === null) return null;
  const { owner, url, done } = value as Record<string, unknown>;
  if (owner !== null && (typeof owner !== 'string' || owner.trim().length > MAX_PERSON_NAME)) return null;
  if (url !== null && (typeof url !== 'string' || url.length > MAX_FOLLOW_UP_URL || !FOLLOW_UP_URL_PATTERN.test(url))) return null;
  if (typeof done !== 'boolean') return null;
  return { owner: owner === null ? null : owner.trim(), url, done };
}

/** Checks a row before it is written; the reason, when refused, is one a person can act on. */
export function checkEntry(row: unknown): EntryCheck {
  const refuse = (reason: string): EntryCheck => ({ ok: false, reason });
  if (typeof row !== 'object' || row === null) return refuse(entryRefusals.other);
  const r = row as Record<string, unknown>;
  if (typeof r.text !== 'string') return refuse(entryRefusals.other);
  if (r.text.length > MAX_ENTRY_TEXT) return refuse(entryRefusals.tooLong(r.text.length));
  if (!isInstant(r.occurredAt)) return refuse(entryRefusals.badTime);
  const author = personNameOf(r.author);
  if (author === null) return refuse(entryRefusals.badAuthor);
  if (!oneOf(entryKinds, r.kind)) return refuse(entryRefusals.badKind);
  let followUp: FollowUp | null = null;
  if (r.followUp !== undefined && !(followUp = followUpOf(r.followUp))) return refuse(entryRefusals.badFollowUp);
  if (
    !isId(r.id) ||
    !isId(r.incidentId) ||
    !isInstant(r.capturedAt) ||
    !isInstantOrNull(r.editedAt) ||
    !isInstantOrNull(r.originalOccurredAt) ||
    !isInstantOrNull(r.deletedAt) ||
    !oneOf(entrySources, r.source) ||
    !(r.milestone === null || oneOf(milestoneNames, r.milestone)) ||
    !(r.changedAt === undefined || isInstant(r.changedAt)) ||
    !(r.lifecycle === undefined || (typeof r.lifecycle === 'object' && r.lifecycle !== null))
  ) {
    return refuse(entryRefusals.other);
  }
  const entry: TimelineEntry = {
    id: r.id,
    incidentId: r.incidentId,
    kind: r.kind,
    text: r.text,
    occurredAt: r.occurredAt,
    capturedAt: r.capturedAt,
    editedAt: r.editedAt,
    originalOccurredAt: r.originalOccurredAt,
    author,
    source: r.source,
    deletedAt: r.deletedAt,
    milestone: r.milestone,
    ...(followUp ? { followUp } : {}),
    ...(r.changedAt !== undefined ? { changedAt: r.changedAt } : {}),
    ...(r.lifecycle !== undefined ? { lifecycle: r.lifecycle as LifecycleRecord } : {}),
  };
  return { ok: true, entry };
}
