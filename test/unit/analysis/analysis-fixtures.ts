import type { Incident } from '../../../src/shared/domain/incident';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';

export const T0 = Date.UTC(2026, 10, 26, 14, 0, 0);
const MIN = 60_000;

export function makeIncident(patch: Partial<Incident> = {}): Incident {
  return {
    id: '01JTESTINCIDENT0000000001',
    title: 'Checkout is down',
    severity: 'major',
    status: 'resolved',
    lead: 'Dana',
    declaredBy: 'Dana',
    declaredAt: T0,
    impactStartedAt: T0 - 10 * MIN,
    resolvedAt: T0 + 90 * MIN,
    rootCause: 'A config push removed the payment host.',
    fix: 'Rolled the config back.',
    runbookLinks: [],
    summary: 'Card payments failed for 100 minutes.',
    analysisScheduledFor: null,
    updatedAt: T0 + 90 * MIN,
    ...patch,
  };
}

let counter = 0;
export function makeEntry(patch: Partial<TimelineEntry> = {}): TimelineEntry {
  counter++;
  const at = patch.occurredAt ?? T0 + counter * 1000;
  return {
    id: `e${String(counter).padStart(8, '0')}`,
    incidentId: '01JTESTINCIDENT0000000001',
    kind: 'note',
    text: `note ${counter}`,
    occurredAt: at,
    capturedAt: at,
    editedAt: null,
    originalOccurredAt: null,
    author: 'Dana',
    source: 'composer',
    deletedAt: null,
    milestone: null,
    ...patch,
  };
}

export function manyEntries(n: number): TimelineEntry[] {
  // A realistic mix: mostly notes and actions, a few of the kinds the analysis sections list.
  const kinds = ['note', 'note', 'action', 'note', 'action', 'note', 'decision', 'note', 'action', 'note', 'hypothesis', 'note', 'action', 'note', 'note', 'action', 'note', 'learning', 'note', 'follow-up'] as const;
  return Array.from({ length: n }, (_, i) =>
    makeEntry({ kind: kinds[i % kinds.length]!, text: `Entry ${i}: restarted pod api-${i % 17} | checked \`logs\``, occurredAt: T0 + i * 500 }),
  );
}
