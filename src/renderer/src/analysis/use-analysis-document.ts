import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { buildAnalysisDocument, type AnalysisDocument, type AnalysisTemplate, type ChecklistRecord } from '../../../shared/analysis';
import type { Incident } from '../../../shared/domain/incident';
import type { TimelineEntry } from '../../../shared/domain/timeline-entry';
import { machineTimeZone } from '../../../shared/time/zone-clock';
import { useDatabase } from '../data/database-context';
import { allTimeline } from '../data/timeline-queries';

export interface AnalysisChoices {
  template: AnalysisTemplate;
  excluded: ReadonlySet<string>;
  redacted: ReadonlySet<string>;
  folder: string;
}

/**
 * The analysis document of an incident, rebuilt live from the log with this export's choices. The very
 * object the preview shows is the one that is exported, so the preview cannot differ from what is sent.
 */
export function useAnalysisDocument(incident: Incident, choices: AnalysisChoices): { doc: AnalysisDocument | null; entries: TimelineEntry[] } {
  const db = useDatabase();
  const entries = useLiveQuery(() => allTimeline(db, incident.id), [db, incident.id]);
  const checklist = useLiveQuery(() => db.incidentChecklists.get(incident.id), [db, incident.id]);
  const images = useLiveQuery(
    () => db.attachments.where('incidentId').equals(incident.id).toArray((rows) => rows.map((r) => ({ entryId: r.entryId, fileName: r.name }))),
    [db, incident.id],
  );
  const doc = useMemo(() => {
    if (!entries) return null;
    const record: ChecklistRecord | null = checklist
      ? {
          items: checklist.items,
          states: Object.fromEntries(
            Object.entries(checklist.marks).map(([id, m]) => [id, { done: m.state === 'done', at: m.at, by: m.by }]),
          ),
        }
      : null;
    return buildAnalysisDocument({
      incident,
      entries,
      checklist: record,
      images: images ?? [],
      template: choices.template,
      options: {
        excludeEntryIds: [...choices.excluded],
        redactEntryIds: [...choices.redacted],
        folder: choices.folder,
        localTimeZone: machineTimeZone(),
      },
    });
  }, [incident, entries, checklist, images, choices.template, choices.excluded, choices.redacted, choices.folder]);
  return { doc, entries: entries ?? [] };
}
