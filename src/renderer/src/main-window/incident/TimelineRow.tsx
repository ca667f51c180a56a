import { memo, useState, type Ref } from 'react';
import type { TimelineEntry } from '../../../../shared/domain/timeline-entry';
import { formatLocal, spansDays } from '../../../../shared/time/format-time';
import { TimeStamp } from '../../components/TimeStamp';
import { entryBadgeText } from '../../components/entry-kind-labels';
import { EntryAttachments } from '../../cockpit/EntryAttachments';
import { LinkedText } from '../../components/LinkedText';

// Long entries are clamped to a few lines with a button to expand; the whole text is always in the row.
const CLAMP_CHARS = 900;
const CLAMP_LINES = 10;

const sourceWords: Partial<Record<TimelineEntry['source'], string>> = {
  'quick-note': 'via quick note',
  checklist: 'from the checklist',
  import: 'imported',
};

interface TimelineRowProps {
  entry: TimelineEntry;
  /** The row's place in the timeline. */
  index: number;
  /** The row's place in the laid-out span (timeline-span.ts), by which the virtualiser measures it. */
  slot: number;
  total: number;
  withDate: boolean;
  active: boolean;
  highlighted: boolean;
  rowRef: Ref<HTMLDivElement>;
  onEdit: (entry: TimelineEntry) => void;
  onDelete: (entry: TimelineEntry) => void;
  onRestore: (entry: TimelineEntry) => void;
  onFocus: (index: number, entry: TimelineEntry) => void;
}

/**
 * Every prop but `total` decides what a row shows. `total` is only its aria-setsize, which grows with every
 * new entry: re-rendering every row on screen (times formatted, links found) for it was on the path from
 * Enter to the new row. The timeline sets that attribute on the rows itself (syncSetSize).
 */
function sameRow(a: TimelineRowProps, b: TimelineRowProps): boolean {
  for (const key of Object.keys(a) as (keyof TimelineRowProps)[]) if (key !== 'total' && a[key] !== b[key]) return false;
  return true;
}

/** Brings the aria-setsize of the rows already rendered up to `total` (see sameRow). */
export function syncSetSize(list: HTMLElement | null, total: number): void {
  const value = String(total);
  for (const row of list?.querySelectorAll<HTMLElement>('[role="listitem"]') ?? []) {
    if (row.getAttribute('aria-setsize') !== value) row.setAttribute('aria-setsize', value);
  }
}

/** One line of the timeline. Text is rendered as text (never as HTML), newlines kept, web addresses linked. */
export const TimelineRow = memo(function TimelineRow(props: TimelineRowProps) {
  const { entry, index, slot, total, active, highlighted, rowRef, onEdit, onDelete, onRestore, onFocus } = props;
  // A row not of today shows its date even when the rest of the incident is today (a backfilled line).
  const withDate = props.withDate || spansDays(entry.occurredAt, Date.now());
  const [expanded, setExpanded] = useState(false);
  const common = {
    ref: rowRef,
    role: 'listitem',
    'data-index': index,
    'data-slot': slot,
    'data-entry-id': entry.id,
    'aria-posinset': index + 1,
    'aria-setsize': total,
    tabIndex: active ? 0 : -1,
    onFocus: () => onFocus(index, entry),
  } as const;

  if (entry.deletedAt !== null) {
    return (
      <div {...common} className={`entry tombstone ${highlighted ? 'highlighted' : ''}`}>
        <span className="entry-head">
          <span className="badge">{entryBadgeText(entry)}</span>
          <TimeStamp at={entry.occurredAt} withDate={withDate} />
          <span className="deleted-note">deleted</span> —{' '}
          <button type="button" className="link" onClick={() => onRestore(entry)}>
            Restore
          </button>
        </span>
      </div>
    );
  }

  const long = entry.text.length > CLAMP_CHARS || entry.text.split('\n', CLAMP_LINES + 1).length > CLAMP_LINES;
  const source = sourceWords[entry.source];
  return (
    <div {...common} className={`entry kind-${entry.kind} ${highlighted ? 'highlighted' : ''}`}>
      <div className="entry-head">
        <span className={`badge kind kind-${entry.kind}`}>{entryBadgeText(entry)}</span>
        <TimeStamp at={entry.occurredAt} withDate={withDate} />
        <span className="author">{entry.author}</span>
        {entry.originalOccurredAt !== null ? (
          <span className="provenance">
            time changed from {formatLocal(entry.originalOccurredAt, { withDate })} (original)
          </span>
        ) : null}
        {entry.editedAt !== null ? <span className="provenance">edited</span> : null}
        {source ? <span className="provenance">{source}</span> : null}
        <span className="row-actions">
          <button type="button" className="quiet" onClick={() => onEdit(entry)} aria-keyshortcuts="E">
            Edit
          </button>
          <button type="button" className="quiet" onClick={() => onDelete(entry)} aria-keyshortcuts="Delete">
            Delete
          </button>
        </span>
      </div>
      <div className={`entry-text ${long && !expanded ? 'clamped' : ''}`}>
        <LinkedText text={entry.text} />
      </div>
      {long ? (
        <button type="button" className="link small" aria-expanded={expanded} onClick={() => setExpanded((v) => !v)}>
          {expanded ? 'Show less' : `Show all (${entry.text.length.toLocaleString()} characters)`}
        </button>
      ) : null}
      <EntryAttachments entryId={entry.id} />
    </div>
  );
}, sameRow);

/** A row whose entry is still being read (a fast scroll far into a long timeline). */
export function PlaceholderRow({ slot, rowRef }: { slot: number; rowRef: Ref<HTMLDivElement> }) {
  return (
    <div ref={rowRef} data-slot={slot} className="entry placeholder" aria-hidden="true">
      …
    </div>
  );
}
