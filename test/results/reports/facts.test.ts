/**
 * The report fact tables (migration 060_report_facts.sql): the triggers keep them equal to
 * their source views (the per-callback expressions, computed from the base tables) through
 * every kind of write, and a report read from the tables equals the same report computed live.
 * Runs on PGlite always and on server Postgres when DATABASE_URL_TEST is set.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordTurn } from '../../../src/results/record.js';
import { buildReport } from '../../../src/results/reports/query.js';
import type { ReportOptions } from '../../../src/results/reports/query.js';
import type { Report } from '../../../src/results/reports/types.js';
import { updateTask } from '../../../src/results/tasks.js';
import { REACHED_STATUSES } from '../../../src/domain/callbacks.js';
import { DISSATISFIED_REASONS, REASON_DETAIL_REASONS, REASON_STEP } from '../../../src/domain/results.js';
import { openDb } from '../../../src/store/db.js';
import type { Db } from '../../../src/store/db.js';
import { storeOver } from '../../../src/store/index.js';
import type { Store } from '../../../src/store/index.js';
import { loadMigrations, migrate, MIGRATIONS_DIR } from '../../../src/store/migrate.js';
import { BACKENDS, openTestStore, TEST_PG_URL } from '../../support/store.js';
import { fakeClock } from '../../support/clock.js';
import type { GoldenSet } from './golden.js';
import { randomMonth, seedGolden } from './golden.js';

const NOW = new Date('2025-06-01T00:00:00Z');

/** Rows of a view missing from its table, and rows of the table the view does not have. */
async function factDiff(db: Db): Promise<{ relation: string; side: string; id: string }[]> {
  const { rows } = await db.query<{ relation: string; side: string; id: string }>(
    `SELECT 'callbacks' AS relation, 'missing' AS side, callback_id AS id
       FROM (SELECT * FROM report_callback_facts_source EXCEPT SELECT * FROM report_callback_facts) x
     UNION ALL SELECT 'callbacks', 'extra', callback_id
       FROM (SELECT * FROM report_callback_facts EXCEPT SELECT * FROM report_callback_facts_source) x
     UNION ALL SELECT 'orders', 'missing', work_order_id
       FROM (SELECT * FROM report_order_facts_source EXCEPT SELECT * FROM report_order_facts) x
     UNION ALL SELECT 'orders', 'extra', work_order_id
       FROM (SELECT * FROM report_order_facts EXCEPT SELECT * FROM report_order_facts_source) x
     ORDER BY 1, 2, 3`,
  );
  return rows;
}

const comparable = (r: Report): Report => ({ ...r, generatedAt: '' });

/** The reports of the golden month, read from the fact tables and computed live. */
async function bothWays(store: Store): Promise<{ tables: Report[]; live: Report[] }> {
  const cases: Omit<ReportOptions, 'now'>[] = [
    { period: 'month', date: '2025-03-15', tenantId: 'sh' },
    { period: 'month', date: '2025-03-15', tenantId: 'sh', by: 'engineer' },
    { period: 'month', date: '2025-03-15', by: 'district' },
    { period: 'month', date: '2025-04-15', tenantId: 'sh', by: 'kind' },
    { period: 'week', date: '2025-03-12', tenantId: 'la', by: 'team' },
    { period: 'month', date: '2025-03-15', tenantId: 'sh', campaign: 'sampling' },
  ];
  const tables: Report[] = [];
  const live: Report[] = [];
  for (const c of cases) {
    tables.push(comparable(await buildReport(store, { ...c, now: NOW })));
    live.push(comparable(await buildReport(store, { ...c, now: NOW, source: 'live' })));
  }
  return { tables, live };
}

async function factRow(db: Db, callbackId: string): Promise<Record<string, unknown> | null> {
  const { rows } = await db.query('SELECT * FROM report_callback_facts WHERE callback_id = $1', [callbackId]);
  return rows[0] ?? null;
}

async function orderRow(db: Db, workOrderId: string): Promise<Record<string, unknown> | null> {
  const { rows } = await db.query('SELECT * FROM report_order_facts WHERE work_order_id = $1', [workOrderId]);
  return rows[0] ?? null;
}

