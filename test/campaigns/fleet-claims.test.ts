/**
 * Claims for a fleet of workers, on PGlite and on server Postgres (DATABASE_URL_TEST):
 *
 * - two claimers never get the same callback (`claimDue`: FOR UPDATE SKIP LOCKED and a lease);
 *   two workers ticking at once split the due set, each callback enqueued once;
 * - the shared pacing never gives more seconds' places than the limit, however many reserve
 *   at once, and hands out the next free second instead of refusing;
 * - a worker killed between claiming a callback and writing its attempt does not leave it in
 *   progress for ever: `reconcile` releases the claim once its lease has passed, never while an
 *   attempt is open (issue 15 item 7).
 *
 * On server Postgres the two claimers are two stores (two connection pools), so the race is
 * real; PGlite has one connection, where the same code runs interleaved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policyWith } from '../../src/campaigns/policy.js';
import { reconcile, runContact, tick, type CampaignDeps, type Contactor, type ContactJob } from '../../src/campaigns/scheduler.js';
import { openStore, type Store } from '../../src/store/index.js';
import { BACKENDS, openTestStore, TEST_PG_URL, uniq, type TestStore } from '../support/store.js';

const policy = policyWith({ windows: [{ start: '00:00', end: '23:59' }] });

describe.each(BACKENDS)('fleet claims on %s', (backend) => {
  let t: TestStore;
  let other: Store; // a second worker's store (its own pool on server Postgres)
  let now = new Date('2026-11-23T02:00:07Z'); // 10:00 in Asia/Shanghai
  const clock = () => now;
  const tenantId = uniq('fleet');

  beforeAll(async () => {
    t = await openTestStore(backend, { now: clock });
    other = backend === 'postgres' ? await openStore({ databaseUrl: TEST_PG_URL as string, pgOptions: t.pgOptions!, now: clock }) : t.store;
    await t.store.tenants.upsert({ id: tenantId, name: '某公司', timeZone: 'Asia/Shanghai' });
  });
  afterAll(async () => {
    if (other !== t?.store) await other?.close();
    await t?.cleanup();
  });

  /** `n` callbacks due now, each for its own customer. */
  async function dueCallbacks(n: number, tag: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const wo = await t.store.workOrders.upsert({
        tenantId,
        externalId: `${tag}-${i}`,
        kind: 'install',
        finishedAt: new Date(now.getTime() - 3_600_000),
        customer: { name: `客户${i}`, phones: [`+86139${String(10_000_000 + Math.floor(Math.random() * 89_999_999)).slice(-8)}`] },
      });
      const { callback } = await t.store.callbacks.create({
        tenantId, workOrderId: wo.id, dialogId: 'telecom-install', dialogVersion: 1, campaign: tag,
        dueFrom: new Date(now.getTime() - 1_800_000), dueBy: new Date(now.getTime() + 72 * 3_600_000), nextActionAt: new Date(now.getTime() - 1000),
      });
      ids.push(callback.id);
    }
    return ids;
  }

  const deps = (store: Store, extra: Partial<CampaignDeps> = {}): CampaignDeps => ({
    store, now: clock, policyFor: () => policy, dialogVersion: () => 1, pacing: { callsPerSecond: 1000, maxConcurrent: 1000 }, claimLeaseSeconds: 120, ...extra,
  });

  it('two claimers never get the same callback; together they get every due one', async () => {
    const ids = await dueCallbacks(60, uniq('claim'));
    const lease = new Date(now.getTime() + 120_000);
    const got: string[][] = [[], []];
    await Promise.all(
      [t.store, other].map(async (s, k) => {
        for (;;) {
          const batch = await s.campaigns.claimDue(now, { limit: 7, leaseUntil: lease });
          if (!batch.length) break;
          got[k]!.push(...batch.map((c) => c.id));
        }
      }),
    );
    const all = [...got[0]!, ...got[1]!];
    expect(new Set(all).size).toBe(all.length); // no callback twice
    expect(new Set(all)).toEqual(new Set(ids));
    // Claimed: not due again until the lease ends; due again after it (a worker that died with them).
    expect(await t.store.campaigns.claimDue(now, { limit: 100, leaseUntil: lease })).toEqual([]);
    const after = await t.store.campaigns.claimDue(new Date(lease.getTime() + 1), { limit: 100, leaseUntil: new Date(lease.getTime() + 120_000) });
    expect(new Set(after.map((c) => c.id))).toEqual(new Set(ids));
  });

  it('two workers ticking at once split the due set: each callback enqueued once', async () => {
    now = new Date(now.getTime() + 3_600_000);
    const ids = new Set(await dueCallbacks(40, uniq('tick')));
    const jobs: ContactJob[][] = [[], []];
    const results = await Promise.all([t.store, other].map((s, k) => tick(deps(s), { enqueueContact: async (j) => void jobs[k]!.push(j) }, 5000, 5)));
    const mine = [...jobs[0]!, ...jobs[1]!].filter((j) => ids.has(j.callbackId));
    expect(mine).toHaveLength(ids.size);
    expect(new Set(mine.map((j) => j.callbackId)).size).toBe(ids.size);
    expect(results[0]!.looked + results[1]!.looked).toBeGreaterThanOrEqual(ids.size);
  });

  it('the shared pacing never goes above the limit in any second, and hands out the next free second', async () => {
    const at = new Date(Date.UTC(2026, 10, 23, 3, 0, 13, 500)); // not on a minute (the clean-up second)
    const slots = await Promise.all(Array.from({ length: 46 }, (_, i) => (i % 2 ? other : t.store).campaigns.reservePacingSlot(4, at, 30)));
    expect(slots.every((s) => s !== null)).toBe(true);
    const perSecond = new Map<number, number>();
    for (const s of slots) perSecond.set(s!.getTime(), (perSecond.get(s!.getTime()) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(4);
    // 46 calls at 4 a second fill 12 seconds, from the second of `at` on, in order.
    const first = Math.floor(at.getTime() / 1000) * 1000;
    expect([...perSecond.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => first + i * 1000));
    // A horizon that is full: no place (the contact looks again soon instead of waiting long).
    expect(await t.store.campaigns.reservePacingSlot(4, at, 5)).toBeNull();
  });

  it('a worker killed between the claim and the attempt: the claim is released after its lease, never while an attempt is open', async () => {
    now = new Date(now.getTime() + 3_600_000);
    const [dead, busy] = await dueCallbacks(2, uniq('lease'));
    // The "killed" worker: it claims, then never gets as far as writing the attempt.
    const never: Contactor = { contact: () => new Promise(() => undefined) };
    void runContact(deps(t.store, { workerId: 'w-dead' }), never, { callbackId: dead!, channel: 'voice' });
    await expect.poll(async () => (await t.store.callbacks.get(dead!))?.status).toBe('in_progress');
    const { rows } = await t.store.db.query<{ claimed_by: string; claimed_at: Date }>('SELECT claimed_by, claimed_at FROM callbacks WHERE id = $1', [dead]);
    expect(rows[0]).toMatchObject({ claimed_by: 'w-dead' });
    // The other callback is claimed too, and its attempt is open (a call in progress).
    const live: Contactor = {
      async contact(req) {
        const { attempt } = await t.store.callbacks.startAttempt({ callbackId: req.callbackId, channel: 'voice' });
        return { attemptId: attempt.id };
      },
    };
    expect(await runContact(deps(t.store), live, { callbackId: busy!, channel: 'voice' })).toBe('contacted');
    const provider: Contactor = { contact: () => Promise.reject(new Error('no dialling in reconcile')), providerStatus: async () => ({ outcome: null }) };

    // Within the lease nothing is released.
    now = new Date(now.getTime() + 100_000);
    expect((await reconcile(deps(t.store), provider, 30)).released).toBe(0);
    expect((await t.store.callbacks.get(dead!))?.status).toBe('in_progress');

    // After it, the abandoned claim is released and due now; the call in progress is not touched.
    now = new Date(now.getTime() + 60_000);
    expect((await reconcile(deps(t.store), provider, 30)).released).toBe(1);
    const released = await t.store.callbacks.get(dead!);
    expect(released).toMatchObject({ status: 'incomplete', lastDecision: 'released:claim_expired' });
    expect(released!.nextActionAt!.getTime()).toBe(now.getTime());
    expect((await t.store.callbacks.get(busy!))?.status).toBe('in_progress');
    expect((await t.store.callbacks.attempts(dead!))).toEqual([]);

    // And the campaign goes on: the next tick queues it, another worker dials it once.
    const jobs: ContactJob[] = [];
    await tick(deps(other), { enqueueContact: async (j) => void jobs.push(j) });
    expect(jobs.filter((j) => j.callbackId === dead)).toEqual([{ callbackId: dead, channel: 'voice' }]);
    expect(await runContact(deps(other), live, { callbackId: dead!, channel: 'voice' })).toBe('contacted');
    expect(await t.store.callbacks.attempts(dead!)).toHaveLength(1);
    expect((await reconcile(deps(t.store), provider, 30)).released).toBe(0);
  });
});
