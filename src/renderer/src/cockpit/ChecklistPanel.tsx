import { useLiveQuery } from 'dexie-react-hooks';
import { checklistProgress, describeProgress } from '../../../shared/checklist/incident-checklist';
import type { Incident } from '../../../shared/domain/incident';
import { formatUtc } from '../../../shared/time/format-time';
import { getBridge } from '../bridge/get-bridge';
import { useDatabase } from '../data/database-context';

/**
 * The main window's view of the incident's checklist (an incidentPanels tab): progress and each duty's
 * state, read live, so a tick in the always-on-top window shows here at once. Ticking happens there.
 */
export function ChecklistPanel({ incident }: { incident: Incident }) {
  const db = useDatabase();
  const checklist = useLiveQuery(() => db.incidentChecklists.get(incident.id), [db, incident.id]);
  const open = () => void getBridge().showChecklist();
  if (!checklist) {
    return (
      <div className="checklist-panel">
        <p>No checklist yet for this incident: opening the checklist window takes a copy of the duties for its severity.</p>
        <button type="button" onClick={open}>
          Open the checklist window
        </button>
      </div>
    );
  }
  const progress = checklistProgress(checklist);
  return (
    <div className="checklist-panel">
      <p>
        <progress max={progress.total} value={progress.done} aria-label="Checklist progress" /> {describeProgress(progress)}{' '}
        <button type="button" onClick={open}>
          Open the checklist window
        </button>
      </p>
      <ul aria-label="Lead duties">
        {checklist.items.map((item) => {
          const mark = checklist.marks[item.id];
          const state = !mark ? 'open' : mark.state === 'done' ? `done ${formatUtc(mark.at)} by ${mark.by}` : `not applicable: ${mark.reason ?? ''}`;
          return (
            <li key={item.id} className={`duty ${mark?.state ?? 'open'}`}>
              <span aria-hidden="true">{!mark ? '☐' : mark.state === 'done' ? '☑' : '–'}</span> {item.text} <span className="hint">({state})</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
