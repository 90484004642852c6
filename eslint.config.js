import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
