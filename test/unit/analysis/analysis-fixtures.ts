import type { Incident } from '../../../src/shared/domain/incident';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import { entryAt, incidentAt, MIN, T0 } from '../../support/domain-fixtures';

export { T0 };
const INCIDENT_ID = '01JTESTINCIDENT0000000001';

/** A resolved incident with everything an analysis reads filled in. */
export function makeIncident(patch: Partial<Incident> = {}): Incident {
  return incidentAt({
    id: INCIDENT_ID,
    title: 'Checkout is down',
    status: 'resolved',
    impactStartedAt: T0 - 10 * MIN,
    resolvedAt: T0 + 90 * MIN,
    rootCause: 'A config push removed the payment host.',
    fix: 'Rolled the config back.',
    summary: 'Card payments failed for 100 minutes.',
    updatedAt: T0 + 90 * MIN,
    ...patch,
  });
}

let counter = 0;
/** Entries of that incident, one second apart unless a time is given, each with its own id and text. */
export function makeEntry(patch: Partial<TimelineEntry> = {}): TimelineEntry {
  counter++;
  const at = patch.occurredAt ?? T0 + counter * 1000;
  return entryAt(at, { id: `e${String(counter).padStart(8, '0')}`, incidentId: INCIDENT_ID, text: `note ${counter}`, ...patch });
}

export function manyEntries(n: number): TimelineEntry[] {
  // A realistic mix: mostly notes and actions, a few of the kinds the analysis sections list.
  const kinds = ['note', 'note', 'action', 'note', 'action', 'note', 'decision', 'note', 'action', 'note', 'hypothesis', 'note', 'action', 'note', 'note', 'action', 'note', 'learning', 'note', 'follow-up'] as const;
  return Array.from({ length: n }, (_, i) =>
    makeEntry({ kind: kinds[i % kinds.length]!, text: `Entry ${i}: restarted pod api-${i % 17} | checked \`logs\``, occurredAt: T0 + i * 500 }),
  );
}
