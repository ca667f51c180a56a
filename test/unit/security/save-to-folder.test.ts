import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, parse } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleExport } from '../../github/support/publish-fixture';
import { githubThroughRouter } from './github-router-harness';

/*
 * Finding 3 of issue 10: save to folder wrote any path under the chosen folder, followed planted symlinks,
 * overwrote silently and accepted a disk root. Driven through the IPC router as a page would call it.
 */
let chosen: string;
let elsewhere: string;
let harness: ReturnType<typeof githubThroughRouter>;
beforeEach(() => {
  chosen = mkdtempSync(join(tmpdir(), 'sitrep-chosen-'));
  elsewhere = mkdtempSync(join(tmpdir(), 'sitrep-elsewhere-'));
  harness = githubThroughRouter({ chooseFolder: async () => chosen });
});
afterEach(() => {
  harness.dispose();
  rmSync(chosen, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

type Reply = { ok: boolean; cancelled?: boolean; message?: string; written?: string[] };
const save = (files: unknown) => harness.call('saveAnalysisToFolder', { files }) as Promise<Reply>;
const doc = () => sampleExport().files[0]!;

describe('save to folder through the IPC router', () => {
  it.each([
    ['an autostart entry', '.config/autostart/x.desktop'],
    ['a Windows Startup script', 'AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Startup/x.bat'],
    ['an NTFS alternate stream', 'incidents/2026-11-26-x.md:stream'],
  ])('refuses %s and writes nothing', async (_label, path) => {
    const reply = await save([doc(), { path, encoding: 'utf8', content: 'payload' }]);
    expect(reply).toMatchObject({ ok: false, cancelled: false });
    expect(readdirSync(chosen)).toEqual([]);
  });

  it('does not follow a symlink planted in the folder', async () => {
    symlinkSync(elsewhere, join(chosen, 'incidents'));
    const reply = await save(sampleExport().files);
    expect(reply).toMatchObject({ ok: false, cancelled: false, message: expect.stringMatching(/link or a file, not a folder/) });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('does not write through a symlink planted where the document goes', async () => {
    mkdirSync(join(chosen, 'incidents'));
    const victim = join(elsewhere, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(chosen, doc().path));
    harness.answers.push(true);
    const reply = await save(sampleExport().files);
    expect(reply.ok).toBe(false);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
  });

  it('asks before replacing a file already there, and keeps it when the user cancels', async () => {
    mkdirSync(join(chosen, 'incidents'));
    writeFileSync(join(chosen, doc().path), 'my own edits');
    expect(await save(sampleExport().files)).toMatchObject({ ok: false, cancelled: true });
    expect(harness.questions.map((q) => q.message)).toEqual([expect.stringMatching(/already exists .*Replace it\?/)]);
    expect(readFileSync(join(chosen, doc().path), 'utf8')).toBe('my own edits');
    harness.answers.push(true);
    expect(await save(sampleExport().files)).toMatchObject({ ok: true });
    expect(readFileSync(join(chosen, doc().path), 'utf8')).toBe(doc().content);
  });

  it('refuses the root of a disk', async () => {
    const root = parse(process.cwd()).root;
    const atRoot = githubThroughRouter({ chooseFolder: async () => root });
    try {
      const reply = (await atRoot.call('saveAnalysisToFolder', { files: sampleExport().files })) as Reply;
      expect(reply).toMatchObject({ ok: false, cancelled: false, message: expect.stringMatching(/root of a disk/) });
      expect(existsSync(join(root, doc().path))).toBe(false);
    } finally {
      atRoot.dispose();
    }
  });

  it('writes the document and its image as the Analysis tab builds them', async () => {
    const files = sampleExport('', true).files;
    const reply = await save(files);
    expect(reply).toMatchObject({ ok: true });
    expect(reply.written).toHaveLength(2);
    expect(readFileSync(join(chosen, files[1]!.path))).toEqual(Buffer.from(files[1]!.content, 'base64'));
  });
});
