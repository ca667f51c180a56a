import type { Backup } from './backup-format';
import { BACKUP_FORMAT, BackupSchema, base64ToBytes, bytesToBase64 } from './backup-format';
import type { SitrepDatabase } from './db';
import { asLogged } from './stored-entry';
import type { AttachmentRow } from './row-schemas';
import { mergeEntries } from './merge-entries';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { guardStorage, toStorageError, type SitrepStorageError } from './storage-error';

/** Larger files are refused before parsing: no real log comes near it, and parsing it could exhaust memory. */
export const MAX_BACKUP_CHARS = 500_000_000;

export type RestoreOutcome = { ok: true; incidents: number; entries: number } | { ok: false; message: string };

/** Everything in the log, read in one transaction so the copy is consistent, as JSON text. */
export async function exportBackup(db: SitrepDatabase): Promise<string> {
  const tables = [db.incidents, db.entries, db.settings, db.checklistTemplates, db.incidentChecklists, db.attachments];
  const snapshot = await guardStorage(() =>
    db.transaction('r', tables, async () => ({
      incidents: await db.incidents.toArray(),
      entries: (await db.entries.toArray()).map(asLogged),
      settings: await db.settings.toArray(),
      checklistTemplates: await db.checklistTemplates.toArray(),
      incidentChecklists: await db.incidentChecklists.toArray(),
      attachments: await db.attachments.toArray(),
    })),
  );
  // Blobs are read after the transaction: awaiting anything but IndexedDB inside it would end it early.
  const attachments = await Promise.all(
    snapshot.attachments.map(async ({ blob, ...meta }) => ({ ...meta, data: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) })),
  );
  const backup: Backup = {
    format: BACKUP_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: Date.now(),
    ...snapshot,
    attachments,
  };
  return JSON.stringify(backup);
}

/** Why a restore's rows did not reach the log, in words that fit a backup file and the safety copy alike. */
function restoreFailure(error: SitrepStorageError): string {
  switch (error.problem) {
    case 'disk-full':
      return 'The log could not take the restored rows because the disk is full. Free some disk space, then restore again.';
    case 'upgraded-elsewhere':
    case 'closed':
      return 'The log could not take the restored rows because another Sitrep window changed the database. Reload this window, then restore again.';
    default:
      return `The log could not take the restored rows (${error.cause instanceof Error ? error.cause.message : 'storage error'}). Restart Sitrep, then restore again.`;
  }
}

const refuse = (message: string): RestoreOutcome => ({ ok: false, message: `${message} Nothing was changed.` });

function duplicate(ids: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return undefined;
}

/** Checks a parsed backup for what the schema alone cannot: duplicates and rows pointing nowhere. */
function inconsistency(backup: Backup): string | undefined {
  const dupIncident = duplicate(backup.incidents.map((i) => i.id));
  if (dupIncident) return `incident ${dupIncident} appears twice`;
  const dupEntry = duplicate(backup.entries.map((e) => e.id));
  if (dupEntry) return `entry ${dupEntry} appears twice`;
  const dupAttachment = duplicate(backup.attachments.map((a) => a.id));
  if (dupAttachment) return `attachment ${dupAttachment} appears twice`;
  const incidentIds = new Set(backup.incidents.map((i) => i.id));
  const orphan = backup.entries.find((e) => !incidentIds.has(e.incidentId));
  if (orphan) return `entry ${orphan.id} belongs to incident ${orphan.incidentId}, which is not in the file`;
  const orphanList = backup.incidentChecklists.find((c) => !incidentIds.has(c.incidentId));
  if (orphanList) return `the checklist of incident ${orphanList.incidentId} has no incident in the file`;
  const orphanFile = backup.attachments.find((a) => !incidentIds.has(a.incidentId));
  if (orphanFile) return `attachment ${orphanFile.id} belongs to incident ${orphanFile.incidentId}, which is not in the file`;
  return undefined;
}

/**
 * Restores a backup by merging it into the log by id: every row in the file is written as the file has it
 * (replacing a row with the same id), and rows the file does not contain stay. Nothing is ever deleted, so
 * restoring an old backup cannot lose notes written since. The file is checked completely first; a file
 * that is not a Sitrep backup, is damaged, or comes from a newer Sitrep changes nothing.
 */
export async function restoreBackup(
  db: SitrepDatabase,
  text: string,
  options: { maxChars?: number } = {},
): Promise<RestoreOutcome> {
  const maxChars = options.maxChars ?? MAX_BACKUP_CHARS;
  if (text.length > maxChars) {
    return refuse(`This file is too large to be a Sitrep backup (${Math.round(text.length / 1e6)} MB of text; the limit is ${Math.round(maxChars / 1e6)} MB).`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse('This file is not a Sitrep backup: it is not complete JSON (it may be truncated or damaged). Choose the original .json file the export wrote.');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return refuse('This file is not a Sitrep backup (it has no "format": "sitrep-backup"). Choose a file written by Sitrep\'s backup export.');
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    return refuse(`This backup was written by a newer Sitrep (data version ${version}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Sitrep, then restore it again.`);
  }
  const parsed = BackupSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return refuse(`This Sitrep backup is damaged: ${where}: ${issue?.message ?? 'not valid'}. Use another copy of the backup.`);
  }
  return restoreBackupData(db, parsed.data);
}

/**
 * Merges an already checked backup into the log (see restoreBackup): the one write path of a restore, for a file
 * and for the safety copy main keeps (safety-copy/restore-safety-copy.ts) alike.
 */
export async function restoreBackupData(db: SitrepDatabase, backup: Backup): Promise<RestoreOutcome> {
  const problem = inconsistency(backup);
  if (problem) return refuse(`This Sitrep backup is damaged: ${problem}. Use another copy of the backup.`);

  let attachments: AttachmentRow[];
  try {
    attachments = backup.attachments.map(({ data, ...meta }) => ({ ...meta, blob: new Blob([base64ToBytes(data)], { type: meta.mimeType }) }));
  } catch {
    return refuse('This Sitrep backup is damaged: an attachment\'s data cannot be decoded. Use another copy of the backup.');
  }

  const tables = [db.incidents, db.entries, db.settings, db.checklistTemplates, db.incidentChecklists, db.attachments];
  try {
    // One transaction: if anything fails (a full disk), IndexedDB rolls every table back.
    await db.transaction('rw', tables, async () => {
      await db.incidents.bulkPut(backup.incidents);
      // Through the one write path for entries made elsewhere: a newer copy already in the log is kept.
      await mergeEntries(db, backup.entries);
      await db.settings.bulkPut(backup.settings);
      await db.checklistTemplates.bulkPut(backup.checklistTemplates);
      await db.incidentChecklists.bulkPut(backup.incidentChecklists);
      await db.attachments.bulkPut(attachments);
    });
  } catch (error) {
    return refuse(restoreFailure(toStorageError(error)));
  }
  return { ok: true, incidents: backup.incidents.length, entries: backup.entries.length };
}
