import { milestoneTimes } from '../analysis/analysis-metrics';
import { milestoneLabels } from '../analysis/incident-phases';
import { copiedDraftOf, lastStatusPageAt, type IncidentChecklist } from '../checklist/incident-checklist';
import { commsLabels, latestImpact } from '../comms/comms-input';
import { isLive, type Incident } from '../domain/incident';
import { peakSeverity } from '../domain/incident-lifecycle';
import type { EntryKind, MilestoneName, TimelineEntry } from '../domain/timeline-entry';
import { compareEntries } from '../domain/timeline-entry-factory';
import { intervalMs, type NudgeIntervals } from '../nudges/nudge-settings';
import { formatDuration, formatUtc, incidentNeedsDates, incidentStart } from '../time/format-time';
import { talkPlaces } from './talk-places';

/*
 * The brief an outgoing lead hands to the next one: what the incoming lead needs in the first minute, written
 * from the log alone so nothing depends on the outgoing lead's memory at the worst moment. Plain text with
 * short headed blocks, because it is pasted into chat. Pure: the same log and clock give the same brief.
 */

export interface HandoverInput {
  incident: Incident;
  /** Every entry of the incident, any order; tombstones are skipped. */
  entries: readonly TimelineEntry[];
  /** The incident's checklist, for when the status page was last seen to; null when it has none. */
  checklist: IncidentChecklist | null;
  intervals: NudgeIntervals;
  now: number;
  /** Who takes over, when known (the hand-over dialog knows); the brief is addressed to them. */
  to?: string | null;
  /** Who hands over: the lead before the hand-over, when it has already been recorded; else the current lead. */
  from?: string | null;
}

export interface HandoverBrief {
  title: string;
  text: string;
}

/** How many lines of each kind the brief lists; older ones are counted, since the timeline has them all. */
const LISTED = 8;

interface Clock {
  now: number;
  at(ms: number): string;
}

function clockFor(incident: Incident, now: number): Clock {
  const withDate = incidentNeedsDates(incidentStart(incident), now, 'UTC');
  return { now, at: (ms) => formatUtc(ms, { withDate }) };
}

/** "- 10:12:00 UTC, Dana: text", continuation lines indented under the text. */
function line(entry: TimelineEntry, clock: Clock): string {
  const text = entry.text.trim().replace(/\r\n|\r/g, '\n').replace(/\n+/g, '\n    ');
  return `- ${clock.at(entry.occurredAt)}, ${entry.author}: ${text}`;
}

/** The newest entries of a kind first (the incoming lead reads the present first), and how many are older. */
function listed(entries: readonly TimelineEntry[], kind: EntryKind, clock: Clock, none: string): string[] {
  const all = entries.filter((e) => e.kind === kind).reverse();
  if (all.length === 0) return [none];
  const shown = all.slice(0, LISTED).map((e) => line(e, clock));
  if (all.length > LISTED) shown.push(`- … and ${all.length - LISTED} earlier, on the timeline.`);
  return shown;
}

function block(heading: string, lines: readonly string[]): string {
  return [heading, ...lines].join('\n');
}

function situation(input: HandoverInput, live: readonly TimelineEntry[], clock: Clock): string[] {
  const { incident } = input;
  const peak = peakSeverity(incident, input.entries);
  const times = milestoneTimes(incident, input.entries);
  const end = incident.resolvedAt ?? clock.now;
  const lines = [
    `Severity: ${incident.severity}${peak !== incident.severity ? ` (peak ${peak})` : ''}. Status: ${incident.status}.`,
    `Declared ${clock.at(incident.declaredAt)} by ${incident.declaredBy}; ${formatDuration(end - incident.declaredAt)} ${incident.resolvedAt === null ? 'so far' : 'in all'}.`,
  ];
  const impactStart = times['impact-started'];
  if (impactStart === undefined) lines.push('Impact start: not recorded yet.');
  else {
    const stop = times.mitigated ?? times.resolved;
    if (stop === undefined) lines.push(`Impact since ${clock.at(impactStart)}: ${formatDuration(clock.now - impactStart)} so far, not mitigated yet.`);
    else if (stop >= impactStart) lines.push(`Impact from ${clock.at(impactStart)} until mitigated ${clock.at(stop)} (${formatDuration(stop - impactStart)}).`);
    // The impact start was moved past the mitigation: neither "not mitigated" nor a negative length is true.
    else lines.push(`Impact start ${clock.at(impactStart)} is after the mitigation at ${clock.at(stop)}: one of the two times needs correcting.`);
  }
  const latest = latestImpact(live);
  if (latest) lines.push(`Latest impact note: ${latest.replace(/\s*\n\s*/g, ' ')}`);
  return lines;
}

