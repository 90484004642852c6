/**
 * The migration runner: plain SQL files `NNN_name.sql` in src/store/migrations, applied in
 * order, each recorded in `schema_migrations` with a checksum. One code path for PGlite and
 * server Postgres: everything runs in one transaction under a transaction-scoped advisory
 * lock, so several processes starting together apply each migration once, and a failing
 * migration leaves the schema as it was.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HuifangError } from '../shared/errors.js';
import { SRC_DIR } from '../shared/paths.js';
import type { Db } from './db.js';

/** Any 64-bit number unique to Huifang's migrations ("huifang" in ASCII). */
const MIGRATION_LOCK_KEY = '29400104592420711';

export interface Migration {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

export const MIGRATIONS_DIR = join(SRC_DIR, 'store', 'migrations');

/** Read the migration files of a folder, sorted by their number. */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const seen = new Set<string>();
  return files.map((file) => {
    const m = /^(\d{3,})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m || !m[1] || !m[2]) {
      throw new HuifangError('HF_STORE_MIGRATION', `migration file name must be NNN_name.sql: ${file}`);
    }
    if (seen.has(m[1])) throw new HuifangError('HF_STORE_MIGRATION', `two migrations numbered ${m[1]}`);
    seen.add(m[1]);
    const sql = readFileSync(`${dir}/${file}`, 'utf8');
    return { version: m[1], name: m[2], sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

export interface MigrateResult {
  /** Migrations applied by this run, e.g. ["001_init"]. */
  applied: string[];
  /** Migrations that were already there. */
  skipped: string[];
}

/**
 * Apply the pending migrations.
 *
 * @throws HuifangError HF_STORE_MIGRATION when a migration fails (nothing of this run stays)
 *   or an applied migration's file has changed since.
 */
export async function migrate(db: Db, migrations: Migration[] = loadMigrations()): Promise<MigrateResult> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version     text PRIMARY KEY,
      name        text NOT NULL,
      checksum    text NOT NULL,
      applied_at  timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await tx.query<{ version: string; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations',
    );
    const done = new Map(rows.map((r) => [r.version, r]));
    const result: MigrateResult = { applied: [], skipped: [] };
    for (const m of migrations) {
      const label = `${m.version}_${m.name}`;
      const prior = done.get(m.version);
      if (prior) {
        if (prior.checksum !== m.checksum) {
          throw new HuifangError(
            'HF_STORE_MIGRATION',
            `migration ${label} was changed after it was applied; add a new migration instead`,
          );
        }
        result.skipped.push(label);
        continue;
      }
      try {
        await tx.exec(m.sql);
      } catch (e) {
        throw new HuifangError('HF_STORE_MIGRATION', `migration ${label} failed: ${(e as Error).message}`);
      }
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        m.checksum,
      ]);
      result.applied.push(label);
    }
    return result;
  });
}
