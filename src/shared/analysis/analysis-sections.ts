import type { ListItem, PhrasingContent } from 'mdast';
import type { Incident } from '../domain/incident';
import type { TimelineEntry } from '../domain/timeline-entry';
import { compareEntries } from '../domain/timeline-entry-factory';
import type { ChecklistRecord } from './analysis-input';
import type { AnalysisMetric } from './analysis-metrics';
import type { TemplateSection } from './analysis-template';
import { utcDateTime, utcOffsetText } from './analysis-time';
import { type Block, emphasisParagraph, heading, literalLines, paragraph, text } from './markdown-nodes';
import { phaseDiagram, unknownMilestonesNote } from './incident-diagram';
import { incidentPhases } from './incident-phases';
import { proseBlocks } from './prose-markdown';
import { REDACTED, type ShownEntry, timelineTable } from './timeline-table';

/** What every section builder may read. Entries here are already filtered (no tombstones, no exclusions). */
export interface SectionContext {
  incident: Incident;
  shown: readonly ShownEntry[];
  /** Every entry of the incident, tombstones included: facts such as milestones come from the whole log. */
  entries: readonly TimelineEntry[];
  metrics: readonly AnalysisMetric[];
  checklist: ChecklistRecord | null;
  localTimeZone: string;
  counts: { deleted: number; excluded: number; redacted: number };
}

const NOTHING_YET = 'Nothing written yet.';

function proseOrPlaceholder(value: string): Block[] {
  const blocks = proseBlocks(value);
  return blocks.length > 0 ? [...blocks] : [emphasisParagraph(NOTHING_YET)];
}

/** Kinds the lead writes as prose for the analysis; other entries are kept verbatim, as logged. */
const PROSE_KINDS: ReadonlySet<TimelineEntry['kind']> = new Set(['learning', 'follow-up']);

/** "Owner: Fox. Tracked in https://…" for a follow-up that has them; the address is a link. */
function followUpTrailer(entry: TimelineEntry): PhrasingContent[] {
  const { owner, url } = entry.followUp ?? { owner: null, url: null };
  const out: PhrasingContent[] = [];
  if (owner) out.push(text(`Owner: ${owner}.`));
  if (url) out.push(text(`${owner ? ' ' : ''}Tracked in `), { type: 'link', url, children: [text(url)] }, text('.'));
  return out;
}

function entryItem(shown: ShownEntry, checked: boolean | null): ListItem {
  const e: TimelineEntry = shown.entry;
  const lead = text(`${utcDateTime(e.occurredAt)} UTC, ${e.author}: `);
  let children: ListItem['children'];
  if (shown.redacted) children = [paragraph(lead, text(REDACTED))];
  else if (!PROSE_KINDS.has(e.kind)) children = [paragraph(lead, ...literalLines(e.text))];
  else {
    // The time and author open the prose's first paragraph, or stand alone above a leading code block or list.
    const [first, ...rest] = proseBlocks(e.text);
    children = first?.type === 'paragraph' ? [paragraph(lead, ...first.children), ...rest] : [paragraph(lead), ...(first ? [first] : []), ...rest];
    const tracking = e.kind === 'follow-up' ? followUpTrailer(e) : [];
    if (tracking.length > 0) {
      // After the prose's last paragraph when it ends with one (the parsed nodes are shared: copied, not changed).
      const last = children[children.length - 1];
      children = last?.type === 'paragraph' ? [...children.slice(0, -1), paragraph(...last.children, text(' '), ...tracking)] : [...children, paragraph(...tracking)];
    }
  }
  // Several blocks in one item need blank lines between them: written tight, a table or paragraph after a list
  // or a quote would be read as part of it (a lazy continuation line).
  return { type: 'listItem', spread: children.length > 1, checked, children };
}

// Entries grouped by kind once per build: several sections each list a few kinds out of tens of thousands.
const groupCache = new WeakMap<readonly ShownEntry[], Map<string, ShownEntry[]>>();
function byKind(shown: readonly ShownEntry[]): Map<string, ShownEntry[]> {
  let groups = groupCache.get(shown);
  if (!groups) {
    groups = new Map();
    for (const s of shown) {
      const list = groups.get(s.entry.kind);
      if (list) list.push(s);
      else groups.set(s.entry.kind, [s]);
    }
    groupCache.set(shown, groups);
  }
  return groups;
}

