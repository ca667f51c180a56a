import type { NudgeKind, NudgePrefs } from '../../../shared/nudges/nudge-settings';
import { nudgeKindLabels, nudgeKinds } from '../../../shared/nudges/nudge-settings';
import { formatUtc } from '../../../shared/time/format-time';

const SNOOZE_MS = 30 * 60_000;

interface ReminderControlsProps {
  prefs: NudgePrefs;
  onSnooze(kind: NudgeKind, until: number): void;
  onToggle(kind: NudgeKind, off: boolean): void;
}

/** Per-incident control over the reminders: snooze one for 30 minutes, or switch it off for this incident. */
export function ReminderControls({ prefs, onSnooze, onToggle }: ReminderControlsProps) {
  const now = Date.now();
  return (
    <section className="reminders" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders for this incident</h2>
      <ul>
        {nudgeKinds.map((kind) => {
          const pref = prefs[kind];
          const snoozed = pref?.snoozedUntil && pref.snoozedUntil > now ? pref.snoozedUntil : null;
          return (
            <li key={kind}>
              <label>
                <input type="checkbox" checked={!pref?.off} onChange={(e) => onToggle(kind, !e.target.checked)} /> {nudgeKindLabels[kind]}
              </label>{' '}
              {!pref?.off && (
                <button type="button" className="link" onClick={() => onSnooze(kind, Date.now() + SNOOZE_MS)} aria-label={`Snooze "${nudgeKindLabels[kind]}" for 30 minutes`}>
                  Snooze 30 min
                </button>
              )}
              {snoozed && <span className="hint"> snoozed until {formatUtc(snoozed)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
