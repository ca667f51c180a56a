import type { ChatImportPlan } from '../../../shared/import/chat-entries';
import { mergeEntries, type MergeCount } from '../data/merge-entries';
import type { SitrepDatabase } from '../data/db';
import type { AttachmentRow } from '../data/row-schemas';

/**
 * Writes an import plan through the one merge path: every entry and file in one transaction, so a refused
 * write leaves nothing half-imported, and a message already in the log is only replaced by a later edit.
 */
export function writeChatImport(db: SitrepDatabase, plan: ChatImportPlan): Promise<MergeCount> {
  const incidentOf = new Map(plan.entries.map((e) => [e.id, e]));
  const files: AttachmentRow[] = plan.attachments.map((file) => {
    const entry = incidentOf.get(file.entryId);
    return {
      id: file.id,
      entryId: file.entryId,
      incidentId: entry?.incidentId ?? '',
      mimeType: file.mimeType.slice(0, 200),
      name: file.name,
      // The message's time, not the import's: the same file imported again is the same row.
      createdAt: entry?.occurredAt ?? 0,
      blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }),
    };
  });
  return mergeEntries(db, plan.entries, files);
}

/** "412 added, 3 updated, 0 unchanged" */
export function mergeResultLine(count: MergeCount): string {
  return `${count.added.toLocaleString('en')} added, ${count.updated.toLocaleString('en')} updated, ${count.unchanged.toLocaleString('en')} unchanged`;
}