function entryList(ctx: SectionContext, section: TemplateSection): Block[] {
  const kinds = new Set(section.kinds ?? []);
  const groups = byKind(ctx.shown);
  // Back in time order when several kinds are listed together.
  const items = [...kinds].flatMap((k) => groups.get(k) ?? []);
  if (kinds.size > 1) {
    items.sort((a, b) => compareEntries(a.entry, b.entry));
  }
  if (items.length === 0) return [];
  // A task list: a follow-up is ticked once it is marked done.
  const checked = (s: ShownEntry) => (section.asTasks ? s.entry.followUp?.done === true : null);
  return [{ type: 'list', ordered: false, spread: false, children: items.map((s) => entryItem(s, checked(s))) }];
}

function metricsTable(ctx: SectionContext): Block[] {
  const cell = (value: string) => ({ type: 'tableCell' as const, children: [text(value)] });
  return [
    {
      type: 'table',
      align: [null, null, null],
      children: [
        { type: 'tableRow', children: [cell('Metric'), cell('Value'), cell('Measured between')] },
        ...ctx.metrics.map((m) => ({ type: 'tableRow' as const, children: [cell(m.name), cell(m.text), cell(m.basis)] })),
      ],
    },
  ];
}

function timelineBlocks(ctx: SectionContext): Block[] {
  const phases = incidentPhases(ctx.incident, ctx.entries);
  const unknown = unknownMilestonesNote(phases);
  const first = ctx.shown[0]?.entry.occurredAt ?? ctx.incident.declaredAt;
  const blocks: Block[] = [
    paragraph(
      text(
        `Times are UTC with full dates. The lead's local zone is ${ctx.localTimeZone} ` +
          `(${utcOffsetText(first, ctx.localTimeZone)} at the start of the incident).`,
      ),
    ),
  ];
  const { deleted, excluded, redacted } = ctx.counts;
  const notes = [
    deleted > 0 ? `${deleted} deleted ${deleted === 1 ? 'entry is' : 'entries are'} not shown` : null,
    excluded > 0 ? `${excluded} ${excluded === 1 ? 'entry was' : 'entries were'} left out of this export` : null,
    redacted > 0 ? `${redacted} ${redacted === 1 ? 'entry is' : 'entries are'} redacted` : null,
  ].filter((n): n is string => n !== null);
  blocks.push(phaseDiagram(phases));
  if (unknown) blocks.push(unknown);
  if (notes.length > 0) blocks.push(paragraph(text(`${notes.join('; ')}.`)));
  blocks.push(ctx.shown.length > 0 ? timelineTable(ctx.shown) : emphasisParagraph('The timeline is empty.'));
  return blocks;
}

function impactBlocks(ctx: SectionContext, section: TemplateSection): Block[] {
  const started = ctx.incident.impactStartedAt;
  const blocks: Block[] = [
    paragraph(text(`Impact started: ${started === null ? 'unknown' : `${utcDateTime(started)} UTC`}.`)),
  ];
  return [...blocks, ...entryList(ctx, { ...section, kinds: section.kinds ?? ['impact'] })];
}

function checklistBlocks(ctx: SectionContext): Block[] {
  const record = ctx.checklist;
  if (!record || record.items.length === 0) return [emphasisParagraph('No checklist was kept for this incident.')];
  const items: ListItem[] = record.items.map((item) => {
    const state = record.states[item.id];
    const done = state?.done === true;
    const when = done && state?.at != null ? ` (${utcDateTime(state.at)} UTC${state.by ? `, ${state.by}` : ''})` : '';
    return { type: 'listItem', spread: false, checked: done, children: [paragraph(text(`${item.text}${when}`))] };
  });
  return [{ type: 'list', ordered: false, spread: false, children: items }];
}

/** One section: its heading, its prompt, its content. */
export function buildSection(ctx: SectionContext, section: TemplateSection): Block[] {
  const blocks: Block[] = [heading(2, section.heading)];
  if (section.prompt) blocks.push(emphasisParagraph(section.prompt));
  switch (section.content) {
    case 'summary':
      return [...blocks, ...proseOrPlaceholder(ctx.incident.summary)];
    case 'root-cause':
      return [...blocks, ...proseOrPlaceholder(ctx.incident.rootCause)];
    case 'fix':
      return [...blocks, ...proseOrPlaceholder(ctx.incident.fix)];
    case 'impact':
      return [...blocks, ...impactBlocks(ctx, section)];
    case 'metrics':
      return [...blocks, ...metricsTable(ctx)];
    case 'timeline':
      return [...blocks, ...timelineBlocks(ctx)];
    case 'checklist':
      return [...blocks, ...checklistBlocks(ctx)];
    case 'entries': {
      const list = entryList(ctx, section);
      return [...blocks, ...(list.length > 0 ? list : [emphasisParagraph(NOTHING_YET)])];
    }
    case 'prompt':
      return [...blocks, ...entryList(ctx, section)];
  }
}
