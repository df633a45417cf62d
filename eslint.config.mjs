// Lint, and the one place that says who may import whom (style.md: dependencies point one way).
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

const uiLibraries = ['electron', 'vue', 'pinia', 'vue-i18n', 'maplibre-gl', '@deck.gl/*', 'deck.gl']
const nodeModules = ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'net', 'worker_threads', 'better-sqlite3']

/** no-restricted-imports with bans by package pattern and by path regex. */
const restrict = (groups, regexes) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...groups.map(({ group, message }) => ({ group, message })),
        ...regexes.map(({ regex, message }) => ({ regex, message })),
      ],
    },
  ],
})

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'out/**', 'dist/**', '.tsbuild/**', 'build/**', 'bench/results/**', 'data/basemap/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  // core/: pure Node, no UI, no Electron, never the renderer or the Electron shell.
  {
    files: ['core/**'],
    rules: restrict(
      [{ group: uiLibraries, message: 'core/ is pure Node: no electron, vue, deck.gl or maplibre (style.md §1)' }],
      [{ regex: '(^|/)(renderer|electron)/', message: 'core/ never imports the renderer or the Electron shell' }],
    ),
  },
  // core/api/: the face every runtime loads (renderer and preload too), so it is environment-neutral.
  {
    files: ['core/api/**'],
    rules: restrict(
      [
        { group: uiLibraries, message: 'core/api is environment-neutral' },
        { group: nodeModules, message: 'core/api is environment-neutral: it also runs in the renderer' },
      ],
      [{ regex: '(^|/)(host|db|server|cli|demo|ingest|radio|coverage|experience|sla|optimise|report|geo)/', message: 'core/api depends on nothing else in core' }],
    ),
  },
  // Code meant for workers (models, kernels, geometry) does no I/O.
  {
    files: ['core/radio/**', 'core/geo/**'],
    rules: restrict(
      [
        { group: uiLibraries, message: 'kernels are pure' },
        { group: nodeModules, message: 'kernels and models do no I/O: they run in worker threads (style.md §1)' },
      ],
      [{ regex: '(^|/)(db|host|server|cli|ingest)/', message: 'radio/ and geo/ know nothing of the database or the hosts' }],
    ),
  },
  // The renderer reaches the core only through the API's types and its client.
  {
    files: ['renderer/**'],
    rules: restrict(
      [
        { group: ['electron', ...nodeModules], message: 'the renderer runs in a sandboxed page: no Node, no Electron' },
      ],
      [{ regex: '(^|/)core/(?!api/)', message: 'the renderer imports only core/api (types and client): architecture.md' }],
    ),
  },
  // The preload exposes the bridge and nothing else.
  {
    files: ['electron/preload/**'],
    rules: restrict(
      [{ group: ['vue', 'pinia', 'maplibre-gl', '@deck.gl/*', ...nodeModules], message: 'the sandboxed preload only bridges the API' }],
      [{ regex: '(^|/)core/(?!api/)', message: 'the preload imports only core/api' }],
    ),
  },
  // The main process relays; heavy work and the database live in the core host (utility process).
  {
    files: ['electron/main/**'],
    rules: restrict(
      [{ group: ['vue', 'pinia', 'maplibre-gl', '@deck.gl/*', 'better-sqlite3'], message: 'the main process never touches the UI libraries or the database' }],
      [{ regex: '(^|/)core/(?!api/)', message: 'electron/main imports only core/api; the core itself runs in the utility process' }],
    ),
  },
)
