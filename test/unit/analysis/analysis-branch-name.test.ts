import { describe, expect, it } from 'vitest';
import { analysisBranchName } from '../../../src/shared/analysis';

// The analysis branch is named by the incident's declaration day and id. An id is a ULID (26 characters) when
// the app made it, but the schema takes up to 64: the branch keeps only the id's last 26 characters, so its
// name stays short and every re-export of the same incident still finds the same branch.
describe('the analysis branch name', () => {
  const declaredAt = Date.parse('2026-11-26T10:00:00Z');

  it('keeps the last 26 characters of an id longer than a ULID', () => {
    const id = 'imported-from-the-old-tracker-ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(analysisBranchName({ id, declaredAt })).toBe('sitrep/analysis-2026-11-26-abcdefghijklmnopqrstuvwxyz');
  });

  it('stays short for the longest id the schema takes', () => {
    expect(analysisBranchName({ id: 'x'.repeat(64), declaredAt })).toBe(`sitrep/analysis-2026-11-26-${'x'.repeat(26)}`);
  });
});
