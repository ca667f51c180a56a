import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * The "Also" item of issue 10: main's JSON files (settings, window state, outbox) are flushed to the disk
 * before the rename, so a power cut leaves the old file or the new one, never an empty one. A power cut cannot
 * be simulated here; what can be checked is the order of the system calls: data written, fsync'd, then renamed.
 */
const calls: string[] = [];
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const traced = <K extends 'writeSync' | 'writeFileSync' | 'fsyncSync' | 'renameSync'>(name: K) =>
    ((...args: unknown[]) => {
      calls.push(name);
      return (fs[name] as (...a: unknown[]) => unknown)(...args);
    }) as (typeof fs)[K];
  return { ...fs, writeSync: traced('writeSync'), writeFileSync: traced('writeFileSync'), fsyncSync: traced('fsyncSync'), renameSync: traced('renameSync') };
});

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("main's JSON files", () => {
  it('are flushed to the disk before the rename that replaces the old file', async () => {
    const { writeJsonFile } = await import('../../../src/main/json-file');
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-fsync-'));
    dirs.push(dir);
    calls.length = 0;
    writeJsonFile(join(dir, 'github-settings.json'), { repository: 'acme/incident-analyses' });
    const rename = calls.indexOf('renameSync');
    expect(rename).toBeGreaterThan(0);
    expect(calls.slice(0, rename)).toContain('fsyncSync');
    expect(calls.slice(0, rename).lastIndexOf('fsyncSync')).toBeGreaterThan(Math.max(calls.lastIndexOf('writeSync'), calls.indexOf('writeFileSync')));
    expect(JSON.parse(readFileSync(join(dir, 'github-settings.json'), 'utf8'))).toEqual({ repository: 'acme/incident-analyses' });
  });
});
