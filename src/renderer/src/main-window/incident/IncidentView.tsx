import { useState, type KeyboardEvent } from 'react';
import type { Incident } from '../../../../shared/domain/incident';
import { IncidentHeader } from './IncidentHeader';
import { Timeline } from './Timeline';
import { Composer } from './Composer';
import { incidentPanels } from './incident-panels';
import { ErrorBoundary } from '../../components/ErrorBoundary';

const TIMELINE_TAB = 'timeline';

/**
 * One incident: its header, then the timeline (with the composer) and any panels others added, as tabs.
 * The timeline starts reading as soon as the id is known, in parallel with the incident itself.
 */
export function IncidentView({ incidentId, incident }: { incidentId: string; incident: Incident | undefined }) {
  const [tab, setTab] = useState(TIMELINE_TAB);
  const tabs = [{ id: TIMELINE_TAB, title: 'Timeline' }, ...incidentPanels.map((p) => ({ id: p.id, title: p.title }))];
  const panel = incident ? incidentPanels.find((p) => p.id === tab) : undefined;

  // Arrow keys move between tabs (the ARIA tabs pattern); Tab goes on into the panel.
  const onTabKey = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === tab);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length : -1;
    if (next < 0) return;
    event.preventDefault();
    const id = tabs[next]?.id;
    if (!id) return;
    setTab(id);
    document.getElementById(`tab-${id}`)?.focus();
  };

  return (
    <article className="incident-view" aria-labelledby="incident-title">
      {incident ? <IncidentHeader incident={incident} /> : <header className="incident-header" aria-busy="true" />}
      {tabs.length > 1 ? (
        <div role="tablist" aria-label="Incident sections" className="tabs" onKeyDown={onTabKey}>
          {tabs.map((t) => (
            <button
              key={t.id}
              id={`tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={t.id === tab}
              aria-controls={`panel-${t.id}`}
              tabIndex={t.id === tab ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.title}
            </button>
          ))}
        </div>
      ) : null}
      {tab === TIMELINE_TAB || !panel ? (
        <div
          className="timeline-panel"
          id={`panel-${TIMELINE_TAB}`}
          role={tabs.length > 1 ? 'tabpanel' : undefined}
          aria-labelledby={tabs.length > 1 ? `tab-${TIMELINE_TAB}` : undefined}
        >
          <Timeline incidentId={incidentId} incident={incident} />
          <Composer incidentId={incidentId} />
        </div>
      ) : (
        <div className="side-panel" id={`panel-${panel.id}`} role="tabpanel" aria-labelledby={`tab-${panel.id}`}>
          {/* A panel from another feature failing must not take the timeline down with it. */}
          <ErrorBoundary key={panel.id} what={`The ${panel.title} panel`}>
            {incident ? <panel.Component incident={incident} /> : null}
          </ErrorBoundary>
        </div>
      )}
    </article>
  );
}
