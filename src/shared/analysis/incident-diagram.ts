import type { Code, Paragraph } from 'mdast';
import { utcDateTime } from './analysis-time';
import type { IncidentPhases } from './incident-phases';
import { milestoneLabels } from './incident-phases';
import { paragraph, text } from './markdown-nodes';

/*
 * The phases as a Mermaid gantt chart, which GitHub draws from a ```mermaid block. Times are written as UTC wall
 * clock text, so the axis reads in UTC whatever the reader's zone. Names come partly from people (a new lead's
 * name), so only letters, digits and a few harmless marks reach the diagram's source: ":" "#" ";" and line
 * endings would end or comment out a task line.
 */
const DAY = 86_400_000;

const safeName = (value: string): string =>
  value.replace(/[^\p{L}\p{N} ,.()'+/-]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 60) || 'event';

export function phaseDiagram(phases: IncidentPhases): Code {
  const lines = [
    'gantt',
    '  title Incident phases (UTC)',
    '  dateFormat YYYY-MM-DD HH:mm:ss',
    `  axisFormat ${phases.last - phases.first > DAY ? '%d %b %H:%M' : '%H:%M'}`,
  ];
  const closed = phases.spans.filter((s): s is typeof s & { end: number } => s.end !== null);
  if (closed.length > 0) {
    lines.push('  section Phases');
    closed.forEach((s, i) => lines.push(`  ${safeName(s.label)} : p${i}, ${utcDateTime(s.start)}, ${utcDateTime(s.end)}`));
  }
  lines.push('  section Milestones');
  phases.marks.forEach((m, i) => {
    if (m.at !== null) lines.push(`  ${safeName(m.label)} : milestone, m${i}, ${utcDateTime(m.at)}, 0d`);
  });
  if (phases.events.length > 0) {
    lines.push('  section Severity and lead');
    phases.events.forEach((e, i) => lines.push(`  ${safeName(e.label)} : milestone, e${i}, ${utcDateTime(e.at)}, 0d`));
  }
  return { type: 'code', lang: 'mermaid', meta: null, value: lines.join('\n') };
}

/** What the diagram cannot show: the milestones nobody recorded. */
export function unknownMilestonesNote(phases: IncidentPhases): Paragraph | null {
  if (phases.unknown.length === 0) return null;
  return paragraph(text(`Not recorded, so not drawn: ${phases.unknown.map((m) => milestoneLabels[m]).join(', ')} (unknown).`));
}
