import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from '../../scripts/docs-errors.js';
import { ERROR_CATALOGUE, HuifangError } from '../../src/shared/errors.js';

describe('the error catalogue', () => {
  it('is documented: docs/errors.md is generated from it (npm run docs:errors)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../docs/errors.md'), 'utf8')).toBe(renderErrorsDoc());
  });
  it('every code is HF_ and has a sentence', () => {
    for (const [code, text] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^HF_[A-Z0-9_]+$/);
      expect(text).toMatch(/\.$/);
    }
  });
  it('errors serialise with their code', () => {
    expect(new HuifangError('HF_CLI_USAGE', 'x').toJSON()).toEqual({ code: 'HF_CLI_USAGE', message: 'x' });
  });
});
