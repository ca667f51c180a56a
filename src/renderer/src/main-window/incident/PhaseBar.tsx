import { useLiveQuery } from 'dexie-react-hooks';
import { incidentPhases } from '../../../../shared/analysis/incident-phases';
import type { Incident } from '../../../../shared/domain/incident';
import { formatUtc, spansDays } from '../../../../shared/time/format-time';
import { useNow } from '../../components/use-now';
import { useDatabase } from '../../data/database-context';
import { phaseEntries } from '../../data/phase-entries';
import './phase-bar.css';

/**
 * The incident's phases as one compact bar, from the same function as the analysis document's diagram: each
 * stretch between known milestones is as wide as it lasted, and a milestone nobody recorded says "unknown".
 */
export function PhaseBar({ incident }: { incident: Incident }) {
  const db = useDatabase();
  const entries = useLiveQuery(() => phaseEntries(db, incident.id), [db, incident.id]);
  const now = useNow();
  if (!entries) return null;
  const phases = incidentPhases(incident, entries);
  const end = Math.max(phases.last, incident.resolvedAt ?? now);
  const total = Math.max(1, end - phases.first);
  const withDate = spansDays(phases.first, end);
  return (
    <div className="phase-bar" role="group" aria-label="Incident phases">
      <div className="phase-track" aria-hidden="true">
        {phases.spans.map((s) => (
          <span
            key={`${s.from}-${s.start}`}
            className={`phase phase-from-${s.from}`}
            style={{ left: `${((s.start - phases.first) / total) * 100}%`, width: `${(((s.end ?? end) - s.start) / total) * 100}%` }}
            title={s.label}
          />
        ))}
        {phases.events.map((e) => (
          <span key={`${e.kind}-${e.at}`} className={`phase-event phase-event-${e.kind}`} style={{ left: `${((e.at - phases.first) / total) * 100}%` }} title={e.label} />
        ))}
      </div>
      <ol className="phase-marks">
        {phases.marks.map((m) => (
          <li key={m.milestone} className={m.at === null ? 'unknown' : undefined}>
            {m.label} {m.at === null ? 'unknown' : formatUtc(m.at, { withDate })}
          </li>
        ))}
      </ol>
    </div>
  );
}
