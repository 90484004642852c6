/**
 * Test backends: every contract test runs on PGlite, and on server Postgres when
 * DATABASE_URL_TEST (CI) or DATABASE_URL is set. Each server-Postgres store lives in its
 * own fresh schema (search_path set through the pool's `options`), dropped afterwards, so
 * parallel test files never collide.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Store } from '../../src/store/index.js';
import { openStore } from '../../src/store/index.js';

export const TEST_PG_URL = process.env.DATABASE_URL_TEST ?? process.env.DATABASE_URL;

export type BackendName = 'pglite' | 'postgres';
export const BACKENDS: BackendName[] = TEST_PG_URL ? ['pglite', 'postgres'] : ['pglite'];


export interface TestStore {
  store: Store;
  /** For server Postgres: the schema and the options to open more stores on it. */
  pgOptions?: string;
  cleanup: () => Promise<void>;
}

/** Open a fresh, migrated store on a backend. */
export async function openTestStore(backend: BackendName, opts: { now?: () => Date } = {}): Promise<TestStore> {
  if (backend === 'pglite') {
    const store = await openStore({ dataDir: 'memory://', ...(opts.now ? { now: opts.now } : {}) });
    return { store, cleanup: () => store.close() };
  }
  const url = TEST_PG_URL as string;
  const schema = `hf_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const pgOptions = `-c search_path=${schema}`;
  const store = await openStore({ databaseUrl: url, pgOptions, ...(opts.now ? { now: opts.now } : {}) });
  return {
    store,
    pgOptions,
    cleanup: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

let seq = 0;
/** A unique suffix for ids within one test file. */
export const uniq = (p: string): string => `${p}-${process.pid}-${++seq}`;

