import { useEffect, useId, useState } from 'react';
import type { ItemMark } from '../../../shared/checklist/incident-checklist';
import type { ChecklistItem } from '../../../shared/handbook/lead-duties';
import { formatUtc } from '../../../shared/time/format-time';

interface DutyItemProps {
  item: ChecklistItem;
  mark: ItemMark | undefined;
  /** Both resolve true once recorded. */
  onTick(): Promise<boolean>;
  onUntick(): Promise<boolean>;
  /** Resolves true once recorded; on false the form stays open with the reason kept. */
  onNotApplicable(reason: string): Promise<boolean>;
  /** The duty got the focus or the pointer: the window shows its why in a strip of fixed height below the list. */
  onShowDetail(item: ChecklistItem): void;
}

/** One duty: a checkbox to tick (untick is the undo), or "not applicable" with the reason why. */
export function DutyItem({ item, mark, onTick, onUntick, onNotApplicable, onShowDetail }: DutyItemProps) {
  const detailId = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const notApplicable = mark?.state === 'not-applicable';
  // The box follows the click at once; the stored mark confirms it a moment later (or the box springs back
  // with an error shown when the write was refused).
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  useEffect(() => setOptimistic(null), [mark?.state, mark?.at]);
  const done = optimistic ?? mark?.state === 'done';
  const toggle = (checked: boolean) => {
    setOptimistic(checked);
    void (checked ? onTick() : onUntick()).then((recorded) => {
      if (!recorded) setOptimistic(null);
    });
  };

  const showDetail = () => onShowDetail(item);

  if (notApplicable) {
    return (
      <li className="duty not-applicable" onFocus={showDetail} onMouseEnter={showDetail}>
        <span className="duty-text">{item.text}</span>
        <span className="hint"> not applicable: {mark.reason}</span>{' '}
        <button type="button" className="link" onClick={() => void onUntick()} aria-label={`Make "${item.text}" applicable again`}>
          Applies after all
        </button>
      </li>
    );
  }
  return (
    <li className={`duty ${done ? 'done' : ''}`} onFocus={showDetail} onMouseEnter={showDetail}>
      <label>
        <input
          type="checkbox"
          checked={done}
          onChange={(e) => toggle(e.target.checked)}
          aria-describedby={item.detail ? detailId : undefined}
        />{' '}
        <span className="duty-text">{item.text}</span>
      </label>
      {mark?.state === 'done' && <span className="hint"> {formatUtc(mark.at)}</span>}
      {!mark && !asking && (
        <button type="button" className="link duty-na" onClick={() => setAsking(true)} aria-label={`"${item.text}" does not apply`}>
          N/A
        </button>
      )}
      {/*
        Read out as the checkbox's description. It is never shown in the row: opening it on focus made the rows
        below jump on mousedown, so the next click landed on another duty (the strip below the list shows it).
      */}
      {item.detail && (
        <span id={detailId} className="visually-hidden">
          {item.detail}
        </span>
      )}
      {asking && (
        <form
          className="duty-reason"
          onSubmit={(e) => {
            e.preventDefault();
            void onNotApplicable(reason).then((recorded) => {
              if (!recorded) return;
              setAsking(false);
              setReason('');
            });
          }}
        >
          <input
            autoFocus
            aria-label={`Why "${item.text}" does not apply`}
            value={reason}
            placeholder="Why not? e.g. no customer impact"
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setAsking(false);
            }}
          />
          <button type="submit">Mark not applicable</button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </form>
      )}
    </li>
  );
}
