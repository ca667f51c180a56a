import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Incident } from '../../../../shared/domain/incident';
import type { TimelineEntry } from '../../../../shared/domain/timeline-entry';
import { incidentNeedsDates, incidentStart } from '../../../../shared/time/format-time';
import { useDatabase } from '../../data/database-context';
import { restoreEntry } from '../../data/entry-edits';
import { useUiStore } from '../../state/ui-store';
import { useToastStore } from '../../state/toast-store';
import { deleteWithUndo } from './delete-with-undo';
import { entryPosition } from './entry-position';
import { PlaceholderRow, syncSetSize, TimelineRow } from './TimelineRow';
import { PAGE, type ReadWindow, type TimelineData } from './read-timeline';
import { movedStart, spanFrom, startAround, startForEnd } from './timeline-span';
import { useTimelineRows } from './use-timeline-rows';

const ESTIMATED_ROW = 60;
/**
 * The virtualiser lays out every index again (a loop over all of them, and a new array twice their number)
 * whenever its count changes, which at 500,000 entries cost more than a frame on every new note. It is given
 * a count rounded up to this step instead; the indexes past the real count are empty slots of height 0 that
 * render nothing, so a new entry only fills the next slot and is measured like any row that mounts.
 */
const COUNT_STEP = 256;
/** Within this many pixels of the end counts as "at the bottom": new entries then scroll into view. */
const BOTTOM_SLACK = 48;

/**
 * The incident's timeline, virtualised: only the rows on screen (plus overscan) are rendered, and only the
 * pages of entries around them are read (useTimelineRows), so 50,000 entries open as fast as 50. It opens
 * at the latest entry and follows new ones while the user is at the bottom.
 */
export function Timeline({ incidentId, incident }: { incidentId: string; incident: Incident | undefined }) {
  const [readWindow, setReadWindow] = useState<ReadWindow>({ mode: 'end' });
  const data = useTimelineRows(incidentId, readWindow);
  if (!data) return <div className="timeline" aria-busy="true" />;
  // Remounted once the first opening's count arrives, so the scroll position and the active row start from
  // the real count rather than the provisional one.
  return <VirtualTimeline key={data.counting ? 'counting' : 'counted'} incident={incident} data={data} setReadWindow={setReadWindow} />;
}

