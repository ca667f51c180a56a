import type { Severity } from '../../../shared/domain/incident';

const labels: Record<Severity, string> = { minor: 'Minor', major: 'Major', critical: 'Critical' };

export function severityLabel(severity: Severity): string {
  return labels[severity];
}

/** The severity as a coloured pill; the word is always there, so colour is never the only signal. */
export function SeverityBadge({ severity }: { severity: Severity }) {
  return <span className={`badge sev-${severity}`}>{labels[severity]}</span>;
}
