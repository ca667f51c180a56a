import type { Node, PhrasingContent } from 'mdast';
import type { EntryKind, EntrySource, TimelineEntry } from '../domain/timeline-entry';
import { utcDateTime } from './analysis-time';
import { cellTextMarkdown, phrasingMarkdown } from './markdown-phrasing';
import { cellLines, text } from './markdown-nodes';

export const REDACTED = '[redacted]';

/** An entry as the document shows it: redacted text already swapped, images already resolved to links. */
export interface ShownEntry {
  entry: TimelineEntry;
  redacted: boolean;
  images: { url: string; alt: string }[];
}

const kindLabels: Record<EntryKind, string> = {
  note: 'note',
  action: 'action',
  decision: 'decision',
  hypothesis: 'hypothesis',
  'ruled-out': 'ruled out',
  impact: 'impact',
  'follow-up': 'follow-up',
  learning: 'learning',
  milestone: 'milestone',
  'status-change': 'status',
  'severity-change': 'severity',
  'lead-change': 'lead',
  checklist: 'checklist',
};

const sourceLabels: Record<EntrySource, string> = {
  composer: 'typed in the app',
  'quick-note': 'quick note',
  checklist: 'checklist tick',
  lifecycle: 'recorded by the app',
  import: 'imported',
};

export const entryKindLabel = (entry: TimelineEntry): string =>
  entry.kind === 'milestone' && entry.milestone ? `milestone: ${entry.milestone}` : kindLabels[entry.kind];

/** A line written more than this long after the moment it records is a backfill; its writing time is shown. */
const BACKFILL_MS = 5 * 60_000;

/** Where the line came from and whether it was changed afterwards, so readers can weigh backfilled times. */
export function provenance(entry: TimelineEntry): string {
  const backfilled = Math.abs(entry.capturedAt - entry.occurredAt) > BACKFILL_MS;
  if (!backfilled && entry.editedAt === null && entry.originalOccurredAt === null) return sourceLabels[entry.source];
  const parts = [sourceLabels[entry.source]];
  if (backfilled) parts.push(`written ${utcDateTime(entry.capturedAt)}`);
  if (entry.originalOccurredAt !== null && entry.originalOccurredAt !== entry.occurredAt) {
    parts.push(`time changed from ${utcDateTime(entry.originalOccurredAt)}`);
  }
  if (entry.editedAt !== null) parts.push(`edited ${utcDateTime(entry.editedAt)}`);
  return parts.join('; ');
}

/**
 * The timeline as one node of its own, written by `timelineTableMarkdown` straight from the entries. For 50,000
 * entries, building 250,000 mdast cells only for the writer to walk them again was half the build time. The
 * bytes are exactly those the writer writes for a table of the same cells (cellTextMarkdown is that writer's
 * own output for the nodes cellLines makes).
 */
export interface TimelineTable extends Node {
  type: 'timelineTable';
  entries: readonly ShownEntry[];
}

declare module 'mdast' {
  interface RootContentMap {
    timelineTable: TimelineTable;
  }
}

export const timelineTable = (entries: readonly ShownEntry[]): TimelineTable => ({ type: 'timelineTable', entries });

const HEADER = '| When (UTC) | Kind | Entry | By | Provenance |\n| - | - | - | - | - |';

/** A cell with images (rare) is built as mdast and written by the writer's phrasing, as any table cell is. */
function imageCell(shown: ShownEntry, indent: string): string {
  const children: PhrasingContent[] = cellLines(shown.entry.text);
  for (const image of shown.images) {
    if (children.length > 0) children.push(text(' '));
    children.push({ type: 'image', url: image.url, alt: image.alt });
  }
  return phrasingMarkdown(children, { indent, line: 'cell' });
}

export function timelineTableMarkdown(node: TimelineTable, indent: string): string {
  // Kind, author and provenance repeat across thousands of rows: each distinct value is escaped once. (Kind labels
  // and provenance are single lines, so this writes them exactly as the writer writes a one-text cell.)
  const written = new Map<string, string>();
  const once = (value: string): string => {
    let found = written.get(value);
    if (found === undefined) written.set(value, (found = cellTextMarkdown(value)));
    return found;
  };
  const lines: string[] = new Array(node.entries.length + 1);
  lines[0] = HEADER;
  for (let i = 0; i < node.entries.length; i++) {
    const shown = node.entries[i]!;
    const e = shown.entry;
    const entry = shown.redacted
      ? once(REDACTED)
      : shown.images.length === 0
        ? cellTextMarkdown(e.text)
        : imageCell(shown, indent);
    // The time is digits, dashes, colons and a space: nothing in it ever needs escaping. A row is joined from its
    // cells into one flat string because a template literal keeps a chain of small strings alive per row until the
    // table is joined, and copying 50,000 such chains in young-generation collections was a third of the build.
    lines[i + 1] = [`| ${utcDateTime(e.occurredAt)}`, once(entryKindLabel(e)), entry, once(e.author), `${once(provenance(e))} |`].join(' | ');
  }
  return lines.join(`\n${indent}`);
}
