import { describe, expect, it } from 'vitest';
import { invokeContract } from '../../../src/shared/contract/ipc-contract';
import { sampleExport } from '../../github/support/publish-fixture';

/*
 * The first gate for what a page asks main to write: the contract's schemas refuse a file path that leaves the
 * repository (or the chosen folder) and a branch name git would refuse, before any handler runs.
 */
const publish = (over: Record<string, unknown>) => invokeContract.publishAnalysis.request.safeParse({ ...sampleExport(), ...over }).success;
const save = (path: string) => invokeContract.saveAnalysisToFolder.request.safeParse({ files: [{ path, encoding: 'utf8', content: '# x' }] }).success;

describe('file paths a page may ask main to write', () => {
  it.each(['incidents/2026-11-26-checkout-is-down.md', 'incidents/2026-11-26-checkout-is-down-images/001-graph.png', 'incidents/v1..v2-rollback.md', 'incidents/.notes.md', 'README.md'])(
    'takes %s',
    (path) => {
      expect(save(path)).toBe(true);
      expect(publish({ files: [{ path, encoding: 'utf8', content: '# x' }] })).toBe(true);
    },
  );

  it.each(['/etc/cron.d/x', '../outside.md', 'incidents/../../outside.md', 'incidents/./x.md', './x.md', 'incidents//x.md', 'incidents/', 'incidents/..'])('refuses %s', (path) => {
    expect(save(path)).toBe(false);
    expect(publish({ files: [{ path, encoding: 'utf8', content: '# x' }] })).toBe(false);
  });
});

describe('branch names a page may ask main to publish to', () => {
  it.each(['sitrep/analysis-inc-4312', 'sitrep/analysis-v1.2'])('takes %s', (branch) => {
    expect(publish({ branch })).toBe(true);
  });

  it.each(['sitrep/analysis-a..b', 'sitrep/analysis-x/', 'sitrep/analysis x'])('refuses %s', (branch) => {
    expect(publish({ branch })).toBe(false);
  });
});
