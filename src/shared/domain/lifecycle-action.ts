import type { Incident, Severity } from './incident';
import type { MilestoneName, TimelineEntry } from './timeline-entry';

/*
 * What can be asked of an incident, and what the rules answer. A module of its own, with no rules in it, so
 * the parser and the rule files can name these types without importing the rules that import them.
 */

export type LifecycleAction =
  | { type: 'change-severity'; severity: Severity; reason?: string }
  | { type: 'hand-over'; to: string }
  | { type: 'set-status'; status: 'investigating' | 'identified' | 'monitoring' }
  /** resolvedAt: when the fix was in place, if that was before now (an incident logged after the fact). */
  | { type: 'resolve'; rootCause: string; fix: string; resolvedAt?: number }
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
      /** Corrects when the incident was declared (one logged after the fact). */
      declaredAt?: number;
      /** Corrects when a closed incident was resolved. */
      resolvedAt?: number;
      runbookLinks?: string[];
    }
  | { type: 'record-milestone'; milestone: MilestoneName; occurredAt: number };

export interface ActionContext {
  by: string;
  at: number;
  newId: () => string;
  /**
   * When the change happened, if the person dated it back (the composer's Set time on a command); the
   * entries are placed there. Only changes that are a moment in the incident's story can be dated back.
   */
  occurredAt?: number;
}

/** A milestone row that must move with a corrected incident time, so the timeline and the header agree. */
export interface Retime {
  milestone: 'declared' | 'resolved' | 'impact-started';
  occurredAt: number;
}

export type LifecycleResult =
  | { ok: true; incident: Incident; entries: TimelineEntry[]; retimed?: Retime[] }
  | { ok: false; reason: string };
