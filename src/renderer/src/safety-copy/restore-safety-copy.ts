import type { SitrepApi } from '../../../shared/contract/ipc-contract';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { BACKUP_FORMAT, type Backup } from '../data/backup-format';
import { restoreBackupData, type RestoreOutcome } from '../data/backup';
import type { SitrepDatabase } from '../data/db';
import { CURRENT_SCHEMA_VERSION } from '../data/schema';

export type RestoreProgress = { phase: 'reading'; read: number; total: number } | { phase: 'writing'; entries: number };

/** What a restore from the safety copy did, in the words the dialog and Settings show. */
export type SafetyRestoreOutcome = RestoreOutcome & { leftOut?: number };

/**
 * Brings the safety copy main keeps back into the log: read from main a page at a time, then merged through the
 * one restore path (backup.ts), so it never deletes and an entry already here in a newer version is kept.
 * Entries and checklists whose incident the copy does not hold are left out (and counted), so one stray row cannot
 * stop the rest coming back.
 */
export async function restoreFromSafetyCopy(
  db: SitrepDatabase,
  bridge: SitrepApi,
  onProgress: (progress: RestoreProgress) => void,
): Promise<SafetyRestoreOutcome> {
  const first = await bridge.readSafetyCopy({ from: 0 });
  const entries: TimelineEntry[] = [...first.entries];
  onProgress({ phase: 'reading', read: entries.length, total: first.totalEntries });
  let next = first.next;
  while (next !== null) {
    const page = await bridge.readSafetyCopy({ from: next });
    entries.push(...page.entries);
    onProgress({ phase: 'reading', read: entries.length, total: first.totalEntries });
    next = page.next;
  }
  const incidentIds = new Set(first.incidents.map((i) => i.id));
  const kept = entries.filter((e) => incidentIds.has(e.incidentId));
  const checklists = first.incidentChecklists.filter((c) => incidentIds.has(c.incidentId));
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: Date.now(),
    incidents: first.incidents,
    entries: kept,
    settings: first.settings,
    checklistTemplates: first.checklistTemplates,
    incidentChecklists: checklists,
    attachments: [],
  };
  onProgress({ phase: 'writing', entries: kept.length });
  const outcome = await restoreBackupData(db, backup);
  const leftOut = entries.length - kept.length + first.incidentChecklists.length - checklists.length;
  return leftOut > 0 ? { ...outcome, leftOut } : outcome;
}

/** "1 entry", "12,345 entries" */
export const counted = (n: number, one: string, many: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** The result line after a restore. */
export function describeRestore(outcome: SafetyRestoreOutcome): string {
  if (!outcome.ok) return `The safety copy was not restored. ${outcome.message}`;
  const leftOut = outcome.leftOut ? ` ${counted(outcome.leftOut, 'row was', 'rows were')} left out because the copy does not hold its incident.` : '';
  return `Restored ${counted(outcome.incidents, 'incident', 'incidents')} and ${counted(outcome.entries, 'entry', 'entries')} from the safety copy.${leftOut} Attachments are not in the safety copy.`;
}

export function describeProgress(progress: RestoreProgress): string {
  return progress.phase === 'reading'
    ? `Reading the safety copy: ${progress.read.toLocaleString('en-US')} of ${counted(progress.total, 'entry', 'entries')}…`
    : `Writing ${counted(progress.entries, 'entry', 'entries')} to the log…`;
}
