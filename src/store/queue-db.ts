/**
 * The job queue's database access: pg-boss runs on the store's own database. On server
 * Postgres pg-boss connects itself (DATABASE_URL); on embedded PGlite it is given this `db`
 * option, so its SQL reaches PGlite through the store. pg-boss sends multi-statement SQL
 * without parameters (its migrations): that must go through PGlite's `exec`.
 */
import type { PGlite } from '@electric-sql/pglite';

/** pg-boss's `db` option: one method. */
export interface PgBossDb {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The `db` option for pg-boss on an embedded store; null on server Postgres. */
export function pgBossDb(pglite: PGlite | null): PgBossDb | null {
  if (!pglite) return null;
  return {
    async executeSql(text, values) {
      if (values && values.length) return { rows: (await pglite.query(text, values)).rows };
      const results = await pglite.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}
