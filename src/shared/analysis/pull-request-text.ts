import type { Incident } from '../domain/incident';
import type { AnalysisDocument } from './analysis-document';
import { slugify } from './document-file-name';
import { utcDate } from './analysis-time';

/** The branch for an incident's analysis: stable across exports, so a re-export finds the same branch and PR. */
export function analysisBranchName(incident: Pick<Incident, 'id' | 'title' | 'declaredAt'>): string {
  const idPart = slugify(incident.id, 'x').slice(-12);
  return `sitrep/analysis-${utcDate(incident.declaredAt)}-${slugify(incident.title).slice(0, 40)}-${idPart}`;
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
