import { buildAnalysisDocument, toAnalysisExport } from '../../../src/shared/analysis';
import type { AnalysisExport, GitHubSettings } from '../../../src/shared/contract/github-schemas';
import { GitHubSettingsSchema } from '../../../src/shared/contract/github-schemas';
import { createGitHubClient, type RateLimitNotice } from '../../../src/main/github/github-client';
import { AnalysisPublisher, type ProgressStep } from '../../../src/main/github/github-publisher';
import { makeEntry, makeIncident, T0 } from '../../unit/analysis/analysis-fixtures';
import type { GitHubDouble } from '../double/github-double';

export function settingsFor(double: GitHubDouble, patch: Partial<GitHubSettings> = {}): GitHubSettings {
  return GitHubSettingsSchema.parse({
    repository: 'acme/incident-analyses',
    apiBaseUrl: double.url,
    labels: ['incident-analysis'],
    reviewers: ['sam'],
    ...patch,
  });
}

/** An export of a small incident; `edit` changes one entry so a re-export has something new. */
export function sampleExport(edit = '', withImage = false): AnalysisExport {
  const incident = makeIncident();
  const shot = makeEntry({ id: 'entry-1', text: `Error rate at 40%${edit}`, occurredAt: T0 + 60_000 });
  const doc = buildAnalysisDocument({
    incident,
    entries: [shot, makeEntry({ id: 'entry-2', kind: 'learning', text: 'Config pushes skip canaries', occurredAt: T0 + 120_000 })],
    images: withImage ? [{ entryId: shot.id, fileName: 'graph.png' }] : [],
    options: { folder: 'incidents' },
  });
  const bytes = new Map([[`${shot.id}/graph.png`, Buffer.from([137, 80, 78, 71, 1, 2, 3]).toString('base64')]]);
  return toAnalysisExport(incident, doc, bytes);
}

export interface PublishRun {
  publisher: AnalysisPublisher;
  progress: { step: ProgressStep; message: string }[];
  limits: RateLimitNotice[];
  requests: number;
}

export function makePublisher(double: GitHubDouble, settings = settingsFor(double), token = double.token): PublishRun {
  const run: PublishRun = { publisher: null as never, progress: [], limits: [], requests: 0 };
  const client = createGitHubClient({
    token,
    baseUrl: settings.apiBaseUrl,
    fastTiming: true,
    onRateLimit: (n) => run.limits.push(n),
    onRequest: () => run.requests++,
  });
  run.publisher = new AnalysisPublisher(client, settings, (step, message) => run.progress.push({ step, message }));
  return run;
}
