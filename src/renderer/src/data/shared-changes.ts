import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { SitrepDatabase } from './db';
import { entriesOf } from './timeline-queries';

/*
 * What team sync and the log's safety copy (safety-copy/safety-copy-writer.ts) hand to main: the entries that
 * changed. For team sync, those of shared incidents: the first read after start takes every entry of those
 * incidents (the reconcile that keeps an entry committed just before the app died); from then on only rows that
 * arrived (storedAt) or changed (changedAt) since a mark, both indexed, so a note in a 50,000-entry shared
 * incident reads a few rows instead of all of them. Run inside a live query: the ranges read are what wakes it,
 * and notes to incidents that are not shared read nothing more.
 */

/**
 * A write stamps storedAt or changedAt just before its transaction starts; one stamped longer than this before
 * a read began could commit after it unseen, so the mark trails each read by this much.
 */
export const STAMP_TO_COMMIT_MS = 2_000;

/** Entries that arrived in the log (storedAt) or changed (changedAt) at or after `since`, each once. */
export async function entriesChangedSince(db: SitrepDatabase, since: number): Promise<TimelineEntry[]> {
  const [arrived, changed] = await Promise.all([
    db.entries.where('storedAt').aboveOrEqual(since).toArray(),
    db.entries.where('changedAt').aboveOrEqual(since).toArray(),
  ]);
  const ids = new Set(arrived.map((e) => e.id));
  return [...arrived, ...changed.filter((e) => !ids.has(e.id))];
}

export interface SharedChangesReader {
  /** The entries to hand over now (call inside the live query; the caller drops copies it already sent). */
  read(): Promise<TimelineEntry[]>;
}

export function sharedChangesReader(db: SitrepDatabase, incidentIds: readonly string[]): SharedChangesReader {
  const shared = new Set(incidentIds);
  let since: number | null = null;
  return {
    async read() {
      const startedAt = Date.now();
      let rows: TimelineEntry[];
      if (since === null) {
        rows = (await Promise.all([...shared].map((id) => entriesOf(db, id).toArray()))).flat();
      } else {
        rows = (await entriesChangedSince(db, since)).filter((entry) => shared.has(entry.incidentId));
      }
      since = startedAt - STAMP_TO_COMMIT_MS;
      return rows;
    },
  };
}
