/**
 * The database seam: one small interface, two implementations.
 *
 * - PGlite (Postgres compiled to WASM) in a data folder, or `memory://` for tests: the
 *   default, nothing to install or run.
 * - Server Postgres through a `pg` Pool when DATABASE_URL is set: several processes share it.
 *
 * Repositories write plain parameterised SQL ($1, $2, …) that runs on both. Values go and
 * come back the same way on both, through node-postgres's conventions (parameters as text,
 * pg-types parsers): int8 as a JS number (ids and counts stay far below 2^53), numeric as a
 * string, timestamptz as a Date, jsonb parsed. Pass jsonb parameters as
 * JSON text with a `::jsonb` cast.
 */
import { mkdirSync } from 'node:fs';
import { PGlite, protocol } from '@electric-sql/pglite';
import pg from 'pg';
import { HuifangError } from '../shared/errors.js';

export interface QueryResult<T> {
  rows: T[];
  /** The command's row count: rows changed by INSERT/UPDATE/DELETE, rows returned by SELECT. */
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

type PgliteLike = Pick<PGlite, 'exec'>;

const INT8_OID = 20;
/** Result parsing: node-postgres's type parsers (int8 as a number), on both backends. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** A parameter as text, the way node-postgres sends it (Postgres infers its type from the statement). */
function paramText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return arrayLiteral(v);
  if (v instanceof Uint8Array) return `\\x${Buffer.from(v).toString('hex')}`;
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function arrayLiteral(a: readonly unknown[]): string {
  const items = a.map((x) => {
    if (x === null || x === undefined) return 'NULL';
    if (Array.isArray(x)) return arrayLiteral(x);
    return `"${String(paramText(x)).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}

/**
 * One statement with parameters, sent to PGlite as ONE protocol batch (Parse, Bind, Describe,
 * Execute, Sync) the way node-postgres sends it to a server. PGlite's own `query` makes six
 * separate calls into the WASM engine per statement (it describes the statement first to
 * serialise the parameters by type); this makes one, which halves the cost of a small
 * statement. Values are sent and parsed as node-postgres does (text parameters, pg-types
 * parsers), so both backends give the same JS values. The caller holds PGlite's locks.
 */
async function pgliteBatch<T>(pglite: PGlite, sql: string, params: readonly unknown[]): Promise<QueryResult<T>> {
  const { serialize } = protocol;
  const parts = [
    serialize.parse({ text: sql }),
    serialize.bind({ values: params.map(paramText) }),
    serialize.describe({ type: 'P' }),
    serialize.execute({}),
    serialize.sync(),
  ];
  const batch = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    batch.set(p, at);
    at += p.length;
  }
  const { messages } = await pglite.execProtocol(batch, { throwOnError: false });
  let parsers: Array<(v: string) => unknown> = [];
  let names: string[] = [];
  const rows: T[] = [];
  let affectedRows = 0;
  for (const m of messages) {
    if (m.name === 'error') throw m;
    if (m.name === 'rowDescription') {
      const fields = (m as InstanceType<typeof protocol.messages.RowDescriptionMessage>).fields;
      names = fields.map((f) => f.name);
      parsers = fields.map((f) => pgTypes.getTypeParser(f.dataTypeID, 'text') as (v: string) => unknown);
    } else if (m.name === 'dataRow') {
      const values = (m as InstanceType<typeof protocol.messages.DataRowMessage>).fields;
      const row: Record<string, unknown> = {};
      for (let i = 0; i < names.length; i++) {
        const v = values[i];
        row[names[i]!] = v === null || v === undefined ? null : parsers[i]!(v);
      }
      rows.push(row as T);
    } else if (m.name === 'commandComplete') {
      const n = Number(/(\d+)$/.exec((m as InstanceType<typeof protocol.messages.CommandCompleteMessage>).text)?.[1] ?? 0);
      affectedRows = Number.isFinite(n) ? n : 0;
    }
  }
  return { rows, affectedRows };
}

class PgliteTxDb implements Db {
  readonly kind = 'pglite' as const;
  #savepoint = 0;
  /** `tx`: the open transaction (statements without parameters go through it). */
  constructor(
    protected readonly pglite: PGlite,
    private readonly tx: PgliteLike,
  ) {}
  async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    // Inside a transaction this code holds PGlite's transaction lock: take the query lock.
    await this.pglite._checkReady();
    return this.pglite._runExclusiveQuery(() => pgliteBatch<T>(this.pglite, sql, params ?? []));
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
  constructor(override readonly pglite: PGlite) {
    super(pglite, pglite);
  }
  override async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    // Outside a transaction: PGlite's transaction lock then its query lock, as its own
    // `query` takes them, so a statement never runs inside another caller's transaction.
    // As PGlite's own `query`: waits until it is ready, and refuses a closed database.
    await this.pglite._checkReady();
    return this.pglite._runExclusiveTransaction(() => this.pglite._runExclusiveQuery(() => pgliteBatch<T>(this.pglite, sql, params ?? [])));
  }
  override async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    // PGlite serialises transactions on its single connection.
    return this.pglite.transaction((tx) => fn(new PgliteTxDb(this.pglite, tx)));
  }
  override async close(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

/* ---------------------------------------------------------------- Postgres */

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

/** How long a new connection to server Postgres may take before the query fails (HF_STORE_UNAVAILABLE). */
export const CONNECT_TIMEOUT_MS = 5_000;

/** Node socket errors and SQLSTATEs that mean "the server is not there" rather than "the query is wrong". */
const UNAVAILABLE_ERRNO = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * Whether an error from `pg` means the database is unreachable: a refused or dropped
 * connection, the connection timeout, SQLSTATE class 08 (connection exception) or 57P01–57P03
 * (the server shutting down or starting).
 */
export function isUnavailable(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_ERRNO.has(code) || code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03')) return true;
  const msg = (e as { message?: unknown }).message;
  return typeof msg === 'string' && /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is closed/i.test(msg);
}

/** Rethrow an unreachable-database error as HF_STORE_UNAVAILABLE (others unchanged). */
function unavailable(e: unknown): never {
  if (isUnavailable(e)) throw new HuifangError('HF_STORE_UNAVAILABLE', `the database is unreachable: ${(e as Error).message}`);
  throw e;
}

/** A Db over a `pg` Pool (server Postgres). */
export class PostgresDb implements Db {
  readonly kind = 'postgres' as const;
  constructor(readonly pool: pg.Pool) {}
  async query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    const r = await this.pool.query(sql, params ? [...params] : undefined).catch(unavailable);
    return { rows: r.rows as T[], affectedRows: r.rowCount ?? 0 };
  }
  async exec(sql: string): Promise<void> {
    await this.pool.query(sql).catch(unavailable);
  }
  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect().catch(unavailable);
    let broken = false;
    // pg-pool listens for errors only on idle clients: a checked-out client whose server goes
    // away between two statements would emit an unhandled 'error' and end the process.
    const onError = (): void => {
      broken = true;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await fn(new PgClientDb(client));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      // A client whose connection broke is discarded, not returned to the pool.
      broken ||= isUnavailable(e);
      return unavailable(e);
    } finally {
      client.removeListener('error', onError);
      client.release(broken);
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
 * PGlite's buffer pool. Postgres's default (128MB) is sized for a server; in the embedded,
 * single-connection store it is zeroed at every start (~0.35 s of `serve`'s start) and the
 * data folder of a callback centre's embedded install is far smaller. Pages not in the pool
 * are read from the data folder through the OS cache.
 */
export const PGLITE_SHARED_BUFFERS = '32MB';

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
      // A server that is down or unreachable fails a query within this bound instead of
      // hanging it (Twilio waits 15 s for a webhook's answer: docs/telephony.md).
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
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
    const pglite = await PGlite.create(dir, { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`] });
    return new PgliteDb(pglite);
  } catch (e) {
    if (e instanceof HuifangError) throw e;
    throw new HuifangError('HF_STORE_OPEN', `cannot open the data folder ${dir}: ${(e as Error).message}`);
  }
}
