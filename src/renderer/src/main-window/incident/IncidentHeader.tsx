import { isLive, type Incident } from '../../../../shared/domain/incident';
import { formatLocal, formatUtc, spansDays } from '../../../../shared/time/format-time';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { ElapsedTime } from '../../components/ElapsedTime';
import { useUiStore } from '../../state/ui-store';
import { ShortcutButton } from '../shell/ShortcutButton';
import { PhaseBar } from './PhaseBar';

/** Who leads, how bad, how long: what the lead reads out on the call. */
export function IncidentHeader({ incident }: { incident: Incident }) {
  const openDialog = useUiStore((s) => s.openDialog);
  const live = isLive(incident.status);
  const awaitingAnalysis = incident.status === 'resolved' || incident.status === 'analysis-scheduled';
  const start = incident.impactStartedAt ?? incident.declaredAt;
  const withDate = spansDays(incident.declaredAt, incident.resolvedAt ?? Date.now());
  return (
    <header className="incident-header">
      <div className="incident-title-row">
        <h1 id="incident-title">{incident.title}</h1>
      </div>
      <dl className="facts">
        <div>
          <dt>Severity</dt>
          <dd>
            <SeverityBadge severity={incident.severity} />
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={incident.status} />
          </dd>
        </div>
        <div>
          <dt>Lead</dt>
          <dd>{incident.lead}</dd>
        </div>
        <div>
          <dt>{live ? 'Elapsed' : 'Lasted'}</dt>
          <dd>
            <ElapsedTime from={start} until={incident.resolvedAt} />
            {incident.impactStartedAt !== null ? <span className="muted small"> since impact</span> : null}
          </dd>
        </div>
        <div>
          <dt>Declared</dt>
          <dd>
            {formatLocal(incident.declaredAt, { withDate: true })}{' '}
            <span className="muted">{formatUtc(incident.declaredAt, { withDate })}</span>
          </dd>
        </div>
        {incident.resolvedAt !== null ? (
          <div>
            <dt>Resolved</dt>
            <dd>
              {formatLocal(incident.resolvedAt, { withDate })}{' '}
              <span className="muted">{formatUtc(incident.resolvedAt, { withDate })}</span>
            </dd>
          </div>
        ) : null}
        {incident.analysisScheduledFor !== null ? (
          <div>
            <dt>Analysis</dt>
            <dd>{formatLocal(incident.analysisScheduledFor, { withDate: true })}</dd>
          </div>
        ) : null}
      </dl>
      <PhaseBar incident={incident} />
      <div className="toolbar" role="toolbar" aria-label="Incident actions">
        {live ? (
          <>
            <ShortcutButton commandId="severity" label="Severity" onClick={() => openDialog({ type: 'severity' })} />
            <ShortcutButton commandId="hand-over" label="Hand over" onClick={() => openDialog({ type: 'hand-over' })} />
            <ShortcutButton commandId="status" label="Status" onClick={() => openDialog({ type: 'status' })} />
            <ShortcutButton commandId="resolve" label="Resolve" onClick={() => openDialog({ type: 'resolve' })} />
          </>
        ) : null}
        {awaitingAnalysis ? (
          <>
            <ShortcutButton
              commandId="schedule-analysis"
              label="Schedule analysis"
              onClick={() => openDialog({ type: 'schedule-analysis' })}
            />
            <ShortcutButton
              commandId="skip-analysis"
              label="Skip analysis"
              onClick={() => openDialog({ type: 'skip-analysis' })}
            />
            {incident.status === 'analysis-scheduled' ? (
              <ShortcutButton
                commandId="complete-analysis"
                label="Analysis done"
                onClick={() => openDialog({ type: 'complete-analysis' })}
              />
            ) : null}
            <ShortcutButton commandId="reopen" label="Reopen" onClick={() => openDialog({ type: 'reopen' })} />
          </>
        ) : null}
      </div>
      {!live && (incident.rootCause || incident.fix) ? (
        <dl className="facts closure">
          <div>
            <dt>Root cause</dt>
            <dd>{incident.rootCause}</dd>
          </div>
          <div>
            <dt>Fix</dt>
            <dd>{incident.fix}</dd>
          </div>
        </dl>
      ) : null}
    </header>
  );
}
