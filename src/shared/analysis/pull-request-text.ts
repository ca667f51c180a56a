import type { Incident } from '../domain/incident';
import type { AnalysisDocument } from './analysis-document';
import { slugify } from './document-file-name';
import { utcDate } from './analysis-time';

/**
 * The branch for an incident's analysis. Built from what never changes (declaration date and id, not the
 * title, which can be edited), so every re-export finds the same branch and PR.
 */
export function analysisBranchName(incident: Pick<Incident, 'id' | 'declaredAt'>): string {
  return `sitrep/analysis-${utcDate(incident.declaredAt)}-${slugify(incident.id, 'incident').slice(-26)}`;
}

export function pullRequestTitle(incident: Pick<Incident, 'title' | 'declaredAt'>): string {
  return `Incident analysis: ${incident.title} (${utcDate(incident.declaredAt)})`.slice(0, 250);
}

/** A short body that tells reviewers what happened and where the document is; no entry text. */
export function pullRequestBody(incident: Incident, doc: AnalysisDocument): string {
  const lines = [
    `Analysis document for the **${incident.severity}** incident declared ${utcDate(incident.declaredAt)}.`,
    '',
    ...doc.metrics.map((m) => `- ${m.name}: ${m.text}`),
    `- Timeline entries: ${doc.counts.shown} shown, ${doc.counts.redacted} redacted, ${doc.counts.excluded} left out, ${doc.counts.deleted} deleted`,
    '',
    `Document: \`${doc.paths.documentPath}\``,
    '',
    'Opened by Sitrep. Review the learnings in the analysis sync; follow-ups stay with the people who own them.',
  ];
  return lines.join('\n');
}
