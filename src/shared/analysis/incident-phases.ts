import type { Incident } from '../domain/incident';
import { milestoneNames, type MilestoneName, type TimelineEntry } from '../domain/timeline-entry';
import { milestoneTimes } from './analysis-metrics';

/*
 * The incident's phases on one time axis: when impact started, was detected, declared, mitigated, resolved, with
 * the severity changes and handovers in between. One pure function feeds both pictures, the Mermaid diagram in
 * the analysis document and the compact bar in the incident header, so they cannot disagree. A milestone nobody
 * recorded is "unknown": no time is guessed for it, and the phases simply join the milestones that are known.
 */

export const milestoneLabels: Record<MilestoneName, string> = {
  'impact-started': 'Impact started',
  detected: 'Detected',
  declared: 'Declared',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

export interface PhaseMark {
  milestone: MilestoneName;
  label: string;
  /** Epoch ms, or null when it was never recorded. */
  at: number | null;
}

/** The stretch between two known milestones; `to`/`end` are null while the incident is still open. */
export interface PhaseSpan {
  from: MilestoneName;
  to: MilestoneName | null;
  label: string;
  start: number;
  end: number | null;
}

export interface PhaseEvent {
  kind: 'severity' | 'lead';
  at: number;
  label: string;
}

export interface IncidentPhases {
  /** Every milestone in the handbook's order, known or not. */
  marks: PhaseMark[];
  /** Known milestones joined in time order. */
  spans: PhaseSpan[];
  events: PhaseEvent[];
  unknown: MilestoneName[];
  /** The axis: earliest and latest known moment (the open end of a live incident is the caller's "now"). */
  first: number;
  last: number;
}

const SEVERITY_TO = /\bto (minor|major|critical)\b/i;
const LEAD_TO = /\bto (.+)$/;

function eventOf(entry: TimelineEntry): PhaseEvent | null {
  if (entry.kind === 'severity-change') {
    const to = SEVERITY_TO.exec(entry.text)?.[1];
    return { kind: 'severity', at: entry.occurredAt, label: to ? `Severity ${to.toLowerCase()}` : 'Severity changed' };
  }
  if (entry.kind === 'lead-change') {
    const to = LEAD_TO.exec(entry.text.split(/\r\n|\r|\n/)[0] ?? '')?.[1];
    return { kind: 'lead', at: entry.occurredAt, label: to ? `Lead ${to.trim()}` : 'Lead handed over' };
  }
  return null;
}

/** The phases of an incident from its own times and its live (not deleted) timeline entries. */
export function incidentPhases(incident: Incident, entries: readonly TimelineEntry[]): IncidentPhases {
  const times = milestoneTimes(incident, entries);
  const marks: PhaseMark[] = milestoneNames.map((m) => ({ milestone: m, label: milestoneLabels[m], at: times[m] ?? null }));
  const known = marks.filter((m): m is PhaseMark & { at: number } => m.at !== null).sort((a, b) => a.at - b.at);
  const spans: PhaseSpan[] = [];
  for (let i = 0; i + 1 < known.length; i++) {
    const from = known[i]!;
    const to = known[i + 1]!;
    spans.push({ from: from.milestone, to: to.milestone, label: `${from.label} to ${to.label.toLowerCase()}`, start: from.at, end: to.at });
  }
  const lastKnown = known[known.length - 1];
  if (lastKnown && incident.resolvedAt === null) {
    spans.push({ from: lastKnown.milestone, to: null, label: `${lastKnown.label}, not resolved yet`, start: lastKnown.at, end: null });
  }
  // One pass: a long timeline has tens of thousands of entries and only a handful of these.
  const events: PhaseEvent[] = [];
  for (const entry of entries) {
    if (entry.deletedAt !== null || (entry.kind !== 'severity-change' && entry.kind !== 'lead-change')) continue;
    const event = eventOf(entry);
    if (event) events.push(event);
  }
  events.sort((a, b) => a.at - b.at);
  const moments = [...known.map((m) => m.at), ...events.map((e) => e.at)];
  return {
    marks,
    spans,
    events,
    unknown: marks.filter((m) => m.at === null).map((m) => m.milestone),
    first: Math.min(...moments),
    last: Math.max(...moments),
  };
}
