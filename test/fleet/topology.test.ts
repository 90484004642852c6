/**
 * Issue 16, "Done when": the real topology as separate processes on server Postgres — the
 * standalone simulator, `serve`, and two `worker`s — with a tenant created by `huifang tenant
 * create` and 40 work orders imported by `huifang import`. One worker is killed with
 * `kill -9` in the middle of the campaign (after both have claimed callbacks). Every callback
 * settles: 0 lost (every order has its callback, every callback was called and nothing is
 * left in progress), 0 duplicate dials (the simulator's count, and no two overlapping calls of
 * one callback in the database), and `huifang status --json` shows nothing stuck. The logs of
 * every process hold no full phone number.
 *
 * Slow (real processes, about a minute); skipped with the reason only when no server Postgres
 * answers (DATABASE_URL_TEST, else 127.0.0.1:5432).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PG_URL, postgresReachable, Topology, unmaskedPhones, until, type HfProcess, type SimulatorProcess, workOrdersCsv } from '../support/processes.js';

const reachable = await postgresReachable();
if (!reachable) console.warn(`test/fleet/topology.test.ts skipped: no server Postgres at ${ADMIN_PG_URL.replace(/\/\/[^@]*@/, '//')} (set DATABASE_URL_TEST)`);

const ORDERS = 40;
const TENANT = 'topo-telecom';

describe.skipIf(!reachable)('the fleet as separate processes on server Postgres (issue 16, done when)', () => {
  let t: Topology;
  let sim: SimulatorProcess;
  let workers: HfProcess[];

  beforeAll(async () => {
    // CALL_TIME_LIMIT_SEC: a call a killed worker left open without a provider id is reconciled after it (and a minute).
    t = await Topology.create({ prefix: 'topology', env: { CALL_TIME_LIMIT_SEC: '60' } });
    sim = await t.simulator({ seed: 16, answerRate: 1, speed: 10 });
    await t.serve();
  });
  afterAll(async () => {
    await t?.stop();
  });

  it('a tenant by command, 40 orders imported, a worker killed with kill -9 mid-campaign: all settle, 0 lost, 0 duplicate dials, 0 stuck', async () => {
    const created = t.cli(['tenant', 'create', TENANT, '--name', '中国电信拓扑测试分公司', '--tz', 'Asia/Shanghai', '--calling-hours', '00:00-23:59']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    writeFileSync(join(t.dir, 'orders.csv'), workOrdersCsv(ORDERS, 'TOPO'));
    const imported = t.cli(['import', 'orders.csv', '--tenant', TENANT]);
    expect(imported.code, imported.stderr).toBe(0);

    workers = [await t.worker({ tick: 1, args: ['--claim-lease', '10'] }), await t.worker({ tick: 1, args: ['--claim-lease', '10'] })];

    // Mid-campaign: both workers have claimed callbacks for calls, and calls are under way.
    const idOf = (w: HfProcess) => `:${w.pid}:`;
    await until(
      'both workers to have claimed callbacks',
      () => t.sql<{ by: string }>('SELECT DISTINCT claimed_by AS by FROM callbacks WHERE claimed_by IS NOT NULL'),
      (rows) => workers.every((w) => rows.some((r) => r.by.includes(idOf(w)))),
    );
    // A claim comes before its dial: wait for the simulator to have taken a call too (on a loaded
    // machine the first dial can land a moment after both claims; CI failed once on that race).
    const before = await until('the simulator to have taken a call', () => sim.stats(), (s) => s.calls > 0, 60_000, 100);
    expect(before.calls).toBeGreaterThan(0);
    const [victim, survivor] = workers as [HfProcess, HfProcess];
    victim.kill('SIGKILL');
    expect(await victim.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(before.calls).toBeLessThan(ORDERS); // killed before the campaign was over

    // Every callback settles: called at least once, none pending or in progress, no call open.
    const settled = await until(
      'every callback to settle',
      () =>
        t.sql<{ callbacks: number; unsettled: number; uncalled: number; open: number }>(
          `SELECT count(*)::int AS callbacks,
                  count(*) FILTER (WHERE c.status IN ('pending', 'in_progress'))::int AS unsettled,
                  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = c.id))::int AS uncalled,
                  (SELECT count(*)::int FROM attempts WHERE outcome IS NULL) AS open
             FROM callbacks c WHERE c.tenant_id = $1`,
          [TENANT],
        ),
      (r) => r[0]!.callbacks === ORDERS && r[0]!.unsettled === 0 && r[0]!.uncalled === 0 && r[0]!.open === 0,
      240_000,
      500,
    );
    expect(settled[0]).toEqual({ callbacks: ORDERS, unsettled: 0, uncalled: 0, open: 0 });
    expect(survivor.running).toBe(true);

    // 0 lost: every imported order is covered by a callback.
    const [cover] = await t.sql<{ orders: number; covered: number }>(
      `SELECT count(*)::int AS orders, count(*) FILTER (WHERE EXISTS (SELECT 1 FROM callback_work_orders cw WHERE cw.work_order_id = w.id))::int AS covered
         FROM work_orders w WHERE w.tenant_id = $1`,
      [TENANT],
    );
    expect(cover).toEqual({ orders: ORDERS, covered: ORDERS });

    // 0 duplicate dials: the simulator's count (a call to a number that already had a live call),
    // and no two overlapping calls of one callback in the database.
    const stats = await until('the simulator to have no live call', () => sim.stats(), (s) => s.live === 0, 60_000);
    expect(stats.duplicateDials).toBe(0);
    // A callback whose attempt the killed worker opened but whose dial never got a CallSid back
    // may not have reached the simulator: reconcile closes that attempt as failed and the policy
    // plans the retry after the usual gap (the request may have been placed before the kill, so
    // no quicker second call). Such a callback is incomplete with its retry planned, never lost;
    // every other callback was dialled (CI once saw 39 calls of 40 this way).
    const undialled = await t.sql<{ status: string; planned: boolean }>(
      `SELECT c.status, c.next_action_at IS NOT NULL AS planned FROM callbacks c
        WHERE c.tenant_id = $1 AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = c.id AND a.provider_id IS NOT NULL)`,
      [TENANT],
    );
    for (const u of undialled) expect(u).toEqual({ status: 'incomplete', planned: true });
    expect(undialled.length).toBeLessThanOrEqual(4); // at most the victim's batch of jobs in flight (batchSize 4)
    expect(stats.calls).toBeGreaterThanOrEqual(ORDERS - undialled.length);
    const [overlap] = await t.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM attempts a JOIN attempts b ON a.callback_id = b.callback_id AND a.id <> b.id
        WHERE a.channel = 'voice' AND b.channel = 'voice' AND (a.started_at, a.id) < (b.started_at, b.id)
          AND b.started_at < coalesce(a.ended_at, 'infinity'::timestamptz)`,
    );
    expect(overlap!.n).toBe(0);

    // huifang status: nothing stuck, nothing in progress; the killed worker is late, the other ticks.
    const status = t.status(TENANT);
    expect(status.stuck).toBe(0);
    expect(status.callbacks.in_progress).toBe(0);
    expect(status.callbacks.pending).toBe(0);
    expect(Object.values(status.callbacks).reduce((a, b) => a + b, 0)).toBe(ORDERS);

    // Privacy: no process logged a full phone number.
    expect(unmaskedPhones(t.logs())).toEqual([]);
  }, 420_000);
});
