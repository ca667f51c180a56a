import type { Incident } from '../../../../shared/domain/incident';
import { isLive } from '../../../../shared/domain/domain-values';
import { useIncidentList } from './use-incident-list';
import { useUiStore } from '../../state/ui-store';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { IncidentElapsed } from '../incident/IncidentElapsed';

/** The sidebar: live incidents first (the ones that need you), then recent ones. */
export function IncidentList({ selectedId }: { selectedId: string | null }) {
  const incidents = useIncidentList();
  const live = incidents?.filter((i) => isLive(i.status)) ?? [];
  const recent = incidents?.filter((i) => !isLive(i.status)) ?? [];
  return (
    <nav className="sidebar" aria-label="Incidents">
      <IncidentGroup title="Live" incidents={live} selectedId={selectedId} empty="No live incident." />
      <IncidentGroup title="Recent" incidents={recent} selectedId={selectedId} empty="Nothing closed yet." />
    </nav>
  );
}

function IncidentGroup({
  title,
  incidents,
  selectedId,
  empty,
}: {
  title: string;
  incidents: Incident[];
  selectedId: string | null;
  empty: string;
}) {
  const openIncident = useUiStore((s) => s.openIncident);
  const headingId = `incident-group-${title.toLowerCase()}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="group-title">
        {title} <span className="count">{incidents.length}</span>
      </h2>
      {incidents.length === 0 ? <p className="muted small">{empty}</p> : null}
      <ul className="incident-list" aria-labelledby={headingId}>
        {incidents.map((incident) => (
          <li key={incident.id}>
            <button
              type="button"
              className="incident-item"
              aria-current={incident.id === selectedId ? 'page' : undefined}
              onClick={() => openIncident(incident.id)}
            >
              <span className="incident-item-title">{incident.title}</span>
              <span className="incident-item-meta">
                <SeverityBadge severity={incident.severity} />
                <StatusBadge status={incident.status} />
              </span>
              <span className="incident-item-meta muted small">
                <span>Lead {incident.lead}</span>
                <IncidentElapsed incident={incident} />
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
