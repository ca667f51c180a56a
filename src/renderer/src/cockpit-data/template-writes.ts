import type { ChecklistItem } from '../../../shared/handbook/lead-duties';
import type { Severity } from '../../../shared/domain/incident';
import type { SitrepDatabase } from '../data/db';
import { guardStorage } from '../data/storage-error';

/** Stores a team's edited duties for one severity; running incidents keep their own copy. */
export async function saveChecklistTemplate(db: SitrepDatabase, severity: Severity, items: ChecklistItem[]): Promise<void> {
  await guardStorage(() => db.checklistTemplates.put({ severity, items, updatedAt: Date.now() }));
}

/** Back to the built-in duties for that severity. */
export async function resetChecklistTemplate(db: SitrepDatabase, severity: Severity): Promise<void> {
  await guardStorage(() => db.checklistTemplates.delete(severity));
}
