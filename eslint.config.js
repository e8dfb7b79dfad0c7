// Lint: TypeScript rules everywhere, and the runtime boundaries of the layout: core/ is pure (no
// electron, no node:*, no lowdb, no DOM), the renderer sees only the bridge's types.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

// Every built-in by its bare name too (`fs`, `events`, `timers`, `module`, …): Node's own list, so a
// new built-in is covered without editing this file.
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('node:'));
const ENUMS = { selector: 'TSEnumDeclaration', message: 'Enums are not erasable: Node runs this TypeScript by type stripping.' };

export const coreBoundary = {
  patterns: [
    { group: ['node:*'], message: 'core/ is pure: no Node built-ins (put disk and process work in electron/services/).' },
    { group: ['electron', 'electron/*'], message: 'core/ is pure: no Electron.' },
    { group: ['lowdb', 'lowdb/*', 'steno'], message: 'core/ is pure: storage belongs to electron/services/.' },
    { group: ['react', 'react-dom', 'react-dom/*', 'dompurify', 'prosemirror-*'], message: 'core/ is pure: no DOM or UI libraries.' },
    { group: ['**/electron/**', '**/renderer/**'], message: 'core/ must not depend on the app layers.' },
  ],
  paths: NODE_BUILTINS.map((name) => ({ name, message: 'core/ is pure: no Node built-ins.' })),
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'bench/data/', 'docs/', 'schemas/', 'tests/golden/', 'tests/fixtures/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', ENUMS],
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', coreBoundary],
      // import('node:fs') would slip past no-restricted-imports: core/ loads nothing at run time.
      'no-restricted-syntax': ['error', ENUMS, { selector: 'ImportExpression', message: 'core/ is pure: no dynamic import (it could load Node or Electron).' }],
    },
    languageOptions: { globals: {} },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error',
        { name: 'window', message: 'core/ is pure: no DOM.' }, { name: 'document', message: 'core/ is pure: no DOM.' },
        { name: 'process', message: 'core/ is pure: no Node process.' }, { name: 'require', message: 'core/ is pure.' },
        { name: 'Buffer', message: 'core/ is pure: use Uint8Array.' }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['electron', 'lowdb', 'lowdb/node'].map((name) => ({ name, message: 'The renderer runs sandboxed: it talks to window.meja only.' })),
        patterns: [
          { group: ['node:*'], message: 'The renderer runs sandboxed: no Node built-ins.' },
          { group: ['**/electron/**'], allowTypeImports: true, message: 'The renderer imports only types from electron/.' },
        ],
      }],
    },
  },
);
