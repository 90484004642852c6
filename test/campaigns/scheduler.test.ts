/**
 * The scheduler on a real store (PGlite) and the real queue (pg-boss): callbacks planned from
 * work orders, due contacts enqueued, two workers racing for one callback dial once, a
 * crashed attempt is reconciled with the provider instead of dialled again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTACT_QUEUE, openQueue, type Queue } from '../../src/campaigns/queue.js';
import { planNewOrders, reconcile, runContact, tick, type CampaignDeps, type Contactor, type ContactJob } from '../../src/campaigns/scheduler.js';
import { policyWith } from '../../src/campaigns/policy.js';
import { openStore, type Store } from '../../src/store/index.js';

let store: Store;
let now = new Date('2026-11-23T02:00:00Z'); // 10:00 in Asia/Shanghai
const policy = policyWith({});
let deps: CampaignDeps;

beforeAll(async () => {
  store = await openStore({ dataDir: 'memory://', now: () => now });
  deps = { store, now: () => now, policyFor: () => policy, dialogVersion: () => 1, pacing: { callsPerSecond: 100, maxConcurrent: 100 } };
  await store.tenants.upsert({ id: 't1', name: 'T1', timeZone: 'Asia/Shanghai' });
  for (const [i, fin] of ['2026-11-23T01:00:00Z', '2026-11-23T01:10:00Z', '2026-11-23T05:00:00Z'].entries()) {
    await store.workOrders.upsert({ tenantId: 't1', externalId: `wo${i}`, kind: 'install', finishedAt: fin, customer: { name: `客户${i}`, phones: [`+8613800138${String(i).padStart(3, '0')}`] } });
  }
  // The same person again, under another customer record: one callback covers both (004 第五十条).
  await store.workOrders.upsert({ tenantId: 't1', externalId: 'wo-again', kind: 'repair', finishedAt: '2026-11-23T01:20:00Z', customer: { name: '客户0', phones: ['+8613800138000'] } });
});
afterAll(async () => {
  await store.close();
});

function recordingContactor(): Contactor & { calls: ContactJob[] } {
  const calls: ContactJob[] = [];
  return {
    calls,
    async contact(req) {
      calls.push(req);
      const { attempt } = await store.callbacks.startAttempt({ callbackId: req.callbackId, channel: req.channel === 'chat' ? 'sms' : req.channel });
      return { attemptId: attempt.id };
    },
    async providerStatus() {
      return { outcome: 'no-answer' };
    },
  };
}

describe('scheduler', () => {
  it('plans one callback per customer and orders, merging a person’s two orders', async () => {
    const r = await planNewOrders(deps, 't1');
    expect(r.created).toBe(3);
    const { rows } = await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM callback_work_orders');
    expect(rows[0]!.n).toBe(4);
    expect((await planNewOrders(deps, 't1')).created).toBe(0);
  });

  it('enqueues what is due, schedules the rest, and two racing workers dial once', async () => {
    const jobs: ContactJob[] = [];
    const r = await tick(deps, { enqueueContact: async (j) => void jobs.push(j) });
    // The third callback is not due until the afternoon: the tick does not even look at it.
    expect(r).toMatchObject({ looked: 2, enqueued: 2, scheduled: 0 });
    const contactor = recordingContactor();
    const outcomes = await Promise.all([...jobs, ...jobs].map((j) => runContact(deps, contactor, j)));
    expect(outcomes.filter((o) => o === 'contacted')).toHaveLength(2);
    expect(contactor.calls).toHaveLength(2);
    expect(new Set(contactor.calls.map((c) => c.callbackId)).size).toBe(2);
  });

  it('after a crash, open attempts are settled with the provider, not dialled again', async () => {
    now = new Date(now.getTime() + 40 * 60_000);
    const contactor = recordingContactor();
    // One attempt reached the provider (it has a CallSid); the other crashed before dialling.
    const { rows: open } = await store.db.query<{ id: string }>('SELECT id FROM attempts WHERE outcome IS NULL ORDER BY id');
    expect(open).toHaveLength(2);
    await store.db.query("UPDATE attempts SET provider_id = 'CA0001' WHERE id = $1", [open[0]!.id]);
    const r = await reconcile(deps, contactor, 30);
    expect(r.settled).toBe(2);
    expect(contactor.calls).toHaveLength(0);
    const { rows } = await store.db.query<{ provider_id: string | null; outcome: string }>('SELECT provider_id, outcome FROM attempts ORDER BY provider_id NULLS LAST');
    expect(rows.map((x) => x.outcome)).toEqual(['no-answer', 'failed']);
  });

  it('runs through the real queue (pg-boss on PGlite)', async () => {
    const queue: Queue = await openQueue(store);
    try {
      now = new Date(now.getTime() + 220 * 60_000); // 14:00 local, after the lunch break
      const r = await tick(deps, queue);
      expect(r.enqueued).toBeGreaterThan(0);
      const fetched = await queue.boss.fetch<ContactJob>(CONTACT_QUEUE, { batchSize: 10 });
      expect(fetched.length).toBe(r.enqueued);
      const contactor = recordingContactor();
      for (const j of fetched) expect(await runContact(deps, contactor, j.data)).toBe('contacted');
    } finally {
      await queue.stop();
    }
  });

  it('after the calls, a customer with a chat conversation is reached in chat, not by SMS (the ladder, 004 第五十二条)', async () => {
    now = new Date('2026-11-24T02:00:00Z');
    await store.tenants.upsert({ id: 't2', name: 'T2', timeZone: 'Asia/Shanghai' });
    const wo = await store.workOrders.upsert({ tenantId: 't2', externalId: 'chat-1', kind: 'install', finishedAt: '2026-11-24T00:00:00Z', customer: { name: '钱先生', phones: ['+8613800138999'] } });
    expect((await planNewOrders(deps, 't2')).created).toBe(1);
    const { rows } = await store.db.query<{ id: string }>('SELECT id FROM callbacks WHERE work_order_id = $1', [wo.id]);
    const callbackId = rows[0]!.id;
    for (const h of [0, 2, 4]) {
      const { attempt } = await store.callbacks.startAttempt({ callbackId, channel: 'voice' });
      await store.db.query("UPDATE attempts SET started_at = $2, ended_at = $2, outcome = 'no-answer' WHERE id = $1", [attempt.id, new Date(now.getTime() - (6 - h) * 3_600_000)]);
    }
    await store.db.query(
      `INSERT INTO chat_addresses (id, tenant_id, customer_id, channel_id, conversation_id, service_url, reference, created_at, updated_at)
       VALUES ('ca1', 't2', $1, 'msteams', 'conv-1', 'https://smba.example', '{}'::jsonb, now(), now())`,
      [wo.customerId],
    );
    await store.db.query("UPDATE callbacks SET status = 'incomplete', next_action_at = $2 WHERE id = $1", [callbackId, now]);
    const jobs: ContactJob[] = [];
    await tick(deps, { enqueueContact: async (j) => void jobs.push(j) });
    expect(jobs.filter((j) => j.callbackId === callbackId)).toEqual([{ callbackId, channel: 'chat' }]);
  });
});
