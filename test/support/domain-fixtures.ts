// Plain Incident and TimelineEntry values for unit tests: override only what a test is about.
import type { Incident, Severity } from '../../src/shared/domain/incident';
import type { TimelineEntry } from '../../src/shared/domain/timeline-entry';

export const T0 = Date.UTC(2026, 10, 26, 14, 0, 0);
export const MIN = 60_000;

export function incidentAt(overrides: Partial<Incident> & { severity?: Severity } = {}): Incident {
  return {
    id: 'inc-1',
    title: 'Checkout returns 500',
    severity: 'major',
    status: 'investigating',
    lead: 'Dana',
    declaredBy: 'Dana',
    declaredAt: T0,
    impactStartedAt: null,
    resolvedAt: null,
    rootCause: '',
    fix: '',
    runbookLinks: [],
    summary: '',
    analysisScheduledFor: null,
    updatedAt: T0,
    ...overrides,
  };
}

export function entryAt(occurredAt: number, overrides: Partial<TimelineEntry> = {}): TimelineEntry {
  return {
    id: `e-${occurredAt}`,
    incidentId: 'inc-1',
    kind: 'note',
    text: 'a note',
    occurredAt,
    capturedAt: occurredAt,
    editedAt: null,
    originalOccurredAt: null,
    author: 'Dana',
    source: 'composer',
    deletedAt: null,
    milestone: null,
    ...overrides,
  };
}
