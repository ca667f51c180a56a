import type { Incident } from '../domain/incident';
import type { TimelineEntry } from '../domain/timeline-entry';
import { formatUtc } from '../time/format-time';

/** The three messages the lead owes people outside the call. */
export const commsKinds = ['status-page', 'banner', 'announcement'] as const;
export type CommsKind = (typeof commsKinds)[number];

export const commsLabels: Record<CommsKind, string> = {
  'status-page': 'Status page update',
  banner: 'In-app banner',
  announcement: 'Announcement message',
};

/** What the drafts are written from: the incident as it is now, and its latest impact note. */
export interface CommsInput {
  incident: Incident;
  /** The timeline (any order); only live impact entries are read, so internal notes never leak out. */
  entries: readonly TimelineEntry[];
  now: number;
  /** Minutes until the next promised update. */
  nextUpdateInMinutes?: number;
}

export function latestImpact(entries: readonly TimelineEntry[]): string | null {
  let best: TimelineEntry | null = null;
  for (const entry of entries) {
    if (entry.kind !== 'impact' || entry.deletedAt !== null) continue;
    if (!best || entry.occurredAt > best.occurredAt) best = entry;
  }
  return best ? best.text.trim() : null;
}

/** What people outside see first: the summary if the lead wrote one, else the latest impact note, else the title. */
export function publicDescription(input: CommsInput): string {
  return input.incident.summary.trim() || latestImpact(input.entries) || input.incident.title;
}

export function nextUpdateMinutes(input: CommsInput): number {
  if (input.nextUpdateInMinutes !== undefined) return input.nextUpdateInMinutes;
  return input.incident.severity === 'critical' ? 30 : 60;
}

export function nextUpdateAt(input: CommsInput): string {
  return formatUtc(input.now + nextUpdateMinutes(input) * 60_000);
}

export function isClosed(incident: Incident): boolean {
  return !['investigating', 'identified', 'monitoring'].includes(incident.status);
}
