import type { AnalysisExport } from '../contract/github-schemas';
import type { Incident } from '../domain/incident';
import type { AnalysisDocument } from './analysis-document';
import { showControlCharacters } from './control-pictures';
import { analysisBranchName, pullRequestBody, pullRequestTitle } from './pull-request-text';

/**
 * What the renderer sends main to publish: the previewed document byte for byte, its images (base64, read by
 * the caller from the attachment store, keyed "entryId/fileName"), the branch and the PR text.
 */
export function toAnalysisExport(incident: Incident, doc: AnalysisDocument, imageBytes: ReadonlyMap<string, string> = new Map()): AnalysisExport {
  const images = doc.images.flatMap((image) => {
    const content = imageBytes.get(`${image.entryId}/${image.fileName}`);
    return content === undefined ? [] : [{ path: image.path, encoding: 'base64' as const, content }];
  });
  return {
    incidentId: incident.id,
    branch: analysisBranchName(incident),
    // Like the document: a title pasted with control characters shows them instead of hiding them.
    title: showControlCharacters(pullRequestTitle(incident)),
    body: showControlCharacters(pullRequestBody(incident, doc)),
    commitMessage: showControlCharacters(`Add the analysis of "${incident.title.slice(0, 100)}"`),
    files: [{ path: doc.paths.documentPath, encoding: 'utf8', content: doc.markdown }, ...images],
  };
}
