import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import type { EntryKind, EntrySource, TimelineEntry } from '../domain/timeline-entry';
import { utcDateTime } from './analysis-time';
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

const cell = (children: PhrasingContent[]): TableCell => ({ type: 'tableCell', children });

function entryCell(shown: ShownEntry): TableCell {
  if (shown.redacted) return cell([text(REDACTED)]);
  const children = cellLines(shown.entry.text);
  for (const image of shown.images) {
    if (children.length > 0) children.push(text(' '));
    children.push({ type: 'image', url: image.url, alt: image.alt });
  }
  return cell(children);
}

export function timelineTable(entries: readonly ShownEntry[]): Table {
  const header: TableRow = {
    type: 'tableRow',
    children: ['When (UTC)', 'Kind', 'Entry', 'By', 'Provenance'].map((h) => cell([text(h)])),
  };
  const rows: TableRow[] = [header];
  // Kind, author and provenance cells repeat across thousands of rows; sharing one node per value is safe
  // because serialising never mutates the tree, and it keeps a 50,000-line build inside its time budget.
  const kindCells = new Map<string, TableCell>();
  const authorCells = new Map<string, TableCell>();
  const originCells = new Map<string, TableCell>();
  const sharedCell = (cache: Map<string, TableCell>, key: string, make: () => TableCell): TableCell => {
    let found = cache.get(key);
    if (!found) cache.set(key, (found = make()));
    return found;
  };
  for (const shown of entries) {
    const e = shown.entry;
    const kind = entryKindLabel(e);
    const origin = provenance(e);
    rows.push({
      type: 'tableRow',
      children: [
        cell([text(utcDateTime(e.occurredAt))]),
        sharedCell(kindCells, kind, () => cell([text(kind)])),
        entryCell(shown),
        sharedCell(authorCells, e.author, () => cell(cellLines(e.author))),
        sharedCell(originCells, origin, () => cell([text(origin)])),
      ],
    });
  }
  return { type: 'table', align: [null, null, null, null, null], children: rows };
}
