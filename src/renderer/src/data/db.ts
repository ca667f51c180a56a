import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Incident, Severity } from '../../../shared/domain/incident';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import type { ChecklistTemplate } from '../../../shared/checklist/checklist-template';
import type { IncidentChecklist } from '../../../shared/checklist/incident-checklist';
import type { AttachmentRow, SettingRow } from './row-schemas';
import { schemaVersions } from './schema';

// Type-only imports of the row schemas: the quick note window bundles this module without zod.

/**
 * A timeline entry as this machine keeps it. storedAt is when this copy first reached this log (set by the
 * write path, kept through edits): entries made elsewhere (a chat import, another responder's machine, a
 * restored backup) carry capturedAt times from long ago, and the timeline's count of what arrived since it
 * last counted (countedSince) must see them arrive all the same. Local bookkeeping: dropped by the entry check
 * wherever an entry leaves for somewhere else.
 */
export type StoredEntry = TimelineEntry & { storedAt?: number };

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
