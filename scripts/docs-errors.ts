/**
 * Regenerate docs/errors.md from the error catalogue (src/shared/errors.ts).
 *   npm run docs:errors
 * test/shared/errors-doc.test.ts fails when the two differ.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ERROR_CATALOGUE } from '../src/shared/errors.js';

export function renderErrorsDoc(): string {
  const rows = Object.entries(ERROR_CATALOGUE)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, e]) => `| \`${code}\` | ${e.status} | ${e.message} |`);
  return [
    '# Error codes',
    '',
    'Every error a user, an operator or an integrator sees carries one of these codes: on the',
    'command line as `error HF_…: message` (exit code 1, or 2 for usage errors), in HTTP answers',
    'as `{"error": {"code": "HF_…", "message": "…", "details": {…}}}` with the code\'s HTTP status,',
    'the same wherever it is thrown.',
    'The catalogue is `src/shared/errors.ts`; this page is generated from it by',
    '`npm run docs:errors`, and a test fails when they differ.',
    '',
    '| code | HTTP | meaning |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(join(import.meta.dirname, '../docs/errors.md'), renderErrorsDoc());
}
