import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from '../../scripts/docs-errors.js';
import { ERROR_CATALOGUE, HuifangError } from '../../src/shared/errors.js';

describe('the error catalogue', () => {
  it('is documented: docs/errors.md is generated from it (npm run docs:errors)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../docs/errors.md'), 'utf8')).toBe(renderErrorsDoc());
  });
  it('every code is HF_ and has an HTTP status and a sentence', () => {
    for (const [code, e] of Object.entries(ERROR_CATALOGUE)) {
      expect(code).toMatch(/^HF_[A-Z0-9_]+$/);
      expect(e.message).toMatch(/\.$/);
      expect(e.status >= 400 && e.status <= 599, code).toBe(true);
    }
  });
  it('an error carries its code\'s status wherever it is thrown', () => {
    expect(new HuifangError('HF_STORE_NOT_FOUND', 'no tenant x').httpStatus).toBe(404);
    expect(new HuifangError('HF_STORE_CONFLICT', 'x').httpStatus).toBe(409);
    expect(new HuifangError('HF_BAD_REQUEST', 'x').httpStatus).toBe(400);
  });
  it('errors serialise with their code', () => {
    expect(new HuifangError('HF_CLI_USAGE', 'x').toJSON()).toEqual({ code: 'HF_CLI_USAGE', message: 'x' });
  });
});
