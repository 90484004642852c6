/**
 * Reading a workspace request's body or query with its zod schema: the value, or HF_BAD_REQUEST
 * naming each field that is wrong (never its value).
 */
import type { z } from 'zod';
import { HuifangError } from '../../shared/errors.js';

/** @throws HuifangError HF_BAD_REQUEST with `field: problem; …` when the input does not fit. */
export function parseRequest<T extends z.ZodType>(schema: T, v: unknown): z.infer<T> {
  const r = schema.safeParse(v ?? {});
  if (!r.success) throw new HuifangError('HF_BAD_REQUEST', r.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '));
  return r.data;
}