/** The n-th callback (by id) of the golden set matching `where` (a fixed SQL condition on alias c). */
async function pick(db: Db, where: string, n = 0): Promise<{ id: string; work_order_id: string }> {
  const { rows } = await db.query<{ id: string; work_order_id: string }>(
    `SELECT c.id, c.work_order_id FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id WHERE ${where} ORDER BY c.id LIMIT 1 OFFSET $1`,
    [n],
  );
  if (!rows[0]) throw new Error(`no callback where ${where}`);
  return rows[0];
}

describe('migration 060', () => {
  const sql = readFileSync(`${MIGRATIONS_DIR}/060_report_facts.sql`, 'utf8');

  it('uses the reason-step pattern of the export (REASON_STEP) everywhere it matches a step', () => {
    const patterns = [...sql.matchAll(/~\*\s*'([^']*)'/g)].map((m) => m[1]);
    expect(patterns.length).toBe(5); // the view, and the answers triggers (insert, update old/new, delete)
    for (const p of patterns) expect(p).toBe(REASON_STEP.source);
  });

  // The facts' SQL cannot import src/domain; it repeats its lists, and this keeps them in step.
  const view = readFileSync(`${MIGRATIONS_DIR}/080_report_on_time.sql`, 'utf8');
  const list = (xs: readonly string[]) => `(${xs.map((x) => `'${x}'`).join(', ')})`;
  it("repeats the domain's definitions: reached, dissatisfied, the reason's escalations, the reason step", () => {
    for (const text of [sql, view]) {
      expect(text).toContain(`c.status IN ${list(REACHED_STATUSES)}`);
      expect(text).toContain(`e.reason IN ${list(DISSATISFIED_REASONS)}`);
      expect(text).toContain(`e.reason IN ${list(REASON_DETAIL_REASONS)}`);
      expect(text).toContain(`a.step_id ~* '${REASON_STEP.source}'`);
    }
  });
});

describe.each(BACKENDS)('migration 060 on a database with data (%s)', (backend) => {
  it('backfills the facts of the rows already there', async () => {
    let db: Db;
    let drop = async (): Promise<void> => undefined;
    if (backend === 'pglite') {
      db = await openDb({ dataDir: 'memory://' });
    } else {
      const schema = `hf_test_facts_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: TEST_PG_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      db = await openDb({ databaseUrl: TEST_PG_URL, pgOptions: `-c search_path=${schema}` });
      drop = async () => {
        const c = new pg.Client({ connectionString: TEST_PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA ${schema} CASCADE`);
        await c.end();
      };
    }
    try {
      // The rows are written by today's store code, which also writes the attempt columns of
      // 120 (provider, failure_reason) and the task columns of 130 (merged_into, no_task_reason):
      // those migrations are in place (they depend on 001 only), 060 and the rest are not.
      await migrate(db, loadMigrations().filter((m) => m.version < '060' || m.version === '120' || m.version === '130'));
      const clock = fakeClock();
      const store = storeOver(db, undefined, { now: clock.now });
      const tenant = { id: 'old', tz: 'Asia/Shanghai' };
      await seedGolden(store, clock, { tenants: [tenant], orders: randomMonth(tenant, '2025-03', 40, 3) });
      const { applied } = await migrate(db);
      expect(applied).toContain('060_report_facts');
      const { rows } = await db.query<{ facts: number; finished: number }>(
        `SELECT (SELECT count(*)::int FROM report_callback_facts) AS facts,
                (SELECT count(*)::int FROM callbacks WHERE completed_at IS NOT NULL) AS finished`,
      );
      expect(rows[0]?.facts).toBe(rows[0]?.finished);
      expect(rows[0]?.facts).toBeGreaterThan(20);
      expect(await factDiff(db)).toEqual([]);
    } finally {
      await db.close();
      await drop();
    }
  });
});

