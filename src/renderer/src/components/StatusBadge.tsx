import type { IncidentStatus } from '../../../shared/domain/incident';
import { isLive } from '../../../shared/domain/domain-values';

const labels: Record<IncidentStatus, string> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
  'analysis-scheduled': 'Analysis scheduled',
  analysed: 'Analysed',
  'analysis-skipped': 'Analysis skipped',
};

export function statusLabel(status: IncidentStatus): string {
  return labels[status];
}

export function StatusBadge({ status }: { status: IncidentStatus }) {
  return <span className={`badge ${isLive(status) ? 'live' : 'closed'}`}>{labels[status]}</span>;
}