const VirtualTimeline = memo(function VirtualTimeline({
  incident,
  data,
  setReadWindow,
}: {
  incident: Incident | undefined;
  data: TimelineData;
  setReadWindow: (update: (current: ReadWindow) => ReadWindow) => void;
}) {
  const db = useDatabase();
  const { count } = data;
  const scrollRef = useRef<HTMLDivElement>(null);
  const atBottomRef = useRef(true);
  const [atBottom, setAtBottom] = useState(true);
  const [activeIndex, setActiveIndex] = useState(Math.max(0, count - 1));
  const [highlightId, setHighlightId] = useState<string | null>(null);
  const pendingFocus = useRef<number | null>(null);
  const focusedEntryId = useUiStore((s) => s.focusedEntryId);

  // The rows laid out (timeline-span.ts): the virtualiser's slot i is the timeline's row span.start + i.
  const [spanStart, setSpanStart] = useState(() => startForEnd(count));
  const span = spanFrom(spanStart, count);
  const spanRows = span.end - span.start;
  /** A row to scroll to once the span that holds it is laid out. */
  const pendingReveal = useRef<{ index: number; align: 'start' | 'center' | 'end' | 'auto' } | null>(null);
  // Until the scroll that follows a move, the rows on screen are those of the old position in the new span.
  const scrolledSinceMove = useRef(true);
  const moveSpan = (start: number) => {
    scrolledSinceMove.current = false;
    setSpanStart(start);
  };

  const slots = Math.ceil((spanRows + 1) / COUNT_STEP) * COUNT_STEP;
  const realRows = useRef(spanRows);
  realRows.current = spanRows;
  // Keyed by timeline row, so a row measured before the span moved keeps its height after.
  const getItemKey = useCallback((slot: number) => span.start + slot, [span.start]);
  const virtualizer = useVirtualizer({
    count: slots,
    getScrollElement: () => scrollRef.current,
    estimateSize: (slot) => (slot < realRows.current ? ESTIMATED_ROW : 0),
    getItemKey,
    indexAttribute: 'data-slot',
    overscan: 8,
    // Open at the end: the rows first painted are the latest ones, which the first read fetched.
    initialOffset: () => spanRows * ESTIMATED_ROW,
  });

  const items = virtualizer.getVirtualItems().filter((item) => item.index < spanRows);
  const first = span.start + (items[0]?.index ?? Math.max(0, spanRows - 1));
  const last = span.start + (items.at(-1)?.index ?? Math.max(0, spanRows - 1));

  /** Scrolls row `index` of the timeline into view, moving the span first when it lies outside. */
  const reveal = (index: number, align: 'start' | 'center' | 'end' | 'auto') => {
    if (index >= span.start && index < span.end) {
      virtualizer.scrollToIndex(index - span.start, { align });
      return;
    }
    pendingReveal.current = { index, align };
    moveSpan(index === count - 1 ? startForEnd(count) : startAround(index, count));
  };
  // For effects that must not re-run whenever the span or count changes (a jump is handled once).
  const revealLater = useRef(reveal);
  revealLater.current = reveal;
  useLayoutEffect(() => {
    const pending = pendingReveal.current;
    if (!pending) return;
    pendingReveal.current = null;
    virtualizer.scrollToIndex(pending.index - span.start, { align: pending.align });
  }, [span.start, virtualizer]);

  // Near an edge of the span with more timeline beyond it, the span moves a step, keeping the same rows in view.
  useEffect(() => {
    if (pendingReveal.current || !scrolledSinceMove.current || items.length === 0) return;
    const next = movedStart(span, count, first, last);
    if (next === undefined) return;
    pendingReveal.current = next < span.start ? { index: first, align: 'start' } : { index: last, align: 'end' };
    moveSpan(next);
  });
  // Following the latest rows past the end of the span: the span moves to the end.
  useLayoutEffect(() => {
    if (atBottomRef.current && span.end < count) moveSpan(startForEnd(count));
  }, [span.end, count]);
  const covered = count === 0 || (first >= data.offset && last < data.offset + data.rows.length);

  // Read another window only when what is on screen is not loaded yet; a page of margin on each side.
  useEffect(() => {
    if (covered) return;
    const offset = Math.max(0, (Math.floor(first / PAGE) - 1) * PAGE);
    const limit = (Math.floor(last / PAGE) + 2) * PAGE - offset;
    setReadWindow(() => ({ mode: 'range', offset, limit }));
  }, [covered, first, last, setReadWindow]);

  const rowAt = (index: number): TimelineEntry | undefined => data.rows[index - data.offset];

  // Rows skip re-rendering when only the total changed; their aria-setsize follows it here.
  useLayoutEffect(() => syncSetSize(scrollRef.current, count));

  // Stick to the bottom while the user is there: on open, as rows are measured, and as entries arrive.
  const totalSize = virtualizer.getTotalSize();
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (el && atBottomRef.current) el.scrollTop = el.scrollHeight;
  }, [count, totalSize, data]);

  // The area shrinks when the header grows (a root cause appears, a field is expanded): whoever was at the latest
  // row stays there, rather than finding it cut off below the composer.
  // A scroll event can arrive in the same frame, before the resize is observed: it must not read the shrink as
  // the user scrolling away from the end.
  const areaHeight = useRef(0);
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    areaHeight.current = el.clientHeight;
    const observer = new ResizeObserver(() => {
      areaHeight.current = el.clientHeight;
      if (atBottomRef.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const onScroll = () => {
    const el = scrollRef.current;
    if (!el) return;
    scrolledSinceMove.current = true;
    if (el.clientHeight !== areaHeight.current) {
      areaHeight.current = el.clientHeight;
      if (atBottomRef.current) {
        el.scrollTop = el.scrollHeight;
        return;
      }
    }
    // The end of the scroll area is the timeline's end only when the span reaches it.
    const bottom = span.end === count && el.scrollHeight - el.scrollTop - el.clientHeight < BOTTOM_SLACK;
    atBottomRef.current = bottom;
    setAtBottom(bottom);
    // Back at the bottom: follow the latest rows again, whatever arrives.
    if (bottom) setReadWindow((current) => (current.mode === 'end' ? current : { mode: 'end' }));
  };

  const scrollToLatest = () => {
    atBottomRef.current = true;
    setAtBottom(true);
    reveal(count - 1, 'end');
  };

  // A search hit: scroll its row into the middle, highlight it, and give it focus once it is rendered.
  const jump = useUiStore((s) => s.jump);
  const clearJump = useUiStore((s) => s.clearJump);
  useEffect(() => {
    if (!jump || jump.incidentId !== data.incidentId) return;
    let cancelled = false;
    void entryPosition(db, jump).then((index) => {
      if (cancelled) return;
      atBottomRef.current = false;
      setAtBottom(false);
      setActiveIndex(index);
      setHighlightId(jump.entryId);
      pendingFocus.current = index;
      revealLater.current(index, 'center');
      clearJump();
    });
    return () => {
      cancelled = true;
    };
  }, [jump, data.incidentId, db, virtualizer, clearJump]);

  // Move focus to a row once it exists (keyboard navigation and jumps can target rows not yet rendered).
  useEffect(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[role="listitem"][data-index="${index}"]`);
    if (row) {
      pendingFocus.current = null;
      row.focus({ preventScroll: true });
    }
  });

  const openDialog = useUiStore((s) => s.openDialog);
  const setFocusedEntry = useUiStore((s) => s.setFocusedEntry);
  const push = useToastStore((s) => s.push);
  const onEdit = useCallback((entry: TimelineEntry) => openDialog({ type: 'edit-entry', entryId: entry.id }), [openDialog]);
  const onDelete = useCallback((entry: TimelineEntry) => void deleteWithUndo(db, entry.id), [db]);
  const onRestore = useCallback(
    (entry: TimelineEntry) =>
      void restoreEntry(db, entry.id).catch((e: unknown) =>
        push({ tone: 'error', message: `The entry was not restored: ${e instanceof Error ? e.message : String(e)}` }),
      ),
    [db, push],
  );
  const onFocus = useCallback(
    (index: number, entry: TimelineEntry) => {
      setActiveIndex(index);
      setFocusedEntry(entry.id);
    },
    [setFocusedEntry],
  );

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(target);
    pendingFocus.current = target;
    reveal(target, 'auto');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'listitem') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const entry = rowAt(activeIndex);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex + 1),
      ArrowUp: () => moveTo(activeIndex - 1),
      PageDown: () => moveTo(activeIndex + 10),
      PageUp: () => moveTo(activeIndex - 10),
      Home: () => moveTo(0),
      End: () => moveTo(count - 1),
      e: () => entry && entry.deletedAt === null && onEdit(entry),
      Delete: () => entry && entry.deletedAt === null && onDelete(entry),
      Backspace: () => entry && entry.deletedAt === null && onDelete(entry),
      r: () => entry && entry.deletedAt !== null && onRestore(entry),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  // Full dates once the incident crosses midnight or did not start today (in local time), so "09:14" is
  // never ambiguous: every row lies between the start and now, so all of them are today otherwise.
  const withDate = incident ? incidentNeedsDates(incidentStart(incident), Date.now()) : false;
  const active = Math.min(activeIndex, Math.max(0, count - 1));

  return (
    <div className="timeline-wrap">
      <div ref={scrollRef} className="timeline" onScroll={onScroll}>
        {count === 0 ? <p className="empty">Nothing on the timeline yet. Write below what you know so far.</p> : null}
        <div
          role="list"
          aria-label="Timeline"
          className="timeline-list"
          style={{ height: totalSize }}
          onKeyDown={onKeyDown}
        >
          {items.map((item) => {
            const index = span.start + item.index;
            const entry = rowAt(index);
            const style = { transform: `translateY(${item.start}px)` };
            return (
              <div key={entry?.id ?? `row-${index}`} className="row-slot" style={style}>
                {entry ? (
                  <TimelineRow
                    entry={entry}
                    index={index}
                    slot={item.index}
                    total={count}
                    withDate={withDate}
                    active={index === active}
                    highlighted={entry.id === highlightId || entry.id === focusedEntryId}
                    rowRef={virtualizer.measureElement}
                    onEdit={onEdit}
                    onDelete={onDelete}
                    onRestore={onRestore}
                    onFocus={onFocus}
                  />
                ) : (
                  <PlaceholderRow slot={item.index} rowRef={virtualizer.measureElement} />
                )}
              </div>
            );
          })}
        </div>
      </div>
      {!atBottom && count > 0 ? (
        <button type="button" className="to-latest" onClick={scrollToLatest}>
          Jump to latest ↓
        </button>
      ) : null}
    </div>
  );
});
