// A realistic incident log for the handover brief's tests, and a reader for one headed block of the brief.
import { expect } from 'vitest';
import { createIncidentChecklist, recordCopy } from '../../../src/shared/checklist/incident-checklist';
import { commsLabels } from '../../../src/shared/comms/comms-input';
import { parseComposerInput } from '../../../src/shared/domain/entry-parser';
import type { TimelineEntry } from '../../../src/shared/domain/timeline-entry';
import type { HandoverInput } from '../../../src/shared/handover/handover-brief';
import { defaultNudgeIntervals } from '../../../src/shared/nudges/nudge-settings';
import { entryAt, incidentAt, MIN, T0 } from '../../support/domain-fixtures';

/** An entry as the composer makes it from what the lead typed: the prefix picks the kind. */
export function typed(at: number, raw: string, author = 'Dana', patch: Partial<TimelineEntry> = {}): TimelineEntry {
  const parsed = parseComposerInput(raw);
  if (parsed.type !== 'entry') throw new Error(`not an entry: ${raw}`);
  return entryAt(at, { kind: parsed.kind, text: parsed.text, milestone: parsed.milestone, author, ...patch });
}

/** The line the app records when a lead hands over (live-rules.ts). */
export function handedOver(at: number, from: string, to: string): TimelineEntry {
  return entryAt(at, { kind: 'lead-change', source: 'lifecycle', author: from, text: `Lead handed over from ${from} to ${to}` });
}

export const statusUpdate = 'We are seeing failed card payments at checkout.\nNext update by 15:00 UTC.';
export const checklist = recordCopy(createIncidentChecklist('inc-1', 'critical', [], T0), 'status-page', commsLabels['status-page'], statusUpdate, T0 + 20 * MIN).checklist;

/** A major incident 45 minutes in, Dana handing over to Lee. */
export function fixture(): HandoverInput {
  const incident = incidentAt({ severity: 'major', status: 'identified', lead: 'Dana', declaredBy: 'Dana', impactStartedAt: T0 - 5 * MIN });
  const entries: TimelineEntry[] = [
    entryAt(T0 + 1 * MIN, { kind: 'severity-change', text: 'Severity changed from major to critical', source: 'lifecycle' }),
    entryAt(T0 + 40 * MIN, { kind: 'severity-change', text: 'Severity changed from critical to major', source: 'lifecycle' }),
    typed(T0 + 2 * MIN, 'Call: https://acme.zoom.us/j/123 and talk in #inc-checkout'),
    typed(T0 + 3 * MIN, '? payment host missing from config', 'Fox'),
    typed(T0 + 4 * MIN, '? card network outage', 'Fox'),
    typed(T0 + 9 * MIN, 'ruled out card network: their status page is green', 'Fox'),
    typed(T0 + 10 * MIN, '> rolling back config push 4711', 'Sam'),
    typed(T0 + 12 * MIN, '! keep the checkout banner up until error rate < 1%'),
    typed(T0 + 13 * MIN, 'impact about 30% of card payments fail'),
    entryAt(T0 + 20 * MIN, { kind: 'checklist', source: 'checklist', text: `Copied the status page update:\n${statusUpdate}` }),
    entryAt(T0 + 21 * MIN, { kind: 'checklist', source: 'checklist', text: 'Copied the announcement message:\nInternal only' }),
    typed(T0 + 30 * MIN, '? a <b>markup</b> | pipe `tick` note', 'Fox', { deletedAt: T0 + 31 * MIN }),
  ];
  return { incident, entries, checklist, intervals: defaultNudgeIntervals, now: T0 + 45 * MIN, to: 'Lee' };
}

/** The lines under one heading of the brief, up to the blank line that ends its block. */
export const section = (text: string, heading: string): string => {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, `no section "${heading}"`).toBeGreaterThan(-1);
  const rest = text.slice(start + heading.length + 2);
  const end = rest.indexOf('\n\n');
  return (end === -1 ? rest : rest.slice(0, end)).trimEnd();
};
