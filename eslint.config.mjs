// Lint, including the layering of DESIGN.md as errors: the arrows only point down.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const node = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'url']
const layer = (files, groups, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: groups.map((group) => ({ group, message })) }],
  },
})

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'tests/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(
    ['src/shared/**'],
    [['electron', 'react', 'react-dom', 'react/*', 'lowdb', 'lowdb/*', ...node], ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/host/**', '**/tools/**'], ['**/locales/**']],
    'src/shared runs anywhere and speaks in codes: no Electron, React, lowdb, Node modules, app layers or message catalogues (DESIGN.md).',
  ),
  // Tests beside shared code may read the English catalogue, to check the words people see.
  {
    ...layer(
      ['src/shared/**/*.test.ts'],
      [['electron', 'react', 'react-dom', 'react/*', 'lowdb', 'lowdb/*', ...node], ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/host/**', '**/tools/**']],
      'src/shared runs anywhere: no Electron, React, lowdb, Node modules or app layers (DESIGN.md).',
    ),
  },
  layer(
    ['src/locales/**'],
    [['electron', 'electron/*', 'react', 'react-dom', 'lowdb', 'lowdb/*', ...node], ['**/main/**', '**/renderer/**', '**/preload/**', '**/cli/**', '**/host/**', '**/tools/**']],
    'src/locales holds the message catalogues for every edge (renderer, CLI): i18next and src/shared only.',
  ),
  layer(
    ['src/renderer/**'],
    [['electron', 'electron/*', 'lowdb', 'lowdb/*', ...node], ['**/main/**', '**/preload/**', '**/cli/**', '**/host/**', '**/tools/**']],
    'The renderer reaches disk, dialogs and printing only through window.caravan (DESIGN.md).',
  ),
  layer(
    ['src/main/electron/**'],
    [['react', 'react-dom', 'react/*', 'react-dom/*'], ['**/renderer/**', '**/preload/**', '**/cli/**', '**/host/**', '**/tools/**', '**/locales/**']],
    'The main process never imports React or renderer code, nor words messages: it returns codes (DESIGN.md).',
  ),
  {
    ...layer(
      ['src/main/**'],
      [['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'react-dom/*'], ['**/renderer/**', '**/preload/**', '**/cli/**', '**/host/**', '**/tools/**', '**/locales/**']],
      'Only src/main/electron (the composition root) may import electron; the store and handlers also run on plain Node for the CLI, tests and the web host.',
    ),
    ignores: ['src/main/electron/**'],
  },
  layer(
    ['src/preload/**'],
    [['react', 'react-dom', 'lowdb', ...node], ['**/main/**', '**/renderer/**', '**/cli/**', '**/tools/**']],
    'The preload only exposes window.caravan, built from src/shared/ipc.ts (DESIGN.md).',
  ),
  layer(
    ['src/cli/**'],
    [['electron', 'electron/*', 'react', 'react-dom'], ['**/renderer/**', '**/preload/**', '**/host/**', '**/tools/**']],
    'The CLI runs on plain Node: src/shared and the store only (DESIGN.md).',
  ),
  layer(
    ['src/host/**'],
    [['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'react-dom/*'], ['**/renderer/**', '**/cli/**', '**/tools/**']],
    'The web host is a second host beside the Electron one: main and shared only, on plain Node (DESIGN.md).',
  ),
  layer(
    ['tools/**', 'tests/**'],
    [['electron', 'electron/*']],
    'Plain Node never imports electron: it throws without the runtime (TOOLCHAIN.md).',
  ),
)
