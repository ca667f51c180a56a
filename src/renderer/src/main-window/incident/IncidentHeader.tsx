import type { Incident } from '../../../../shared/domain/incident';
import { isLive } from '../../../../shared/domain/domain-values';
import { formatLocal, formatUtc, incidentNeedsDates, incidentStart } from '../../../../shared/time/format-time';
import { SeverityBadge } from '../../components/SeverityBadge';
import { StatusBadge } from '../../components/StatusBadge';
import { ClampedText } from '../../components/ClampedText';
import { useUiStore } from '../../state/ui-store';
import { ShortcutButton } from '../shell/ShortcutButton';
import { IncidentElapsed } from './IncidentElapsed';
import { PhaseBar } from './PhaseBar';
import { SyncStatus } from '../../sync/SyncStatus';

/** Who leads, how bad, how long: what the lead reads out on the call. */
export function IncidentHeader({ incident }: { incident: Incident }) {
  const openDialog = useUiStore((s) => s.openDialog);
  const live = isLive(incident.status);
  const awaitingAnalysis = incident.status === 'resolved' || incident.status === 'analysis-scheduled';
  const withDate = incidentNeedsDates(incidentStart(incident), Date.now());
  return (
    <header className="incident-header">
      <div className="incident-title-row">
        <ClampedText as="h1" id="incident-title" lines={2} what="the title">
          {incident.title}
        </ClampedText>
      </div>
      <SyncStatus incident={incident} />
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
            <IncidentElapsed incident={incident} explained />
          </dd>
        </div>
        <div>
          <dt>Declared</dt>
          <dd>
            {formatLocal(incident.declaredAt, { withDate })}{' '}
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
        <ShortcutButton commandId="edit-details" label="Edit details" onClick={() => openDialog({ type: 'edit-details' })} />
        <ShortcutButton commandId="import-chat" label="Import chat…" onClick={() => openDialog({ type: 'import-chat' })} />
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
            <dd>
              <ClampedText lines={2} what="the root cause">
                {incident.rootCause}
              </ClampedText>
            </dd>
          </div>
          <div>
            <dt>Fix</dt>
            <dd>
              <ClampedText lines={2} what="the fix">
                {incident.fix}
              </ClampedText>
            </dd>
          </div>
        </dl>
      ) : null}
    </header>
  );
}
