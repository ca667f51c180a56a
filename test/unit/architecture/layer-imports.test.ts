import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule that keeps the arrows one way (renderer → shared, main → shared, preload → shared) is only
// worth having if a wrong import really fails it. Each case lints a one-line file as if it lived in that layer.
const eslint = new ESLint();

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layer rule', () => {
  it.each([
    ['src/renderer/src/views/x.ts', "import '../../../main/index';", 'bridge'],
    ['src/renderer/src/views/x.ts', "import { ipcRenderer } from 'electron';", 'sandboxed web page'],
    ['src/main/x.ts', "import '../renderer/src/main-window/App';", 'over IPC'],
    ['src/preload/x.ts', "import '../main/index';", 'only bridges'],
    ['src/shared/x.ts', "import '../renderer/src/data/db';", 'imports none of them'],
    ['src/shared/x.ts', "import { readFile } from 'node:fs';", 'pure TypeScript'],
    ['src/shared/x.ts', "import Dexie from 'dexie';", 'pure TypeScript'],
  ])('refuses %s importing %s', async (filePath, source, reason) => {
    const errors = await importErrors(filePath, source);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(reason);
  });

  it.each([
    ['src/renderer/src/views/x.ts', "import '../../../shared/domain/incident';"],
    ['src/main/x.ts', "import '../shared/contract/ipc-contract';"],
    ['src/main/x.ts', "import { app } from 'electron';"],
    ['src/preload/x.ts', "import '../shared/contract/ipc-contract';"],
    ['src/shared/x.ts', "import { z } from 'zod';"],
  ])('allows %s importing %s', async (filePath, source) => {
    expect(await importErrors(filePath, source)).toEqual([]);
  });
});
