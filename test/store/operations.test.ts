/**
 * What `huifang status` reads: callbacks by status (every status, zeros too), due, in
 * progress and stuck; workers' heartbeats; the pg-boss queue's depth; write-back waiting.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openQueue } from '../../src/campaigns/queue.js';
import { campaignStatus, formatStatus } from '../../src/campaigns/status.js';
import { CALLBACK_STATUSES } from '../../src/store/repos/callbacks.js';
import { BACKENDS, openTestStore, TEST_PG_URL, uniq, type TestStore } from '../support/store.js';
import { fakeClock } from '../support/clock.js';
import { seedCallback } from '../support/seed.js';

describe.each(BACKENDS)('operations on %s', (backend) => {
  const clock = fakeClock('2026-11-23T02:00:00Z');
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(backend, { now: clock.now });
  }, 120_000);
  afterAll(async () => {
    await t.cleanup();
  });

  it('counts every status, what is due, in progress, open and stuck', async () => {
    const tenantId = uniq('ops');
    const empty = await t.store.operations.callbackCounts({ now: clock.now(), callTimeLimitSec: 600, tenantId });
    expect(Object.keys(empty.byStatus)).toEqual([...CALLBACK_STATUSES]);
    expect(Object.values(empty.byStatus).every((n) => n === 0)).toBe(true);

    const cb = async () => (await seedCallback(t.store, { tenantId, phone: `+86138${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` })).callback;
    // Never looked at: due.
    const fresh = await cb();
    // In progress, an attempt open (a call): not stuck however long.
    const calling = await cb();
    await t.store.callbacks.startAttempt({ callbackId: calling.id, channel: 'voice' });
    // In progress, claimed 20 minutes ago, no attempt: stuck (a worker died before dialling).
    const claimed = await cb();
    await t.store.callbacks.transition(claimed.id, 'in_progress');
    // In progress, its attempt ended 2 minutes ago: not stuck yet.
    const settling = await cb();
    const { attempt } = await t.store.callbacks.startAttempt({ callbackId: settling.id, channel: 'voice' });
    // Finished.
    const done = await cb();
    await t.store.callbacks.transition(done.id, 'completed', { outcome: 'completed', completedAt: clock.now() });
    clock.advance(18 * 60_000);
    await t.store.callbacks.updateAttempt(attempt.id, { endedAt: clock.now(), outcome: 'answered' });
    clock.advance(2 * 60_000);

    const c = await t.store.operations.callbackCounts({ now: clock.now(), callTimeLimitSec: 600, tenantId });
    expect(c.byStatus).toMatchObject({ pending: 1, in_progress: 3, completed: 1, failed: 0 });
    expect(c.withOpenAttempt).toBe(1);
    expect(c.stuck).toBe(1);
    // Due: the fresh one (never looked at); the others are in progress or finished.
    expect(c.dueNow).toBe(1);
    // With a longer call limit, nothing is stuck yet.
    expect((await t.store.operations.callbackCounts({ now: clock.now(), callTimeLimitSec: 3600, tenantId })).stuck).toBe(0);
    // Another tenant's view is empty.
    expect((await t.store.operations.callbackCounts({ now: clock.now(), callTimeLimitSec: 600, tenantId: uniq('nobody') })).byStatus.in_progress).toBe(0);
    expect(fresh.status).toBe('pending');

    const s = await campaignStatus(t.store, { now: clock.now(), tenantId, callTimeLimitSec: 600, queueSchema: 'hf_no_queue_here' });
    expect(s).toMatchObject({ tenant: tenantId, stuck: 1, inProgress: 3, openAttempts: 1, queue: null, store: backend === 'pglite' ? 'pglite' : 'postgres' });
    expect(Object.keys(s.callbacks)).toContain('completed');
    expect(formatStatus(s)).toMatch(/stuck\s+1/);
  });

  it('workers’ heartbeats: start, ticks, a clean stop, late ones, forgotten after a week', async () => {
    const startedAt = clock.now();
    const a = { workerId: uniq('host:1'), host: 'host', pid: 1, version: '0.1.0', tickSeconds: 30, startedAt };
    const b = { ...a, workerId: uniq('host:2'), pid: 2 };
    await t.store.operations.beat(a);
    await t.store.operations.beat(b);
    clock.advance(30_000);
    await t.store.operations.beat({ ...a, lastTickMs: 120, lastError: null });
    await t.store.operations.stopped(b.workerId);
    clock.advance(5 * 60_000);
    const s = await campaignStatus(t.store, { now: clock.now(), callTimeLimitSec: 600 });
    const wa = s.workers.find((w) => w.id === a.workerId)!;
    const wb = s.workers.find((w) => w.id === b.workerId)!;
    expect(wa).toMatchObject({ lastTickMs: 120, secondsSinceTick: 300, late: true, stopped: false, tickSeconds: 30 });
    expect(wb).toMatchObject({ stopped: true, late: false });
    // A beat after a stop (a restarted id) runs again.
    await t.store.operations.beat(b);
    expect((await t.store.operations.workers()).find((w) => w.workerId === b.workerId)?.stoppedAt).toBeNull();
    clock.advance(8 * 86_400_000);
    expect(await t.store.operations.pruneWorkers()).toBeGreaterThanOrEqual(2);
    expect((await t.store.operations.workers(30)).filter((w) => [a.workerId, b.workerId].includes(w.workerId))).toEqual([]);
  });

  it('write-back waiting, per tenant', async () => {
    const tenantId = uniq('wb');
    await t.store.tenants.upsert({ id: tenantId, name: 'WB' });
    await t.store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: { n: 1 } });
    await t.store.outbox.enqueue({ tenantId, eventType: 'callback.completed', payload: { n: 2 } });
    expect(await t.store.operations.outboxPending(tenantId)).toBe(2);
    expect(await t.store.operations.outboxPending(uniq('none'))).toBe(0);
  });

  it('the contact queue’s depth, or null before any worker created it', async () => {
    const schema = `hf_q_${randomBytes(4).toString('hex')}`;
    expect(await t.store.operations.queueDepth('contact-once', schema)).toBeNull();
    expect(await t.store.operations.queueDepth('contact-once', 'bad-name; drop')).toBeNull();
    const queue = await openQueue(t.store, backend === 'postgres' ? TEST_PG_URL : undefined, backend === 'postgres' ? schema : undefined);
    try {
      await queue.enqueueContact({ callbackId: 'a', channel: 'voice' });
      await queue.enqueueContact({ callbackId: 'b', channel: 'voice' });
      expect(await t.store.operations.queueDepth('contact-once', backend === 'postgres' ? schema : 'pgboss')).toEqual({ queued: 2, active: 0 });
    } finally {
      await queue.stop();
      if (backend === 'postgres') {
        const c = new pg.Client({ connectionString: TEST_PG_URL });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      }
    }
  });
});