function known(input: HandoverInput, clock: Clock): string[] {
  const { incident } = input;
  const times = milestoneTimes(incident, input.entries);
  const lines: string[] = [];
  const prose = (label: string, value: string) => {
    if (value.trim() !== '') lines.push(`${label}: ${value.trim().replace(/\s*\n\s*/g, ' ')}`);
  };
  prose('Summary', incident.summary);
  prose('Root cause', incident.rootCause);
  prose('Fix', incident.fix);
  const order: MilestoneName[] = ['impact-started', 'detected', 'declared', 'mitigated', 'resolved'];
  const reached = order.filter((m) => times[m] !== undefined).map((m) => `${milestoneLabels[m]} ${clock.at(times[m]!)}`);
  lines.push(`Milestones: ${reached.join('; ')}.`);
  if (lines.length === 1) lines.unshift('No summary, root cause or fix written yet: the lines below are what the log holds.');
  return lines;
}

function lastCustomerUpdate(live: readonly TimelineEntry[], clock: Clock): string[] {
  // Customers read the status page and the in-app banner; the announcement goes to people inside the company.
  for (let i = live.length - 1; i >= 0; i--) {
    const entry = live[i]!;
    const draft = copiedDraftOf(entry);
    if (!draft || draft.kind === 'announcement') continue;
    const text = draft.text.trim().replace(/\r\n|\r/g, '\n').replace(/\n+/g, '\n  ');
    return [`${commsLabels[draft.kind]}, ${draft.how} ${clock.at(entry.occurredAt)} by ${entry.author}:`, `  ${text}`];
  }
  return ['None copied or sent from Sitrep yet.'];
}

function nextUpdate(input: HandoverInput, clock: Clock): string {
  const { incident } = input;
  if (!isLive(incident.status)) return 'The incident is no longer live: no status page update is due.';
  const every = intervalMs(input.intervals, 'status-page', incident.severity);
  if (every === null) return `No status page reminder is set for ${incident.severity} incidents.`;
  const last = lastStatusPageAt(input.checklist ?? undefined);
  const due = (last ?? incident.declaredAt) + every;
  const since = last === null ? 'none recorded since the declaration' : `last one ${clock.at(last)}`;
  return due <= clock.now
    ? `Status page update overdue since ${clock.at(due)} (${formatDuration(clock.now - due)}; ${since}).`
    : `Status page update due ${clock.at(due)}, in ${formatDuration(due - clock.now)} (${since}).`;
}

function people(input: HandoverInput, live: readonly TimelineEntry[], outgoing: string): string[] {
  const { incident } = input;
  const leads = input.to ? `Outgoing lead: ${outgoing}. Incoming lead: ${input.to}.` : `Lead: ${outgoing}.`;
  const lines = [`${leads} Declared by ${incident.declaredBy}.`];
  const earlier = new Set<string>();
  for (const entry of live) {
    const from = entry.kind === 'lead-change' ? /^Lead handed over from (.+) to .+$/s.exec(entry.text)?.[1] : undefined;
    if (from && from !== outgoing && from !== input.to) earlier.add(from);
  }
  if (earlier.size > 0) lines.push(`Led earlier by: ${[...earlier].join(', ')}.`);
  const counts = new Map<string, number>();
  for (const entry of live) if (entry.source !== 'lifecycle') counts.set(entry.author, (counts.get(entry.author) ?? 0) + 1);
  const writers = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  lines.push(
    writers.length === 0
      ? 'Nobody has written in the log yet.'
      : `Writing in the log: ${writers.map(([name, n]) => `${name} (${n} ${n === 1 ? 'entry' : 'entries'})`).join(', ')}.`,
  );
  return lines;
}

export function buildHandoverBrief(input: HandoverInput): HandoverBrief {
  const { incident } = input;
  const clock = clockFor(incident, input.now);
  const live = input.entries.filter((e) => e.deletedAt === null).sort(compareEntries);
  const title = `Handover brief: ${incident.title}`;
  const outgoing = input.from ?? incident.lead;
  const addressed = input.to ? `For ${input.to}, from ${outgoing}` : `From ${outgoing}`;
  const places = talkPlaces(live);
  const text = [
    block(title, [`${addressed}, written ${clock.at(input.now)}. Times are UTC.`]),
    block('Where things stand', situation(input, live, clock)),
    block('What we know', known(input, clock)),
    block('Hypotheses still open', listed(live, 'hypothesis', clock, 'None logged.')),
    block('Ruled out', listed(live, 'ruled-out', clock, 'Nothing ruled out in the log yet.')),
    block('Actions taken or under way (newest first)', listed(live, 'action', clock, 'None logged.')),
    block('Decisions', listed(live, 'decision', clock, 'None logged.')),
    block('Last customer update', lastCustomerUpdate(live, clock)),
    block('Next update', [nextUpdate(input, clock)]),
    block(
      'Where people are talking',
      places.length > 0 ? places.map((p) => `- ${p.place} (${clock.at(p.firstSeenAt)}, ${p.author})`) : ['No chat channel or call link in the log yet.'],
    ),
    block('Who is involved', people(input, live, outgoing)),
  ].join('\n\n');
  return { title, text: `${text}\n` };
}
