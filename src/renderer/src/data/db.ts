import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Incident, Severity } from '../../../shared/domain/incident';
import type { ChecklistTemplate } from '../../../shared/checklist/checklist-template';
import type { IncidentChecklist } from '../../../shared/checklist/incident-checklist';
import type { SettingRow } from '../../../shared/domain/setting-row';
import type { AttachmentRow } from './row-schemas';
import type { StoredEntry } from './stored-entry';
import { schemaVersions } from './schema';

// Type-only imports of the row schemas: the quick note window bundles this module without zod.

/** The incident log: one IndexedDB database shared by every Sitrep window. */
export class SitrepDatabase extends Dexie {
  incidents!: EntityTable<Incident, 'id'>;
  entries!: EntityTable<StoredEntry, 'id'>;
  settings!: Table<SettingRow, string>;
  checklistTemplates!: Table<ChecklistTemplate, Severity>;
  incidentChecklists!: Table<IncidentChecklist, string>;
  attachments!: EntityTable<AttachmentRow, 'id'>;

  constructor(name: string) {
    // 'strict' makes Chromium flush each transaction to disk before reporting it complete, so a note the
    // user saw acknowledged survives a power cut or kill -9.
    super(name, { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of schemaVersions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export function openDatabase(name = 'sitrep'): SitrepDatabase {
  return new SitrepDatabase(name);
}
