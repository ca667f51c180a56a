import { useId } from 'react';
import {
  describeInstant,
  readTimeDraft,
  typedTimeDraft,
  type TimeDirection,
  type TimeDraft,
  type TypedTime,
} from '../../../shared/time/typed-time';
import { machineTimeZone } from '../../../shared/time/zone-clock';

/** Reads what a DateTimeField holds, against the clock now: the one way a typed time becomes an instant. */
export function readTimeField(value: TimeDraft, direction: TimeDirection = 'past'): TypedTime {
  return readTimeDraft(value, { now: Date.now(), timeZone: machineTimeZone(), direction });
}

/** A draft for a field that starts out holding `text` (an existing time, say), as if typed now. */
export function timeDraftOf(text: string): TimeDraft {
  return typedTimeDraft(text, Date.now());
}

interface DateTimeFieldProps {
  label: string;
  value: TimeDraft;
  onChange: (next: TimeDraft) => void;
  direction?: TimeDirection;
  /** What an empty field means ("the current time", "unknown"); omitted when a time is required. */
  whenEmpty?: string;
  autoFocus?: boolean;
}

/**
 * The one date-time input. A plain text box: people type or paste a time as they have it ("2026-01-14
 * 10:18 UTC", "10:18", "yesterday 16:58") and see, before saving, the moment it reads as in UTC and in local
 * time, or the sentence that says why it cannot be read. Nothing but the person's keys changes the text:
 * no clock-driven limit or reformatting touches it while they type.
 */
export function DateTimeField({ label, value, onChange, direction = 'past', whenEmpty, autoFocus }: DateTimeFieldProps) {
  const readsId = useId();
  const read = readTimeField(value, direction);
  const refused = read.kind === 'refused';
  let reads: string;
  if (read.kind === 'time') reads = `Reads as ${describeInstant(read.at, machineTimeZone())}`;
  else if (read.kind === 'refused') reads = read.reason;
  else reads = whenEmpty ? `Empty: ${whenEmpty}.` : 'Type a date and time, or a time today such as 10:18.';
  return (
    <div className="datetime-field">
      <label>
        {label}
        <input
          type="text"
          autoFocus={autoFocus}
          autoComplete="off"
          spellCheck={false}
          value={value.text}
          placeholder="2026-01-14 10:18 UTC, 10:18, yesterday 16:58"
          aria-describedby={readsId}
          aria-invalid={refused ? true : undefined}
          // Typing replaces a prefilled time at once; the usual change is to all of it.
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => onChange(typedTimeDraft(event.target.value, Date.now()))}
        />
      </label>
      {/* The box's description, read with it; not a live region, which would speak at every keystroke. */}
      <p id={readsId} className={refused ? 'hint datetime-refused' : 'hint'}>
        {reads}
      </p>
    </div>
  );
}
