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

/** A settable clock. */
export function fakeClock(start = '2025-01-15T02:00:00Z'): { now: () => Date; set: (iso: string) => void; advance: (ms: number) => void } {
  let t = new Date(start).getTime();
  return {
    now: () => new Date(t),
    set: (iso) => {
      t = new Date(iso).getTime();
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

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

/** A tenant, a work order with a customer and phone, and a callback for it. */
export async function seedCallback(store: Store, o: { tenantId?: string; phone?: string; campaign?: string } = {}) {
  const tenantId = o.tenantId ?? uniq('t');
  if (!(await store.tenants.get(tenantId))) await store.tenants.upsert({ id: tenantId, name: 'Test Co' });
  const wo = await store.workOrders.upsert({
    tenantId,
    externalId: uniq('WO'),
    kind: 'repair',
    finishedAt: '2025-01-14T08:00:00Z',
    customer: { name: '张三', phones: [o.phone ?? '13812345678'] },
    engineer: '李工',
    team: 'A',
  });
  const { callback } = await store.callbacks.create({
    tenantId,
    workOrderId: wo.id,
    dialogId: 'repair-csat',
    dialogVersion: 1,
    campaign: o.campaign ?? 'repair-2025-01',
  });
  return { tenantId, workOrder: wo, callback };
}
