/**
 * What every repository gets: the database (or the transaction it runs in), the clock and
 * the id generator. Tests inject the clock and ids; production uses the defaults.
 */
import { randomUUID } from 'node:crypto';
import { HuifangError } from '../shared/errors.js';
import type { Db } from './db.js';

export interface RepoContext {
  db: Db;
  now: () => Date;
  newId: () => string;
}

export const defaultNewId = (): string => randomUUID();
export const systemClock = (): Date => new Date();

/** ISO text of a Date or string for a timestamptz parameter (null stays null). */
export function ts(v: Date | string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const d = typeof v === 'string' ? new Date(v) : v;
  if (Number.isNaN(d.getTime())) throw new HuifangError('HF_STORE_INVALID', `not a valid time: ${String(v)}`);
  return d.toISOString();
}

/** JSON text for a jsonb parameter (use with `$n::jsonb`). */
export function json(v: unknown): string | null {
  return v === undefined ? null : JSON.stringify(v);
}

/** Turn a unique-violation or check-violation from either backend into a coded error. */
export function pgCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Rethrow database constraint errors as HF_STORE_INVALID / HF_STORE_NOT_FOUND. */
export function mapDbError(e: unknown, what: string): never {
  if (e instanceof HuifangError) throw e;
  const code = pgCode(e);
  if (code === '23503') throw new HuifangError('HF_STORE_NOT_FOUND', `${what}: a referenced row does not exist`);
  if (code === '23514' || code === '23502' || code === '22P02' || code === '23505' || code === '22007' || code === '22008') {
    throw new HuifangError('HF_STORE_INVALID', `${what}: ${(e as Error).message}`);
  }
  throw e;
}
