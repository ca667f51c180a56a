import { IncidentSchema, type Incident } from '../incident';
import { closedStatuses } from './rule-support';

/** What is wrong with an incident the rules could never have produced (empty when nothing is); the unit tests
 * and the durability and concurrency harness check every state with it. */
export function checkIncidentInvariants(incident: Incident): string[] {
  const problems: string[] = [];
  if (!IncidentSchema.safeParse(incident).success) problems.push('does not match IncidentSchema');
  if (closedStatuses.includes(incident.status)) {
    if (incident.rootCause.trim().length === 0) problems.push('closed without a root cause');
    if (incident.fix.trim().length === 0) problems.push('closed without a fix');
    if (incident.resolvedAt === null) problems.push('closed without resolvedAt');
  } else if (incident.resolvedAt !== null) {
    problems.push('live with resolvedAt set');
  }
  if (incident.status === 'analysis-scheduled' && incident.analysisScheduledFor === null) {
    problems.push('analysis scheduled without a time');
  }
  if (incident.updatedAt < incident.declaredAt) problems.push('updatedAt before declaredAt');
  return problems;
}
