import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MIN, T0 } from '../../support/domain-fixtures';
import { machineSetTo } from '../../support/machine-zone';
import { fixture, section } from './handover-fixtures';

type Brief = typeof import('../../../src/shared/handover/handover-brief');
let brief: Brief;

// The time formatters are made once per module copy, so the brief is loaded fresh after the machine's zone is set.
beforeAll(async () => {
  machineSetTo('Asia/Tokyo');
  vi.resetModules();
  brief = await import('../../../src/shared/handover/handover-brief');
});
afterAll(() => vi.restoreAllMocks());

describe('the handover brief on a machine set to Tokyo', () => {
  it('writes times without dates while the incident stays within one UTC day, though the local day turned over', () => {
    // 13:55 to 15:30 UTC is 22:55 to 00:30 in Tokyo: one day in UTC, which is what the brief's times are in.
    const text = brief.buildHandoverBrief({ ...fixture(), now: T0 + 90 * MIN }).text;
    expect(section(text, 'Where things stand')).toContain('Declared 14:00:00 UTC by Dana; 1 h 30 min so far.');
  });
});
