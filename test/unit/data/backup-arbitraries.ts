import fc from 'fast-check';
import type { ChecklistTemplate } from '../../../src/shared/checklist/checklist-template';
import { createIncidentChecklist, type IncidentChecklist } from '../../../src/shared/checklist/incident-checklist';
import { incidentStatuses, severities, type Incident } from '../../../src/shared/domain/incident';
import { entryKinds, entrySources, milestoneNames, type TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import type { SettingRow } from '../../../src/shared/domain/setting-row';
import type { AttachmentRow } from '../../../src/renderer/src/data/row-schemas';

/** Arbitrary rows as the app can store them: any Unicode (lone surrogates too), any valid instant. */

const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
/** Names and titles are stored trimmed and non-empty (the schema trims them on the way in). */
const trimmed = (maxLength: number) =>
  fc.string({ unit: 'binary', minLength: 1, maxLength }).filter((s) => s.trim() === s && s.length > 0);
const epoch = fc.integer({ min: 0, max: 8.64e15 });
const id = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 26 });
const key = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 12 }).filter((k) => k !== '__proto__');

const incident = (incidentId: string): fc.Arbitrary<Incident> =>
  fc.record({
    id: fc.constant(incidentId),
    title: trimmed(60),
    severity: fc.constantFrom(...severities),
    status: fc.constantFrom(...incidentStatuses),
    lead: trimmed(20),
    declaredBy: trimmed(20),
    declaredAt: epoch,
    impactStartedAt: fc.option(epoch, { nil: null }),
    resolvedAt: fc.option(epoch, { nil: null }),
    rootCause: text(80),
    fix: text(80),
    runbookLinks: fc.array(text(40), { maxLength: 3 }),
    summary: text(80),
    analysisScheduledFor: fc.option(epoch, { nil: null }),
    updatedAt: epoch,
  });

const entry = (incidentIds: string[]): fc.Arbitrary<TimelineEntry> =>
  fc.record({
    id,
    incidentId: fc.constantFrom(...incidentIds),
    kind: fc.constantFrom(...entryKinds),
    text: text(200),
    occurredAt: epoch,
    capturedAt: epoch,
    editedAt: fc.option(epoch, { nil: null }),
    originalOccurredAt: fc.option(epoch, { nil: null }),
    author: trimmed(20),
    source: fc.constantFrom(...entrySources),
    deletedAt: fc.option(epoch, { nil: null }),
    milestone: fc.option(fc.constantFrom(...milestoneNames), { nil: null }),
  });

const checklistItem = fc.record(
  { id: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 }), text: trimmed(40), detail: text(60) },
  { requiredKeys: ['id', 'text'] },
);

const template: fc.Arbitrary<ChecklistTemplate> = fc.record({
  severity: fc.constantFrom(...severities),
  items: fc.array(checklistItem, { maxLength: 4 }),
  updatedAt: epoch,
});

const mark = fc.record(
  { state: fc.constantFrom('done' as const, 'not-applicable' as const), at: epoch, by: trimmed(20), reason: text(40) },
  { requiredKeys: ['state', 'at', 'by'] },
);

// Built with the cockpit's own constructor, so fields it adds later are filled the way the app fills them.
const checklist = (incidentId: string): fc.Arbitrary<IncidentChecklist> =>
  fc
    .record({
      severity: fc.constantFrom(...severities),
      items: fc.array(checklistItem, { maxLength: 4 }),
      marks: fc.dictionary(key, mark, { maxKeys: 3 }),
      at: epoch,
    })
    .map(({ severity, items, marks, at }) => ({ ...createIncidentChecklist(incidentId, severity, items, at), marks }));

const settings: fc.Arbitrary<SettingRow[]> = fc
  .tuple(
    fc.option(fc.record<SettingRow>({ key: fc.constant('userName'), value: fc.option(trimmed(20), { nil: null }) }), { nil: undefined }),
    fc.option(fc.record<SettingRow>({ key: fc.constant('theme'), value: fc.constantFrom('system', 'light', 'dark') }), { nil: undefined }),
  )
  .map((rows) => rows.filter((row) => row !== undefined));

export interface LogContents {
  incidents: Incident[];
  entries: TimelineEntry[];
  settings: SettingRow[];
  checklistTemplates: ChecklistTemplate[];
  incidentChecklists: IncidentChecklist[];
  attachments: (Omit<AttachmentRow, 'blob'> & { bytes: Uint8Array })[];
}

export const logContents: fc.Arbitrary<LogContents> = fc
  .uniqueArray(id, { minLength: 1, maxLength: 4 })
  .chain((incidentIds) =>
    fc.record({
      incidents: fc.tuple(...incidentIds.map(incident)),
      entries: fc.uniqueArray(entry(incidentIds), { maxLength: 25, selector: (e) => e.id }),
      settings,
      checklistTemplates: fc.uniqueArray(template, { maxLength: 3, selector: (t) => t.severity }),
      incidentChecklists: fc.subarray(incidentIds).chain((ids) => fc.tuple(...ids.map(checklist))),
      attachments: fc.uniqueArray(
        fc.record({
          id,
          entryId: id,
          incidentId: fc.constantFrom(...incidentIds),
          mimeType: fc.constantFrom('image/png', 'text/plain', 'application/octet-stream'),
          name: text(30),
          createdAt: epoch,
          bytes: fc.uint8Array({ maxLength: 300 }),
        }),
        { maxLength: 3, selector: (a) => a.id },
      ),
    }),
  );
