import { z } from 'zod';
import { EpochMsSchema } from '../../../shared/domain/incident';

/**
 * Rows of the tables that have no domain type of their own. The checklist tables store the shared types
 * (ChecklistTemplate, IncidentChecklist in src/shared/checklist) as they are; settings rows are in
 * src/shared/domain/setting-row.ts, because main's safety copy of the log checks them too.
 */

export const AttachmentMetaSchema = z.object({
  id: z.string().min(1).max(64),
  entryId: z.string().min(1).max(64),
  incidentId: z.string().min(1).max(64),
  mimeType: z.string().max(200),
  name: z.string().max(500),
  createdAt: EpochMsSchema,
});

export interface AttachmentRow extends z.infer<typeof AttachmentMetaSchema> {
  blob: Blob;
}
