import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { severities, type Severity } from '../../../shared/domain/incident';
import { severityGuide } from '../../../shared/handbook/severity-guide';
import { defaultNudgeIntervals, type NudgeIntervals } from '../../../shared/nudges/nudge-settings';
import { useDatabase } from '../data/database-context';
import { readNudgeIntervals, writeNudgeIntervals } from '../cockpit-data/nudge-settings-store';

type Draft = Record<'statusPageMinutes' | 'quietLogMinutes', Record<Severity, string>> & { analysisAfterResolveHours: string };

const toDraft = (i: NudgeIntervals): Draft => ({
  statusPageMinutes: { minor: String(i.statusPageMinutes.minor ?? ''), major: String(i.statusPageMinutes.major ?? ''), critical: String(i.statusPageMinutes.critical ?? '') },
  quietLogMinutes: { minor: String(i.quietLogMinutes.minor ?? ''), major: String(i.quietLogMinutes.major ?? ''), critical: String(i.quietLogMinutes.critical ?? '') },
  analysisAfterResolveHours: String(i.analysisAfterResolveHours ?? ''),
});

/** Empty means "never"; anything else must be a whole number in range. */
function parse(value: string, max: number): number | null | 'bad' {
  if (!value.trim()) return null;
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : 'bad';
}

/** Settings: how long before each reminder, per severity. Leave a field empty to never be reminded. */
export function RemindersSection() {
  const db = useDatabase();
  const stored = useLiveQuery(() => readNudgeIntervals(db), [db]);
  if (!stored) return <p className="hint">Loading…</p>;
  // The form takes the stored values once; after a save it keeps showing what was typed (now stored).
  return <RemindersForm initial={stored} onSave={(i) => writeNudgeIntervals(db, i)} />;
}

function RemindersForm({ initial, onSave }: { initial: NudgeIntervals; onSave: (i: NudgeIntervals) => Promise<void> }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(initial));
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const set = (group: 'statusPageMinutes' | 'quietLogMinutes', severity: Severity, value: string) =>
    setDraft((d) => ({ ...d, [group]: { ...d[group], [severity]: value } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next: NudgeIntervals = { ...defaultNudgeIntervals, statusPageMinutes: { ...defaultNudgeIntervals.statusPageMinutes }, quietLogMinutes: { ...defaultNudgeIntervals.quietLogMinutes } };
    for (const group of ['statusPageMinutes', 'quietLogMinutes'] as const) {
      for (const severity of severities) {
        const value = parse(draft[group][severity], 7 * 24 * 60);
        if (value === 'bad') {
          setMessage({ tone: 'error', text: `"${draft[group][severity]}" is not a number of minutes (1 to 10080); leave it empty for no reminder.` });
          return;
        }
        next[group][severity] = value;
      }
    }
    const hours = parse(draft.analysisAfterResolveHours, 24 * 14);
    if (hours === 'bad') {
      setMessage({ tone: 'error', text: 'The analysis reminder needs a number of hours from 1 to 336, or empty for none.' });
      return;
    }
    next.analysisAfterResolveHours = hours;
    try {
      await onSave(next);
      setMessage({ tone: 'success', text: 'Saved. Reminders use the new intervals from now on.' });
    } catch (e) {
      setMessage({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <form onSubmit={submit} noValidate className="settings-form">
      <table>
        <thead>
          <tr>
            <th scope="col">Remind me after</th>
            {severities.map((s) => (
              <th key={s} scope="col">{severityGuide[s].label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['statusPageMinutes', 'Status page not updated (minutes)'],
              ['quietLogMinutes', 'No note logged (minutes)'],
            ] as const
          ).map(([group, label]) => (
            <tr key={group}>
              <th scope="row">{label}</th>
              {severities.map((s) => (
                <td key={s}>
                  <input inputMode="numeric" size={5} aria-label={`${label}, ${severityGuide[s].label}`} value={draft[group][s]} onChange={(e) => set(group, s, e.target.value)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <label>
        Analysis not scheduled, hours after resolve{' '}
        <input inputMode="numeric" size={5} value={draft.analysisAfterResolveHours} onChange={(e) => setDraft((d) => ({ ...d, analysisAfterResolveHours: e.target.value }))} />
      </label>
      <p className="hint">Leave a field empty to never get that reminder. Each incident can snooze or switch off its reminders in the checklist window.</p>
      <button type="submit">Save reminder intervals</button>
      {message && (
        <p className={message.tone} role={message.tone === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
