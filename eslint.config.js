import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, from the bottom; a layer imports only the layers below it (and itself):
 *
 *   shared, domain  (domain imports nothing at all)
 *   nlu, then engine (pure: nothing above domain but nlu's interpreter types)
 *   store            (shared and domain only: SQL lives here and nowhere else)
 *   results
 *   conversation     (the runner, AppDeps, the contactor port)
 *   channels, campaigns (side by side: neither imports the other)
 *   server
 *   cli
 *
 * The simulator stands beside the channels (it may use the Twilio client of the channels) and
 * is imported only by the CLI, the demo (src/demo: the whole pipeline on the simulator; it may
 * import anything below the CLI) and tests. The workspace pages (src/web) talk to the server over HTTP only:
 * they import nothing from the rest of src; the server may import their chart definitions.
 */
const LAYERS = {
  domain: [],
  shared: ['domain'],
  nlu: ['shared', 'domain'],
  engine: ['nlu', 'shared', 'domain'],
  store: ['shared', 'domain'],
  results: ['store', 'engine', 'nlu', 'shared', 'domain'],
  conversation: ['results', 'store', 'engine', 'nlu', 'shared', 'domain'],
  channels: ['conversation', 'results', 'store', 'engine', 'nlu', 'shared', 'domain'],
  campaigns: ['conversation', 'results', 'store', 'engine', 'nlu', 'shared', 'domain'],
  simulator: ['channels', 'shared', 'domain'],
  server: ['channels', 'campaigns', 'conversation', 'results', 'store', 'engine', 'nlu', 'shared', 'domain', 'web'],
  cli: ['server', 'channels', 'campaigns', 'simulator', 'demo', 'conversation', 'results', 'store', 'engine', 'nlu', 'shared', 'domain'],
  demo: ['server', 'channels', 'campaigns', 'simulator', 'conversation', 'results', 'store', 'engine', 'nlu', 'shared', 'domain'],
  web: [],
};

const SQL_ONLY_IN_STORE = 'SQL lives in src/store only (a repository method); see docs/architecture.md, "Layers".';

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'dist/**', 'src/web/dist/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', performance: 'readonly', fetch: 'readonly', AbortController: 'readonly', structuredClone: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', document: 'readonly', window: 'readonly', localStorage: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  // The layer rule (eslint-plugin-boundaries; imports resolved as TypeScript resolves them).
  {
    files: ['src/**/*.{ts,js}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['src/**/*'],
      'boundaries/elements': [
        ...Object.keys(LAYERS).map((type) => ({ type, pattern: `src/${type}` })),
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([type, below]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: [type, ...below] } } } },
          })),
        },
      ],
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
  // The workspace pages import their vendor modules by the paths the server serves them at.
  { files: ['src/web/**/*.js'], rules: { 'boundaries/no-unknown-dependencies': 'off' } },
  // SQL only in src/store: no statement, no raw database handle, anywhere else in src.
  {
    files: ['src/**/*.{ts,js}'],
    ignores: ['src/store/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='query']", message: SQL_ONLY_IN_STORE },
        { selector: "CallExpression[callee.property.name='executeSql']", message: SQL_ONLY_IN_STORE },
        { selector: "MemberExpression[property.name=/^(db|pglite)$/]", message: SQL_ONLY_IN_STORE },
      ],
    },
  },
  // (Last: it replaces the SQL rule's no-restricted-syntax there.) The domain imports nothing (not even a package): it is the vocabulary everything else uses.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ImportDeclaration[source.value=/^[^.]/]', message: 'src/domain imports nothing outside itself.' }],
    },
  },
  {
    // `huifang --help` must not load the server, the store or the queue: a command module
    // imports only types and a few light helpers at the top, and the rest inside its action
    // (`await import(...)`). See src/cli/main.ts.
    files: ['src/cli/commands/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./(?!(shared/errors|shared/paths|store/repos/tenant-id|results/reports/types)\\.js$)',
              allowTypeImports: true,
              message: 'load it inside the action with `await import(...)` so that `huifang --help` stays fast (types may be imported at the top)',
            },
            {
              group: ['fastify', 'twilio', 'pg', 'pg-boss', '@electric-sql/*', '@microsoft/*', 'zod', 'echarts', 'xstate', 'yaml', 'csv-parse', 'csv-stringify', 'cli-progress', 'pino'],
              allowTypeImports: true,
              message: 'load it inside the action with `await import(...)` so that `huifang --help` stays fast',
            },
          ],
        },
      ],
    },
  },
);
