import { z } from 'zod';
import { ChecklistTemplateSchema } from '../../../shared/checklist/checklist-template';
import { IncidentChecklistSchema } from '../../../shared/checklist/incident-checklist';
import { EpochMsSchema, IncidentSchema } from '../../../shared/domain/incident';
import { TimelineEntrySchema } from '../../../shared/domain/timeline-entry';
import { SettingRowSchema } from '../../../shared/domain/setting-row';
import { AttachmentMetaSchema } from './row-schemas';

export const BACKUP_FORMAT = 'sitrep-backup';

/** An attachment in a backup: its metadata and its bytes as base64. */
export const BackupAttachmentSchema = AttachmentMetaSchema.extend({
  data: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
});
export type BackupAttachment = z.infer<typeof BackupAttachmentSchema>;

/** The whole log as one JSON document. schemaVersion is the database schema version that wrote it. */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().min(1),
  exportedAt: EpochMsSchema,
  incidents: z.array(IncidentSchema),
  entries: z.array(TimelineEntrySchema),
  settings: z.array(SettingRowSchema),
  checklistTemplates: z.array(ChecklistTemplateSchema),
  incidentChecklists: z.array(IncidentChecklistSchema),
  attachments: z.array(BackupAttachmentSchema),
});
export type Backup = z.infer<typeof BackupSchema>;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
