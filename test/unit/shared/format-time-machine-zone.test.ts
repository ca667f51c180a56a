import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { incidentStart } from '../../../src/shared/time/format-time';
import { machineSetTo } from '../../support/machine-zone';

// The machines these tests run on are set to UTC, where a UTC column that quietly showed the machine's clock
// would look right. On a machine set to Tokyo it must still say UTC and mean it.

type FormatTime = typeof import('../../../src/shared/time/format-time');
let fresh: FormatTime;

// A copy of the module of its own (the query makes it another module to the loader), so no formatter another
// test made for this machine's zone is reused, and the other tests keep theirs. Loaded before the tests, not
// inside one, so its module-level code is not counted as covered by them (see README, "Mutation testing").
const ownCopy = '../../../src/shared/time/format-time?machine-zone';
beforeAll(async () => {
  fresh = (await import(/* @vite-ignore */ ownCopy)) as FormatTime;
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('on a machine set to Tokyo', () => {
  it('shows UTC times in UTC, and local times on the Tokyo clock', () => {
    machineSetTo('Asia/Tokyo');
    const at = Date.UTC(2026, 0, 14, 10, 18, 3);
    expect(fresh.formatUtc(at, { withDate: true })).toBe('2026-01-14 10:18:03 UTC');
    expect(fresh.formatLocal(at, { withDate: true })).toBe('2026-01-14 19:18:03 GMT+9');
    expect(fresh.formatUtcAndLocal(at)).toBe('10:18:03 UTC · 19:18:03 GMT+9');
  });
});

describe('where an incident starts', () => {
  const declaredAt = Date.UTC(2026, 0, 14, 10, 0);

  it('is the impact start when users were hurt before it was declared', () => {
    expect(incidentStart({ impactStartedAt: declaredAt - 45 * 60_000, declaredAt })).toBe(declaredAt - 45 * 60_000);
  });

  it('is the declaration when the impact is unknown or was set after it', () => {
    expect(incidentStart({ impactStartedAt: null, declaredAt })).toBe(declaredAt);
    expect(incidentStart({ impactStartedAt: declaredAt + 60_000, declaredAt })).toBe(declaredAt);
  });
});
