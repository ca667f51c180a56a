// The analysis export's promises: the document for a 50,000-entry incident builds in <= 200 ms (200,000 entries
// in <= 800 ms), and an unchanged re-export costs at most three GitHub requests and writes nothing (counted at
// the GitHub double).
import { buildAnalysisDocument } from '../src/shared/analysis/analysis-document.ts';
import { makeIncident, manyEntries } from '../test/unit/analysis/analysis-fixtures.ts';
import { GitHubDouble } from '../test/github/double/github-double.ts';
import { makePublisher, sampleExport } from '../test/github/support/publish-fixture.ts';
import { percentile, round, type Metric } from './metric.mts';

/** Build times in ms of the document for `count` entries: one build to warm up, then seven timed. */
function buildSamples(count: number): number[] {
  const incident = makeIncident();
  const entries = manyEntries(count);
  buildAnalysisDocument({ incident, entries });
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    buildAnalysisDocument({ incident, entries });
    samples.push(performance.now() - t);
  }
  return samples;
}

export async function githubMetrics(): Promise<Metric[]> {
  const samples = buildSamples(50_000);
  const samples200k = buildSamples(200_000);

  const double = await new GitHubDouble().start();
  double.store.createRepo('acme', 'incident-analyses');
  const count = async (edit: string): Promise<{ requests: number; writes: number }> => {
    const before = double.requests.length;
    await makePublisher(double).publisher.publish(sampleExport(edit));
    const made = double.requests.slice(before);
    return { requests: made.length, writes: made.filter((r) => !r.operation.startsWith('GET ')).length };
  };
  try {
    const created = await count('');
    const changed = await count(' (edited)');
    const unchanged = await count(' (edited)');
    if (double.violations.length > 0) throw new Error(`The GitHub double saw OpenAPI violations: ${double.violations.join('; ')}`);
    return [
      { name: 'doc.build.50k', unit: 'ms', value: round(percentile(samples, 50), 1), baseline: null, target: '<= 200 ms (median of 7 builds)' },
      { name: 'doc.build.200k', unit: 'ms', value: round(percentile(samples200k, 50), 1), baseline: null, target: '<= 800 ms (median of 7 builds)' },
      { name: 'export.requests.new', unit: 'count', value: created.requests, baseline: null, target: 'informational (one commit, one PR)' },
      { name: 'export.requests.changed', unit: 'count', value: changed.requests, baseline: null, target: 'informational' },
      { name: 'export.requests.unchanged', unit: 'count', value: unchanged.requests, baseline: null, target: '<= 3' },
      { name: 'export.writes.unchanged', unit: 'count', value: unchanged.writes, baseline: null, target: '0' },
    ];
  } finally {
    await double.stop();
  }
}

// `npx tsx bench/github-metrics.mts` prints the figures on their own.
if (import.meta.url === `file://${process.argv[1]}`) console.table(await githubMetrics());