describe.each(BACKENDS)('report facts on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let pgOptions: string | undefined;
  const clock = fakeClock();
  const tenants = [
    { id: 'sh', tz: 'Asia/Shanghai' },
    { id: 'la', tz: 'America/Los_Angeles' },
  ];
  const set: GoldenSet = { tenants, orders: [...randomMonth(tenants[0]!, '2025-03', 80, 21), ...randomMonth(tenants[1]!, '2025-03', 30, 5)] };

  beforeAll(async () => {
    const t = await openTestStore(backend, { now: clock.now });
    store = t.store;
    pgOptions = t.pgOptions;
    cleanup = t.cleanup;
    await seedGolden(store, clock, set);
    clock.set('2025-04-20T02:00:00Z');
  });
  afterAll(async () => {
    await cleanup();
  });

  it('has the same columns in each table and its view (so that EXCEPT compares like with like)', async () => {
    const cols = async (rel: string): Promise<string[]> =>
      (
        await store.db.query<{ c: string }>(
          `SELECT a.attname AS c FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum`,
          [rel],
        )
      ).rows.map((r) => r.c);
    expect(await cols('report_callback_facts')).toEqual(await cols('report_callback_facts_source'));
    expect(await cols('report_order_facts')).toEqual(await cols('report_order_facts_source'));
  });

  it('keeps the facts equal to their views while the data is written through the repositories', async () => {
    expect(await factDiff(store.db)).toEqual([]);
    const { rows } = await store.db.query<{ facts: number; finished: number; orders: number }>(
      `SELECT (SELECT count(*)::int FROM report_callback_facts) AS facts,
              (SELECT count(*)::int FROM callbacks WHERE completed_at IS NOT NULL) AS finished,
              (SELECT count(*)::int FROM report_order_facts) AS orders`,
    );
    expect(rows[0]?.facts).toBe(rows[0]?.finished);
    expect(rows[0]?.facts).toBeGreaterThan(50);
    expect(rows[0]?.orders).toBeGreaterThan(50);
    const { tables, live } = await bothWays(store);
    expect(tables).toEqual(live);
  });

  it('a changed status changes the fact and the order answered in time', async () => {
    const cb = await pick(store.db, `c.status = 'completed' AND c.campaign NOT LIKE 'sampling%' AND c.campaign NOT LIKE 're-survey%'
      AND c.completed_at <= c.due_by`);
    expect(await orderRow(store.db, cb.work_order_id)).toMatchObject({ called: true, in_time: true });
    // Behind the lifecycle's back (a final status does not move): the triggers must follow any write.
    await store.db.query(`UPDATE callbacks SET status = 'failed', outcome = 'incomplete' WHERE id = $1`, [cb.id]);
    expect(await factRow(store.db, cb.id)).toMatchObject({ status: 'failed', reached: true }); // its attempt was answered
    expect(await orderRow(store.db, cb.work_order_id)).toMatchObject({ called: true, in_time: false });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('a late escalation makes a satisfied callback dissatisfied, with its detail as the reason', async () => {
    const cb = await pick(store.db, `c.status = 'completed' AND EXISTS (SELECT 1 FROM scores s WHERE s.callback_id = c.id AND s.level = 'satisfied')
      AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.callback_id = c.id)`);
    expect(await factRow(store.db, cb.id)).toMatchObject({ dissatisfied: false, reason_detail: null });
    await store.results.addEscalation({ callbackId: cb.id, reason: 'dissatisfied', detail: '后来又打电话说师傅迟到了', dueAt: null });
    expect(await factRow(store.db, cb.id)).toMatchObject({ dissatisfied: true, reason_detail: '后来又打电话说师傅迟到了' });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('resolving the task creates a re-survey; its answer counts once it is finished', async () => {
    const { rows } = await store.db.query<{ id: string }>(
      `SELECT e.id FROM escalations e JOIN callbacks c ON c.id = e.callback_id
       WHERE e.status = 'open' AND c.campaign NOT LIKE 're-survey%'
         AND NOT EXISTS (SELECT 1 FROM callbacks r WHERE r.work_order_id = c.work_order_id AND r.campaign = 're-survey')
       ORDER BY e.id LIMIT 1`,
    );
    const escalationId = rows[0]?.id as string;
    const { reSurveyCallbackId } = await updateTask(store, escalationId, { status: 'resolved', resolution: '已上门处理' });
    const resurvey = reSurveyCallbackId as string;
    expect(await factRow(store.db, resurvey)).toBeNull();
    await store.results.addScore({ callbackId: resurvey, stepId: 'overall', scale: 'csat3', raw: 'very_satisfied', level: 'very_satisfied' });
    expect(await factRow(store.db, resurvey)).toBeNull(); // not finished yet
    await store.callbacks.transition(resurvey, 'completed', { outcome: 'completed', completedAt: '2025-03-28T03:00:00Z' });
    expect(await factRow(store.db, resurvey)).toMatchObject({ campaign: 're-survey', level: 'very_satisfied', reached: true });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('a second overall score and a later reason answer change the fact', async () => {
    const cb = await pick(store.db, `c.status = 'completed' AND EXISTS (SELECT 1 FROM scores s WHERE s.callback_id = c.id AND s.level IN ('very_satisfied', 'satisfied'))
      AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.callback_id = c.id)`, 1);
    await store.results.addScore({ callbackId: cb.id, stepId: 'overall', scale: '0-10', raw: '3', level: 'dissatisfied', at: '2025-04-20T02:00:00Z' });
    expect(await factRow(store.db, cb.id)).toMatchObject({ level: 'dissatisfied', scale: '0-10', raw: '3', dissatisfied: true, reason_answer: null });
    await store.results.addAnswer({ callbackId: cb.id, stepId: 'low_score.reason', raw: '装完垃圾没打扫', via: 'speech', value: null, at: '2025-04-20T02:01:00Z' });
    expect(await factRow(store.db, cb.id)).toMatchObject({ reason_answer: '装完垃圾没打扫' });
    // an answer to another step is not read (and calls no trigger function)
    await store.results.addAnswer({ callbackId: cb.id, stepId: 'comment', raw: '没别的', via: 'speech', value: null, at: '2025-04-20T02:02:00Z' });
    expect(await factRow(store.db, cb.id)).toMatchObject({ reason_answer: '装完垃圾没打扫' });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('a work order sent again with another engineer and finish time moves its facts', async () => {
    const cb = await pick(store.db, `c.status = 'completed' AND c.tenant_id = 'sh' AND w.kind = 'repair'`, 2);
    const inTime = (await orderRow(store.db, cb.work_order_id))?.in_time;
    const { rows } = await store.db.query<{ external_id: string }>('SELECT external_id FROM work_orders WHERE id = $1', [cb.work_order_id]);
    await store.workOrders.upsert({
      tenantId: 'sh',
      externalId: rows[0]?.external_id as string,
      kind: 'heating-repair',
      finishedAt: '2025-02-20T01:00:00Z',
      district: '南城',
      heatStation: '九站',
      team: 'C',
      engineer: '赵工',
    });
    expect(await factRow(store.db, cb.id)).toMatchObject({ engineer: '赵工', team: 'C', district: '南城', heat_station: '九站', kind: 'heating-repair' });
    // "In time" is by the deadline the policy planned for the callback, which a corrected order does not move.
    expect(await orderRow(store.db, cb.work_order_id)).toMatchObject({ engineer: '赵工', kind: 'heating-repair', in_time: inTime });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('an attempt answered later makes a failed callback reached', async () => {
    const cb = await pick(store.db, `c.status = 'failed' AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = c.id AND a.answered_at IS NOT NULL)`);
    expect(await factRow(store.db, cb.id)).toMatchObject({ reached: false });
    const { rows } = await store.db.query<{ id: string }>('SELECT id FROM attempts WHERE callback_id = $1 ORDER BY id LIMIT 1', [cb.id]);
    await store.callbacks.updateAttempt(rows[0]?.id as string, { answeredAt: '2025-03-20T02:00:00Z', outcome: 'hung_up' });
    expect(await factRow(store.db, cb.id)).toMatchObject({ reached: true, attempted: true });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('a callback taken back to unfinished leaves the facts, and its order is no longer called', async () => {
    const cb = await pick(store.db, `c.status = 'completed' AND c.campaign NOT LIKE 'sampling%' AND c.campaign NOT LIKE 're-survey%'
      AND (SELECT count(*) FROM callback_work_orders cw WHERE cw.work_order_id = c.work_order_id) = 1`, 3);
    expect(await orderRow(store.db, cb.work_order_id)).toMatchObject({ called: true });
    await store.db.query(`UPDATE callbacks SET status = 'incomplete', outcome = 'hung_up', completed_at = NULL WHERE id = $1`, [cb.id]);
    expect(await factRow(store.db, cb.id)).toBeNull();
    expect(await orderRow(store.db, cb.work_order_id)).toMatchObject({ called: false, in_time: false });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('an order covered by a finished callback counts as called; unlinking and deleting take it back', async () => {
    const { rows } = await store.db.query<{ id: string }>(
      `SELECT w.id FROM work_orders w WHERE w.tenant_id = 'sh' AND w.finished_at IS NOT NULL AND w.kind NOT LIKE 'sampling%'
         AND NOT EXISTS (SELECT 1 FROM callback_work_orders cw WHERE cw.work_order_id = w.id) ORDER BY w.id LIMIT 1`,
    );
    const lone = rows[0]?.id as string;
    expect(await orderRow(store.db, lone)).toMatchObject({ called: false });
    const cb = await pick(store.db, `c.status = 'completed' AND c.tenant_id = 'sh' AND c.campaign NOT LIKE 'sampling%' AND c.campaign NOT LIKE 're-survey%'`, 4);
    await store.db.query('INSERT INTO callback_work_orders (callback_id, work_order_id) VALUES ($1, $2)', [cb.id, lone]);
    expect(await orderRow(store.db, lone)).toMatchObject({ called: true });
    expect(await factDiff(store.db)).toEqual([]);
    await store.db.query('DELETE FROM callback_work_orders WHERE callback_id = $1 AND work_order_id = $2', [cb.id, lone]);
    expect(await orderRow(store.db, lone)).toMatchObject({ called: false });
    await store.db.query('DELETE FROM work_orders WHERE id = $1', [lone]);
    expect(await orderRow(store.db, lone)).toBeNull();
    // a finished callback deleted (its rows cascade) leaves no fact behind
    await store.db.query('DELETE FROM callbacks WHERE id = $1', [cb.id]);
    expect(await factRow(store.db, cb.id)).toBeNull();
    expect(await orderRow(store.db, cb.work_order_id)).toMatchObject({ called: false });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('an escalation re-classified as a complaint, and one deleted, change the fact', async () => {
    const cb = await pick(store.db, `c.status = 'completed' AND NOT EXISTS (SELECT 1 FROM escalations e WHERE e.callback_id = c.id)`, 5);
    const esc = await store.results.addEscalation({ callbackId: cb.id, reason: 'human', detail: '要人工', dueAt: null });
    expect(await factRow(store.db, cb.id)).toMatchObject({ complaint: false });
    await store.db.query(`UPDATE escalations SET reason = 'complaint' WHERE id = $1`, [esc.id]);
    expect(await factRow(store.db, cb.id)).toMatchObject({ complaint: true });
    await store.db.query('DELETE FROM escalations WHERE id = $1', [esc.id]);
    expect(await factRow(store.db, cb.id)).toMatchObject({ complaint: false });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('after all of that, every report read from the facts equals the report computed live', async () => {
    expect(await factDiff(store.db)).toEqual([]);
    const { tables, live } = await bothWays(store);
    expect(tables).toEqual(live);
    expect(tables[0]?.callbacks.finished).toBeGreaterThan(0);
  });

  it('a turn of a call in progress writes no fact; the last turn writes it', async () => {
    const wo = await store.workOrders.upsert({ tenantId: 'sh', externalId: 'turns-1', kind: 'repair', finishedAt: '2025-04-19T08:00:00Z', engineer: '李工' });
    // Planned as the policy plans a repair: due by 72 hours after the finish.
    const { callback } = await store.callbacks.create({ tenantId: 'sh', workOrderId: wo.id, dialogId: 'golden', dialogVersion: 1, campaign: 'repair-turns', dueBy: '2025-04-22T08:00:00Z' });
    const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'simulator', startedAt: '2025-04-20T02:00:00Z' });
    await store.callbacks.updateAttempt(attempt.id, { answeredAt: '2025-04-20T02:00:05Z' });
    await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: 'ev-turn-1', expectedVersion: 0, session: { turn: 1 },
      effects: [
        { type: 'record_answer', stepId: 'overall', raw: '不满意', via: 'speech', value: 'dissatisfied', confidence: 0.9 },
        { type: 'set_score', stepId: 'overall', scale: 'csat3', raw: 'dissatisfied', level: 'dissatisfied' },
      ],
    });
    await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: 'ev-turn-2', expectedVersion: 1, session: { turn: 2 },
      effects: [{ type: 'record_answer', stepId: 'reason', raw: '师傅态度很差', via: 'speech', value: null, confidence: 0.9 }],
    });
    expect(await factRow(store.db, callback.id)).toBeNull();
    expect(await orderRow(store.db, wo.id)).toMatchObject({ called: false });
    await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: 'ev-turn-3', expectedVersion: 2, session: { turn: 3 },
      effects: [
        { type: 'escalate', reason: 'dissatisfied', stepId: 'reason', detail: '师傅态度很差' },
        { type: 'end', outcome: 'escalated', stepId: 'bye' },
      ],
    });
    expect(await factRow(store.db, callback.id)).toMatchObject({
      status: 'escalated', level: 'dissatisfied', dissatisfied: true, reached: true, reason_answer: '师傅态度很差', engineer: '李工',
    });
    expect(await orderRow(store.db, wo.id)).toMatchObject({ called: true, in_time: true });
    expect(await factDiff(store.db)).toEqual([]);
    // "In time" is by the callback's own deadline: an earlier one (written behind the policy's
    // back) makes the same finish late.
    await store.db.query(`UPDATE callbacks SET due_by = '2025-04-20T01:00:00Z' WHERE id = $1`, [callback.id]);
    expect(await factRow(store.db, callback.id)).toMatchObject({ due_by: new Date('2025-04-20T01:00:00Z') });
    expect(await orderRow(store.db, wo.id)).toMatchObject({ called: true, in_time: false });
    expect(await factDiff(store.db)).toEqual([]);
  });

  it('notices a wrong fact row, and report_rebuild_facts() repairs it', async () => {
    const cb = await pick(store.db, `c.status = 'completed' AND c.tenant_id = 'sh' AND c.completed_at >= '2025-03-02' AND c.completed_at < '2025-03-30'
      AND EXISTS (SELECT 1 FROM scores s WHERE s.callback_id = c.id)`);
    // written behind the triggers' back
    await store.db.query(`UPDATE report_callback_facts SET level = NULL, raw = NULL, scale = NULL WHERE callback_id = $1`, [cb.id]);
    expect(await factDiff(store.db)).toEqual([
      { relation: 'callbacks', side: 'extra', id: cb.id },
      { relation: 'callbacks', side: 'missing', id: cb.id },
    ]);
    const wrong = await bothWays(store);
    expect(wrong.tables).not.toEqual(wrong.live);
    await store.db.query('SELECT report_rebuild_facts()');
    expect(await factDiff(store.db)).toEqual([]);
    const { tables, live } = await bothWays(store);
    expect(tables).toEqual(live);
  });

  it.runIf(backend === 'postgres')('serialises a score and the callback finishing in two concurrent transactions', async () => {
    const wo = await store.workOrders.upsert({ tenantId: 'sh', externalId: 'race-1', kind: 'repair', finishedAt: '2025-04-19T08:00:00Z' });
    const { callback } = await store.callbacks.create({ tenantId: 'sh', workOrderId: wo.id, dialogId: 'golden', dialogVersion: 1, campaign: 'repair-race' });
    const open = async (): Promise<pg.Client> => {
      const c = new pg.Client({ connectionString: TEST_PG_URL, ...(pgOptions ? { options: pgOptions } : {}) });
      await c.connect();
      return c;
    };
    const a = await open();
    const b = await open();
    try {
      const bPid = (await b.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid;
      await a.query('BEGIN');
      await a.query(`INSERT INTO scores (callback_id, step_id, scale, raw, level) VALUES ($1, 'overall', 'csat3', 'satisfied', 'satisfied')`, [callback.id]);
      // b finishes the callback while a's score is not committed yet
      let settled = false;
      const finishing = b
        .query(`UPDATE callbacks SET status = 'completed', outcome = 'completed', completed_at = '2025-04-20T02:00:00Z' WHERE id = $1`, [callback.id])
        .finally(() => {
          settled = true;
        });
      // wait until b either finished (no lock) or waits for a's lock
      for (let i = 0; i < 250 && !settled; i++) {
        const { rows } = await store.db.query<{ waiting: boolean }>(
          `SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = $1 AND NOT granted) AS waiting`,
          [bPid],
        );
        if (rows[0]?.waiting) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await a.query('COMMIT');
      await finishing;
      expect(await factRow(store.db, callback.id)).toMatchObject({ level: 'satisfied', status: 'completed' });
      expect(await factDiff(store.db)).toEqual([]);
    } finally {
      await a.end();
      await b.end();
    }
  });
});
