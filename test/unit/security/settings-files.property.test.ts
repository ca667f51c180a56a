import fc from 'fast-check';
import { propertyRuns } from '../../support/property-runs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubHandlers } from '../../../src/main/github/github-handlers';
import type { SafeStorageLike } from '../../../src/main/github/token-store';
import { createPreferencesStore, MainPreferencesSchema } from '../../../src/main/preferences';
import { createWindowStateStore, WindowStateSchema } from '../../../src/main/window-state';
import { invokeContract } from '../../../src/shared/contract/ipc-contract';
import { GitStore } from '../../github/double/git-store';
import { GitHubDouble } from '../../github/double/github-double';
import { sampleExport } from '../../github/support/publish-fixture';

/*
 * Sitrep has no settings import: main's settings live in small JSON files in userData (GitHub settings, the
 * hotkey, window positions, the outbox, the encrypted token, what the last export wrote), and the renderer's in
 * IndexedDB, which comes back only through a backup restore (property-tested in test/unit/data/backup.test.ts).
 * Those files are input too: a disk fills up, a sync tool mangles a file, someone edits one by hand. Whatever
 * they hold, main starts, answers with values its contract accepts, and an export still works.
 */
const safeStorage: SafeStorageLike = {
  isEncryptionAvailable: () => true,
  encryptString: (s) => Buffer.from(s).reverse(),
  decryptString: (b) => Buffer.from(b).reverse().toString(),
  getSelectedStorageBackend: () => 'gnome_libsecret',
};

/** What a damaged or hand-edited file can hold: any JSON, JSON of the right shape with wrong values, cut-off JSON, bytes. */
const fileContent = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.dictionary(fc.constantFrom('repository', 'apiBaseUrl', 'labels', 'reviewers', 'folder', 'quickNoteShortcut', 'main', 'x', 'items', 'data', '01INCIDENT'), fc.jsonValue()).map((v) => JSON.stringify(v)),
  fc.string().map((s) => `{"repository": "acme/x", ${s}`),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

const files = ['github-settings.json', 'github-token.json', 'export-outbox.json', 'github-exported-paths.json', 'preferences.json', 'window-state.json'];

let double: GitHubDouble;
beforeAll(async () => {
  double = await new GitHubDouble({ store: new GitStore() }).start();
  double.store.createRepo('acme', 'incident-analyses', { files: { 'README.md': '# Analyses\n', 'incidents/other-team.md': '# Theirs\n' } });
});

/** The paths on a branch of the double's repository after the export. */
function pathsOn(branch: string): string[] {
  const repo = double.store.repo('acme', 'incident-analyses')!;
  const commit = double.store.commits.get(repo.refs.get(`refs/heads/${branch}`) ?? '');
  return [...(double.store.trees.get(commit?.tree ?? '')?.keys() ?? [])];
}
afterAll(async () => {
  await double.stop();
});

let runs = 0;

describe("main's settings files, whatever they hold", () => {
  it('every reader falls back to valid values instead of failing', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(files.map((f) => [f, fileContent]))), (contents) => {
        const dir = mkdtempSync(join(tmpdir(), 'sitrep-files-'));
        try {
          for (const [name, content] of Object.entries(contents)) writeFileSync(join(dir, name), content, 'latin1');
          const github = createGitHubHandlers({ safeStorage, dataDirectory: dir, platform: 'linux', broadcast: () => {}, chooseFolder: async () => null });
          try {
            invokeContract.getGitHubSettings.response.parse(github.handlers.getGitHubSettings());
            invokeContract.getGitHubAuthStatus.response.parse(github.handlers.getGitHubAuthStatus());
            invokeContract.listOutbox.response.parse(github.handlers.listOutbox());
          } finally {
            github.dispose();
          }
          MainPreferencesSchema.parse(createPreferencesStore(join(dir, 'preferences.json')).read());
          const state = createWindowStateStore(join(dir, 'window-state.json')).get('main');
          if (state !== null) WindowStateSchema.parse(state);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: propertyRuns(300) },
    );
  }, 60_000);

  it('a damaged record of what the last export wrote neither breaks the next export nor deletes files outside the analyses folder', async () => {
    await fc.assert(
      fc.asyncProperty(fileContent, fc.boolean(), fc.constantFrom('README.md', '.github/workflows/ci.yml'), async (content, namesBystander, bystander) => {
        const dir = mkdtempSync(join(tmpdir(), 'sitrep-exported-'));
        const exp = sampleExport();
        const branch = `${exp.branch}-${runs++}`;
        const github = createGitHubHandlers({ safeStorage, dataDirectory: dir, platform: 'linux', broadcast: () => {}, chooseFolder: async () => null, allowLoopbackHttp: true, fastTiming: true });
        try {
          github.handlers.setGitHubSettings({ repository: 'acme/incident-analyses', apiBaseUrl: double.url, reviewers: [] });
          github.handlers.setGitHubToken({ token: double.token });
          // Damaged, or naming a file of the repository this incident never wrote.
          const record = namesBystander ? JSON.stringify({ [exp.incidentId]: [bystander] }) : content.replace('01INCIDENT', exp.incidentId);
          writeFileSync(join(dir, 'github-exported-paths.json'), record, 'latin1');
          const result = await github.handlers.publishAnalysis({ ...exp, branch });
          expect(result).toMatchObject({ ok: true });
          expect(pathsOn(branch)).toEqual(expect.arrayContaining(['README.md', 'incidents/other-team.md', ...exp.files.map((f) => f.path)]));
        } finally {
          github.dispose();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: propertyRuns(25) },
    );
  }, 120_000);
});
