import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The house's arrows point one way: renderer → shared, main → shared, preload → shared.
// A wrong arrow (or Electron, Node or the DOM inside shared) fails the lint, and so `npm test`.
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map(({ group, message }) => ({ group, message })),
        paths: [],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/profiles/**', 'test/github/openapi/**', 'test/comms/openapi/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['test/unit/**/*.ts', 'test/github/**/*.ts', 'test/comms/**/*.ts', 'test/sync/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name=/^toThrow(Error)?$/] > Literal[regex]",
          message: 'toThrow(/pattern/) also passes when null or undefined is thrown (vitest 4): use toThrowMessage(/pattern/) (test/support/throw-message-matcher.ts).',
        },
      ],
    },
  },
  layer(
    ['src/shared/**/*.ts'],
    [
      { group: ['**/main/**', '**/preload/**', '**/renderer/**', '**/server/**'], message: 'src/shared is imported by every layer; it imports none of them.' },
      { group: ['electron', 'node:*', 'fs', 'path', 'os', 'child_process', 'react', 'react-dom', 'dexie'], message: 'src/shared is pure TypeScript: no Electron, Node-only, DOM or storage APIs.' },
    ],
  ),
  layer(
    ['src/renderer/**/*.{ts,tsx}'],
    [
      { group: ['**/main/**', '**/preload/**'], message: 'The renderer reaches main only through the bridge (window.sitrep).' },
      { group: ['electron', 'node:*', 'fs', 'child_process'], message: 'The renderer is a sandboxed web page: no Electron or Node APIs.' },
    ],
  ),
  layer(
    ['src/main/**/*.ts'],
    [{ group: ['**/renderer/**', '**/preload/**'], message: 'Main talks to renderers over IPC, not by importing them.' }],
  ),
  layer(
    ['src/server/**/*.ts'],
    [{ group: ['**/renderer/**', '**/preload/**', '**/main/**', 'electron'], message: 'The sync server runs apart from the app: it shares only src/shared.' }],
  ),
  layer(
    ['src/preload/**/*.ts'],
    [{ group: ['**/renderer/**', '**/main/**'], message: 'The preload only bridges the contract in src/shared.' }],
  ),
);
