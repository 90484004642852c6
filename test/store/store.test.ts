import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HuifangError } from '../../src/shared/errors.js';
import { loadMigrations, migrate } from '../../src/store/migrate.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';
import { BACKENDS, TEST_PG_URL, openTestStore, uniq } from '../support/store.js';
import { seedCallback } from '../support/seed.js';
import type { TestStore } from '../support/store.js';

const codeOf = async (p: Promise<unknown>): Promise<string | undefined> => {
  try {
    await p;
    return undefined;
  } catch (e) {
    return e instanceof HuifangError ? e.code : `not coded: ${(e as Error).message}`;
  }
};

describe.each(BACKENDS)('store on %s', (backend) => {
  let t: TestStore;
  let store: Store;
  beforeAll(async () => {
    t = await openTestStore(backend);
    store = t.store;
  });
  afterAll(async () => t?.cleanup());

  describe('migrations', () => {
    it('applied on open, idempotent on a second run', async () => {
      expect(store.migrations.applied).toEqual(loadMigrations().map((m) => `${m.version}_${m.name}`));
      const again = await migrate(store.db);
      expect(again.applied).toEqual([]);
      expect(again.skipped.length).toBe(loadMigrations().length);
      const { rows } = await store.db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
      expect(rows[0]?.n).toBe(loadMigrations().length);
    });

    it('refuses an applied migration whose file changed', async () => {
      const changed = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'x' } : m));
      expect(await codeOf(migrate(store.db, changed))).toBe('HF_STORE_MIGRATION');
    });

    it('a failing migration leaves nothing behind', async () => {
      const bad = [...loadMigrations(), { version: '999', name: 'bad', sql: 'CREATE TABLE zz_ok (x int); SELECT nonsense FROM nowhere;', checksum: 'c' }];
      expect(await codeOf(migrate(store.db, bad))).toBe('HF_STORE_MIGRATION');
      const { rows } = await store.db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'zz_ok'`);
      expect(rows).toEqual([]);
      const v = await store.db.query(`SELECT 1 FROM schema_migrations WHERE version = '999'`);
      expect(v.rows).toEqual([]);
    });

    it.runIf(backend === 'postgres')('several processes migrating at once apply each migration once', async () => {
      const others = await Promise.all([0, 1, 2].map(() => openStore({ databaseUrl: TEST_PG_URL, pgOptions: t.pgOptions })));
      try {
        const runs = await Promise.all(others.map((s) => migrate(s.db)));
        expect(runs.every((r) => r.applied.length === 0)).toBe(true);
      } finally {
        await Promise.all(others.map((s) => s.close()));
      }
    });
  });

  describe('work orders and phones', () => {
    it('stores E.164 and the masked form; upsert by external id', async () => {
      const tenantId = uniq('t');
      await store.tenants.upsert({ id: tenantId, name: 'X' });
      const wo = await store.workOrders.upsert({ tenantId, externalId: 'W1', kind: 'install', customer: { name: 'A', phones: ['138-1234-5678', '010 6123 4567'] } });
      const phones = await store.workOrders.phones(wo.customerId as string);
      expect(phones.map((p) => [p.e164, p.masked, p.isPrimary])).toEqual([
        ['+8613812345678', '138****5678', true],
        ['+861061234567', '106****4567', false],
      ]);
      const again = await store.workOrders.upsert({ tenantId, externalId: 'W1', kind: 'move', customer: { name: 'A', phones: ['13812345678'] } });
      expect(again.id).toBe(wo.id);
      expect(again.kind).toBe('move');
    });

    it('a bad phone number writes nothing', async () => {
      const tenantId = uniq('t');
      await store.tenants.upsert({ id: tenantId, name: 'X' });
      expect(await codeOf(store.workOrders.upsert({ tenantId, externalId: 'W2', kind: 'repair', customer: { phones: ['12'] } }))).toBe('HF_PHONE_INVALID');
      expect(await store.workOrders.getByExternalId(tenantId, 'W2')).toBeNull();
    });

    it('an unknown tenant is a coded not-found and writes nothing', async () => {
      expect(await codeOf(store.workOrders.upsert({ tenantId: 'nope', externalId: 'W3', kind: 'repair', customer: { phones: ['13900000000'] } }))).toBe(
        'HF_STORE_NOT_FOUND',
      );
      const { rows } = await store.db.query(`SELECT 1 FROM customers WHERE tenant_id = 'nope'`);
      expect(rows).toEqual([]);
    });
  });

  describe('callbacks', () => {
    it('one per work order per campaign, covering other orders', async () => {
      const { tenantId, workOrder, callback } = await seedCallback(store);
      const other = await store.workOrders.upsert({ tenantId, externalId: uniq('WO'), kind: 'install' });
      const again = await store.callbacks.create({ tenantId, workOrderId: workOrder.id, dialogId: 'd', dialogVersion: 1, campaign: callback.campaign });
      expect(again).toMatchObject({ created: false, callback: { id: callback.id } });
      const second = await store.callbacks.create({ tenantId, workOrderId: workOrder.id, dialogId: 'd', dialogVersion: 1, campaign: 'c2', alsoCovers: [other.id] });
      expect(await store.callbacks.coveredWorkOrders(second.callback.id)).toEqual([workOrder.id, other.id]);
    });

    it('covering an unknown work order writes nothing', async () => {
      const { tenantId, workOrder } = await seedCallback(store);
      expect(
        await codeOf(store.callbacks.create({ tenantId, workOrderId: workOrder.id, dialogId: 'd', dialogVersion: 1, campaign: 'c3', alsoCovers: ['missing'] })),
      ).toBe('HF_STORE_NOT_FOUND');
      const { rows } = await store.db.query(`SELECT 1 FROM callbacks WHERE work_order_id = $1 AND campaign = 'c3'`, [workOrder.id]);
      expect(rows).toEqual([]);
    });

    it('an unknown status is refused', async () => {
      const { callback } = await seedCallback(store);
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a bad value on purpose
      expect(await codeOf(store.callbacks.transition(callback.id, 'done' as any))).toBe('HF_STORE_INVALID');
    });
  });

  describe('attempts and answers are idempotent by provider event id', () => {
    it('the same CallSid twice is one attempt', async () => {
      const { callback } = await seedCallback(store);
      const sid = uniq('CA');
      const a = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', providerId: sid });
      const b = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice', providerId: sid });
      expect(a.duplicate).toBe(false);
      expect(b).toMatchObject({ duplicate: true, attempt: { id: a.attempt.id } });
      expect(await store.callbacks.attempts(callback.id)).toHaveLength(1);
      expect((await store.callbacks.require(callback.id)).attempts).toBe(1);
      expect((await store.callbacks.require(callback.id)).status).toBe('in_progress');
    });

    it('the same answer event twice is one row', async () => {
      const { callback } = await seedCallback(store);
      const ev = uniq('EV');
      const input = { callbackId: callback.id, stepId: 'satisfaction', raw: '满意', via: 'speech' as const, value: 'satisfied', confidence: 0.9, providerEventId: ev };
      const a = await store.results.addAnswer(input);
      const b = await store.results.addAnswer(input);
      expect(a.duplicate).toBe(false);
      expect(b.duplicate).toBe(true);
      expect(b.answer.id).toBe(a.answer.id);
      expect(await store.results.answers(callback.id)).toHaveLength(1);
    });
  });

  describe('webhook reads and conditional writes', () => {
    it('turnContext reads the attempt, its callback and the session in one statement, field for field as the single reads give them', async () => {
      const { callback } = await seedCallback(store);
      const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice' });
      expect(await store.callbacks.turnContext(attempt.id)).toEqual({
        attempt: await store.callbacks.getAttempt(attempt.id),
        callback: await store.callbacks.get(callback.id),
        session: null,
        tenant: { timeZone: 'Asia/Shanghai', levelRules: null },
      });
      await store.sessions.save(callback.id, { state: 'identity', turn: 1 }, 0);
      expect(await store.callbacks.turnContext(attempt.id)).toMatchObject({ session: { session: { state: 'identity', turn: 1 }, version: 1 } });
      expect(await store.callbacks.attemptWithCallback(attempt.id)).toEqual({ attempt: await store.callbacks.getAttempt(attempt.id), callback: await store.callbacks.get(callback.id) });
      expect(await store.callbacks.turnContext('no-such-attempt')).toBeNull();
      expect(await store.callbacks.attemptWithCallback('no-such-attempt')).toBeNull();
    });

    it('fillProviderId, endAttempt and releaseIfInProgress change only what is still open', async () => {
      const { callback } = await seedCallback(store);
      const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice' });
      await store.callbacks.fillProviderId(attempt.id, 'CA1');
      await store.callbacks.fillProviderId(attempt.id, 'CA2');
      expect((await store.callbacks.getAttempt(attempt.id))?.providerId).toBe('CA1');
      await store.callbacks.endAttempt(attempt.id, new Date('2025-01-15T03:00:00Z'));
      await store.callbacks.endAttempt(attempt.id, new Date('2025-01-15T04:00:00Z'));
      expect(await store.callbacks.getAttempt(attempt.id)).toMatchObject({ endedAt: new Date('2025-01-15T03:00:00Z'), outcome: 'no-answer' });
      const answered = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice' });
      await store.callbacks.updateAttempt(answered.attempt.id, { answeredAt: new Date('2025-01-15T05:00:00Z') });
      await store.callbacks.endAttempt(answered.attempt.id, new Date('2025-01-15T05:01:00Z'));
      expect((await store.callbacks.getAttempt(answered.attempt.id))?.outcome).toBe('hung_up');
      expect((await store.callbacks.require(callback.id)).status).toBe('in_progress');
      await store.callbacks.releaseIfInProgress(callback.id);
      expect((await store.callbacks.require(callback.id)).status).toBe('incomplete');
      await store.callbacks.transition(callback.id, 'completed');
      await store.callbacks.releaseIfInProgress(callback.id);
      expect((await store.callbacks.require(callback.id)).status).toBe('completed');
    });
  });

  describe('values go and come back the same way on both backends', () => {
    it('text with quotes and backslashes, arrays, dates, json, int8, numeric, booleans and null', async () => {
      const at = new Date('2026-01-02T03:04:05.678Z');
      const arr = ['p', 'q"r', null, 'a\\b', '', '{x,y}'];
      const { rows, affectedRows } = await store.db.query<Record<string, unknown>>(
        `SELECT $1::text AS t, $2::text[] AS arr, $3::timestamptz AS at, $4::jsonb AS j, $5::int8 AS big, $6::numeric AS num,
                $7::boolean AS yes, $8::text AS nothing, cardinality($2::text[]) AS n`,
        ['x"\\y\'z', arr, at, JSON.stringify({ k: [1, 'é'] }), 9_007_199_254_740_000, '1.50', true, null],
      );
      expect(rows).toEqual([{ t: 'x"\\y\'z', arr, at, j: { k: [1, 'é'] }, big: 9_007_199_254_740_000, num: '1.50', yes: true, nothing: null, n: 6 }]);
      expect(affectedRows).toBe(1);
    });

    it('a statement error keeps its Postgres code, and the next statement runs', async () => {
      const { callback } = await seedCallback(store);
      await expect(store.db.query('INSERT INTO callbacks (id) VALUES ($1)', [callback.id])).rejects.toMatchObject({ code: '23502' });
      expect((await store.db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    });
  });

  describe('sessions: optimistic concurrency', () => {
    it('saves with versions and refuses a stale version', async () => {
      const { callback } = await seedCallback(store);
      expect(await store.sessions.save(callback.id, { step: 'a' }, 0)).toBe(1);
      expect(await store.sessions.save(callback.id, { step: 'b' }, 1)).toBe(2);
      expect(await codeOf(store.sessions.save(callback.id, { step: 'c' }, 1))).toBe('HF_STORE_CONFLICT');
      expect(await codeOf(store.sessions.save(callback.id, { step: 'c' }, 0))).toBe('HF_STORE_CONFLICT');
      expect(await store.sessions.get(callback.id)).toMatchObject({ version: 2, session: { step: 'b' } });
    });

    it('two concurrent writers cannot both win', async () => {
      const { callback } = await seedCallback(store);
      await store.sessions.save(callback.id, { n: 0 }, 0);
      for (const expected of [1, 2, 3]) {
        const results = await Promise.allSettled(
          ['x', 'y', 'z'].map((w) => store.transaction(async (tx) => tx.sessions.save(callback.id, { w }, expected))),
        );
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.map((r) => (r.reason as HuifangError).code)).toEqual(['HF_STORE_CONFLICT', 'HF_STORE_CONFLICT']);
      }
      expect((await store.sessions.get(callback.id))?.version).toBe(4);
    });

    it('two concurrent first saves: one wins', async () => {
      const { callback } = await seedCallback(store);
      const results = await Promise.allSettled([1, 2].map((w) => store.sessions.save(callback.id, { w }, 0)));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    });
  });

  describe('transactions', () => {
    it('a rejected input leaves nothing half-written', async () => {
      const { callback } = await seedCallback(store);
      const err = await codeOf(
        store.transaction(async (tx) => {
          await tx.results.addFlag({ callbackId: callback.id, reason: 'low_confidence', stepId: 's' });
          await tx.results.addScore({ callbackId: callback.id, stepId: 's', scale: '0-10', raw: 5, level: 'bogus' as 'neutral' });
        }),
      );
      expect(err).toBe('HF_STORE_INVALID');
      expect(await store.results.flags(callback.id)).toEqual([]);
      expect(await store.results.scores(callback.id)).toEqual([]);
    });

    it('nested transactions roll back to their savepoint', async () => {
      const { callback } = await seedCallback(store);
      await store.transaction(async (tx) => {
        await tx.results.addFlag({ callbackId: callback.id, reason: 'kept' });
        await tx.db
          .transaction(async (inner) => {
            await inner.query(`INSERT INTO flags (callback_id, reason, created_at) VALUES ($1, 'dropped', now())`, [callback.id]);
            throw new Error('inner');
          })
          .catch(() => undefined);
      });
      expect((await store.results.flags(callback.id)).map((f) => f.reason)).toEqual(['kept']);
    });
  });

  describe('do not contact', () => {
    it('one row per phone and tenant, global rows included', async () => {
      const tenantId = uniq('t');
      await store.tenants.upsert({ id: tenantId, name: 'X' });
      const phone = '+8613700000001';
      expect(await store.contact.addDoNotContact({ phone, tenantId, source: 'voice' })).toBe(true);
      expect(await store.contact.addDoNotContact({ phone: '137 0000 0001', tenantId, source: 'sms' })).toBe(false);
      expect(await store.contact.addDoNotContact({ phone, tenantId: null, source: 'provider_21610' })).toBe(true);
      expect(await store.contact.addDoNotContact({ phone, tenantId: null, source: 'manual' })).toBe(false);
      expect(await store.contact.isDoNotContact('13700000001', 'someone-else')).toBe(true);
      await store.contact.removeDoNotContact(phone, null);
      expect(await store.contact.isDoNotContact(phone, 'someone-else')).toBe(false);
      expect(await store.contact.isDoNotContact(phone, tenantId)).toBe(true);
    });
  });

  describe('tenants and audit', () => {
    it('validates settings and merges updates', async () => {
      const id = uniq('t');
      await store.tenants.upsert({ id, name: 'X', settings: { callingHours: { start: '09:00', end: '21:00' } } });
      const t = await store.tenants.updateSettings(id, { levelRules: { '0-10': { very_satisfied: 9, satisfied: 7, neutral: null } } });
      expect(t.settings).toMatchObject({ callingHours: { start: '09:00' }, levelRules: { '0-10': { satisfied: 7 } } });
      expect(await codeOf(store.tenants.updateSettings(id, { levelRules: { '0-10': { very_satisfied: 5, satisfied: 7 } } }))).toBe('HF_STORE_INVALID');
      expect(await codeOf(store.tenants.upsert({ id, name: 'X', settings: { writeback: { url: 'ftp://x', secret: 'nope' } } }))).toBe('HF_STORE_INVALID');
    });

    it('logs access', async () => {
      const subject = uniq('callback');
      await store.contact.audit({ actor: 'sup1', action: 'reveal_phone', subject });
      expect((await store.contact.auditFor(subject)).map((a) => a.action)).toEqual(['reveal_phone']);
    });
  });
});
