/**
 * The database seam: one small interface, two implementations.
 *
 * - PGlite (Postgres compiled to WASM) in a data folder, or `memory://` for tests: the
 *   default, nothing to install or run.
 * - Server Postgres through a `pg` Pool when DATABASE_URL is set: several processes share it.
 *
 * Repositories write plain parameterised SQL ($1, $2, …) that runs on both. Values come
 * back the same way on both: int8 as a JS number (ids and counts stay far below 2^53),
 * numeric as a string, timestamptz as a Date, jsonb parsed. Pass jsonb parameters as
 * JSON text with a `::jsonb` cast.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { HuifangError } from '../shared/errors.js';

export interface QueryResult<T> {
  rows: T[];
  /** Rows changed by INSERT/UPDATE/DELETE (0 for SELECT on PGlite). */
  affectedRows: number;
}

export interface Db {
  /** One statement with $1… parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
  /**
   * Run `fn` in a transaction: COMMIT when it resolves, ROLLBACK when it throws. Inside a
   * transaction a nested call uses a SAVEPOINT.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Close the database (a no-op on a transaction handle). */
  close(): Promise<void>;
  /** 'pglite' or 'postgres': for the few places (locks, benchmarks) that differ. */
  readonly kind: 'pglite' | 'postgres';
}

/* ------------------------------------------------------------------ PGlite */

type PgliteLike = Pick<PGlite, 'query' | 'exec'>;

class PgliteTxDb implements Db {
  readonly kind = 'pglite' as const;
  #savepoint = 0;
  constructor(private readonly tx: PgliteLike) {}
  async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    const r = await this.tx.query<T>(sql, params ? [...params] : undefined);
    return { rows: r.rows, affectedRows: r.affectedRows ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.tx.exec(sql);
  }
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return withSavepoint(this, ++this.#savepoint, fn);
  }
  async close(): Promise<void> {}
}

/** A Db over a PGlite instance. */
export class PgliteDb extends PgliteTxDb {
  constructor(readonly pglite: PGlite) {
    super(pglite);
  }
  override async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // PGlite serialises transactions on its single connection.
    return this.pglite.transaction((tx) => fn(new PgliteTxDb(tx)));
  }
  override async close(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

/* ---------------------------------------------------------------- Postgres */

const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

class PgClientDb implements Db {
  readonly kind = 'postgres' as const;
  #savepoint = 0;
  constructor(private readonly client: pg.PoolClient) {}
  async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    const r = await this.client.query(sql, params ? [...params] : undefined);
    return { rows: r.rows as T[], affectedRows: r.rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.client.query(sql);
  }
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return withSavepoint(this, ++this.#savepoint, fn);
  }
  async close(): Promise<void> {}
}

/** A Db over a `pg` Pool (server Postgres). */
export class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  constructor(readonly pool: pg.Pool) {}
  async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    const r = await this.pool.query(sql, params ? [...params] : undefined);
    return { rows: r.rows as T[], affectedRows: r.rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.pool.query(sql);
  }
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(new PgClientDb(client));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function withSavepoint<T>(db: Db, n: number, fn: (tx: Db) => Promise<T>): Promise<T> {
  const name = `hf_sp_${n}`;
  await db.exec(`SAVEPOINT ${name}`);
  try {
    const result = await fn(db);
    await db.exec(`RELEASE SAVEPOINT ${name}`);
    return result;
  } catch (e) {
    await db.exec(`ROLLBACK TO SAVEPOINT ${name}`);
    throw e;
  }
}

/* ------------------------------------------------------------------- open */

export interface OpenDbOptions {
  /** `postgres://…` for server Postgres; when absent, PGlite is used. */
  databaseUrl?: string | undefined;
  /** PGlite data folder (created if missing), or `memory://`. Default `./data`. */
  dataDir?: string | undefined;
  /** Server Postgres: extra connection settings, e.g. `-c search_path=…` (tests). */
  pgOptions?: string | undefined;
  /** Server Postgres: pool size (default 10). */
  poolSize?: number | undefined;
}

/**
 * Open the database chosen by the options (no migrations: see `openStore`).
 *
 * @throws HuifangError HF_STORE_OPEN when the folder cannot be created or the server is unreachable.
 */
export async function openDb(opts: OpenDbOptions = {}): Promise<Db> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: opts.poolSize ?? 10,
      types: pgTypes,
      ...(opts.pgOptions ? { options: opts.pgOptions } : {}),
    });
    // An idle client's error (server restart) must not crash the process.
    pool.on('error', () => undefined);
    try {
      await pool.query('SELECT 1');
    } catch (e) {
      await pool.end().catch(() => undefined);
      throw new HuifangError('HF_STORE_OPEN', `cannot connect to DATABASE_URL: ${(e as Error).message}`);
    }
    return new PostgresDb(pool);
  }
  const dir = opts.dataDir ?? './data';
  try {
    if (!dir.includes('://')) mkdirSync(dir, { recursive: true });
    const pglite = await PGlite.create(dir);
    return new PgliteDb(pglite);
  } catch (e) {
    if (e instanceof HuifangError) throw e;
    throw new HuifangError('HF_STORE_OPEN', `cannot open the data folder ${dir}: ${(e as Error).message}`);
  }
}
