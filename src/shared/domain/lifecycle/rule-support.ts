import { EpochMsSchema, type Incident, type IncidentStatus } from '../incident';
import type { EntryKind, MilestoneName, TimelineEntry } from '../timeline-entry';
import { makeEntry } from '../timeline-entry-factory';
import type { Retime } from '../lifecycle-action';

/* Shared by the rule modules: limits, plain-word labels, and the writer that records what a rule did. */

export const MAX_TITLE = 300;
export const MAX_LONG_TEXT = 20_000;
export const MAX_NAME = 120;
export const MAX_LINKS = 50;
export const MAX_LINK = 2_000;

/** A limit as people read it in a message ("20,000"). */
export const inWords = (n: number): string => n.toLocaleString('en-US');

/** Statuses after the incident ended; all of them carry a root cause, a fix and resolvedAt. */
export const closedStatuses: readonly IncidentStatus[] = ['resolved', 'analysis-scheduled', 'analysed', 'analysis-skipped'];

export const isFinished = (status: IncidentStatus): boolean => status === 'analysed' || status === 'analysis-skipped';

export const statusWords: Record<IncidentStatus, string> = {
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
// Own keys only: `in` also finds what every object inherits ("toString", "constructor").
export const isMilestoneName = (value: unknown): value is MilestoneName => typeof value === 'string' && Object.hasOwn(milestoneWords, value);

export const isValidInstant = (ms: unknown): ms is number => EpochMsSchema.safeParse(ms).success;
export const sameName = (a: string, b: string): boolean => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * What a rule returns: the changed incident (updatedAt is stamped by the caller) and the milestone rows that
 * must move with it, or why it refused.
 */
export type RuleOutcome = { incident: Incident; retimed?: Retime[] } | string;

/** Records one timeline entry for the action being applied; author, time and source are fixed per action. */
export type Write = (kind: EntryKind, text: string, extra?: { milestone?: MilestoneName; occurredAt?: number }) => void;

/** `occurredAt`: where entries go unless a rule places one itself (a change the person dated back). */
export function entryWriter(
  incidentId: string,
  by: string,
  at: number,
  newId: () => string,
  into: TimelineEntry[],
  occurredAt?: number,
): Write {
  return (kind, text, extra = {}) => {
    into.push(
      makeEntry(
        {
          incidentId,
          kind,
          text,
          author: by,
          source: 'lifecycle',
          occurredAt: extra.occurredAt ?? occurredAt,
          milestone: extra.milestone ?? null,
        },
        { at, newId },
      ),
    );
  };
}
