/**
 * The store: the database plus the repositories over it, migrated on open.
 *
 * @example
 *   const store = await openStore({ dataDir: 'memory://' });
 *   const tenant = await store.tenants.ensureDefault();
 *   await store.transaction(async (tx) => { await tx.results.addFlag({ … }); });
 *   await store.close();
 */
import type { PGlite } from '@electric-sql/pglite';
import type { Db, OpenDbOptions } from './db.js';
import { openDb, PgliteDb } from './db.js';
import type { RepoContext } from './context.js';
import { defaultNewId, systemClock } from './context.js';
import type { MigrateResult } from './migrate.js';
import { migrate } from './migrate.js';
import { pgBossDb, type PgBossDb } from './queue-db.js';
import { callbacksRepo } from './repos/callbacks.js';
import { contactRepo } from './repos/contact.js';
import { outboxRepo } from './repos/outbox.js';
import { resultsRepo } from './repos/results.js';
import { sessionsRepo } from './repos/sessions.js';
import { tenantsRepo } from './repos/tenants.js';
import { workOrdersRepo } from './repos/work-orders.js';
import { usersRepo } from './repos/users.js';
import { reviewRepo } from './repos/review.js';
import { conferencesRepo } from './repos/conferences.js';
import { chatRepo } from './repos/chat.js';
import { campaignsRepo } from './repos/campaigns.js';
import { reportsRepo } from './repos/reports.js';
import { operationsRepo } from './repos/operations.js';
import { serverKeysRepo } from './repos/server-keys.js';
import { callsRepo } from './repos/calls.js';
import { taskCallsRepo } from './repos/task-calls.js';

/** Every repository, bound to one Db (the store's, or a transaction's). */
export interface Repos {
  tenants: ReturnType<typeof tenantsRepo>;
  workOrders: ReturnType<typeof workOrdersRepo>;
  callbacks: ReturnType<typeof callbacksRepo>;
  sessions: ReturnType<typeof sessionsRepo>;
  results: ReturnType<typeof resultsRepo>;
  contact: ReturnType<typeof contactRepo>;
  outbox: ReturnType<typeof outboxRepo>;
  users: ReturnType<typeof usersRepo>;
  review: ReturnType<typeof reviewRepo>;
  conferences: ReturnType<typeof conferencesRepo>;
  chat: ReturnType<typeof chatRepo>;
  campaigns: ReturnType<typeof campaignsRepo>;
  reports: ReturnType<typeof reportsRepo>;
  operations: ReturnType<typeof operationsRepo>;
  serverKeys: ReturnType<typeof serverKeysRepo>;
  calls: ReturnType<typeof callsRepo>;
  taskCalls: ReturnType<typeof taskCallsRepo>;
}

export interface Store extends Repos {
  readonly db: Db;
  /** Which database: embedded PGlite or server Postgres. */
  readonly backend: 'pglite' | 'postgres';
  /** The PGlite instance in embedded mode, else null. */
  readonly pglite: PGlite | null;
  /** pg-boss's `db` option in embedded mode (its SQL through the store), else null: pg-boss connects to DATABASE_URL itself. */
  readonly queueDb: PgBossDb | null;
  /** A trivial statement: the database answers (the health check). */
  ping(): Promise<void>;
  readonly now: () => Date;
  readonly newId: () => string;
  /** What `openStore` migrated. */
  readonly migrations: MigrateResult;
  /** Run `fn` with repositories bound to one transaction: all or nothing. */
  transaction<T>(fn: (tx: Repos & { db: Db }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenStoreOptions extends OpenDbOptions {
  /** The clock (tests inject one). */
  now?: () => Date;
  /** The id generator (tests inject one). */
  newId?: () => string;
}

/** Bind the repositories to a Db. */
export function createRepos(ctx: RepoContext): Repos {
  return {
    tenants: tenantsRepo(ctx),
    workOrders: workOrdersRepo(ctx),
    callbacks: callbacksRepo(ctx),
    sessions: sessionsRepo(ctx),
    results: resultsRepo(ctx),
    contact: contactRepo(ctx),
    outbox: outboxRepo(ctx),
    users: usersRepo(ctx),
    review: reviewRepo(ctx),
    conferences: conferencesRepo(ctx),
    chat: chatRepo(ctx),
    campaigns: campaignsRepo(ctx),
    reports: reportsRepo(ctx),
    operations: operationsRepo(ctx),
    serverKeys: serverKeysRepo(ctx),
    calls: callsRepo(ctx),
    taskCalls: taskCallsRepo(ctx),
  };
}

/**
 * Open the database (server Postgres when `databaseUrl` is set, else PGlite in `dataDir`,
 * default ./data, created on first use), apply pending migrations and return the store.
 *
 * @throws HuifangError HF_STORE_OPEN, HF_STORE_MIGRATION
 */
export async function openStore(opts: OpenStoreOptions = {}): Promise<Store> {
  const db = await openDb(opts);
  let migrations: MigrateResult;
  try {
    migrations = await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  return storeOver(db, migrations, opts);
}

/** A store over an already open and migrated Db. */
export function storeOver(
  db: Db,
  migrations: MigrateResult = { applied: [], skipped: [] },
  opts: { now?: () => Date; newId?: () => string } = {},
): Store {
  const now = opts.now ?? systemClock;
  const newId = opts.newId ?? defaultNewId;
  return {
    ...createRepos({ db, now, newId }),
    db,
    backend: db.kind,
    pglite: db instanceof PgliteDb ? db.pglite : null,
    queueDb: pgBossDb(db instanceof PgliteDb ? db.pglite : null),
    ping: async () => {
      await db.query('SELECT 1 AS ok');
    },
    now,
    newId,
    migrations,
    transaction: (fn) => db.transaction((tx) => fn({ ...createRepos({ db: tx, now, newId }), db: tx })),
    close: () => db.close(),
  };
}

export type { Db } from './db.js';
export { DEFAULT_TENANT_ID } from './repos/tenants.js';
export type { Tenant, TenantSettings } from './repos/tenants.js';
export type { WorkOrder, WorkOrderInput, Phone } from './repos/work-orders.js';
export type { Callback, CallbackInput, CallbackStatus, Attempt, AttemptInput, AttemptOutcome, Channel } from './repos/callbacks.js';
export type { StoredSession } from './repos/sessions.js';
export type { Answer, AnswerInput, Score, ScoreInput, Escalation, EscalationStatus, Flag } from './repos/results.js';
export type { DncSource, AuditEntry } from './repos/contact.js';
export type { OutboxEvent, OutboxStatus } from './repos/outbox.js';
export type { ChatAddress, ChatThread, ChatThreadStatus, ChatConversationReference, ChatSubscription } from './repos/chat.js';
