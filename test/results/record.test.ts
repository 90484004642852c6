import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Effect } from '../../src/engine/types.js';
import { recordTurn } from '../../src/results/record.js';
import type { CallbackEvent } from '../../src/results/writeback.js';
import { HuifangError } from '../../src/shared/errors.js';
import type { Store } from '../../src/store/index.js';
import { BACKENDS, openTestStore, uniq } from '../support/store.js';
import { fakeClock } from '../support/clock.js';
import { seedCallback } from '../support/seed.js';
import type { TestStore } from '../support/store.js';

const answer = (stepId: string, raw: string, value: unknown): Effect => ({ type: 'record_answer', stepId, raw, via: 'speech', value, confidence: 0.92 });

describe.each(BACKENDS)('recordTurn on %s', (backend) => {
  const clock = fakeClock('2025-01-15T02:00:00Z');
  let t: TestStore;
  let store: Store;
  beforeAll(async () => {
    t = await openTestStore(backend, { now: clock.now });
    store = t.store;
  });
  afterAll(async () => t?.cleanup());

  async function started() {
    const seeded = await seedCallback(store, { tenantId: uniq('t') });
    const phones = await store.workOrders.phones(seeded.workOrder.customerId as string);
    const { attempt } = await store.callbacks.startAttempt({ callbackId: seeded.callback.id, channel: 'voice', providerId: uniq('CA'), phoneId: phones[0]?.id ?? null });
    return { ...seeded, attempt };
  }

  it('a dissatisfied call: answers, score, escalation, flag and one callback.escalated event, all in one turn', async () => {
    const { callback, attempt, workOrder } = await started();
    const r1 = await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: uniq('ev'), expectedVersion: 0, session: { at: 'score' },
      effects: [answer('score', '五分', 5), { type: 'set_score', stepId: 'score', scale: '0-10', raw: 5, level: 'dissatisfied' }, { type: 'prompt', text: '…', bargeIn: true, stepId: 'reason' }],
    });
    expect(r1).toMatchObject({ duplicate: false, version: 1, events: [] });
    const r2 = await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: uniq('ev'), expectedVersion: 1, session: { at: 'end' },
      escalationDueAt: '2025-01-16T02:00:00Z',
      effects: [
        answer('reason', '师傅迟到了两个小时', '师傅迟到了两个小时'),
        { type: 'flag', reason: 'low_confidence', stepId: 'reason' },
        { type: 'escalate', reason: 'low_score', stepId: 'reason', detail: 'score 5' },
        { type: 'end', outcome: 'escalated', stepId: 'bye' },
      ],
    });
    expect(r2).toMatchObject({ duplicate: false, version: 2, status: 'escalated' });
    expect(r2.events).toHaveLength(1);
    const cb = await store.callbacks.require(callback.id);
    expect(cb).toMatchObject({ status: 'escalated', outcome: 'escalated' });
    expect(cb.completedAt?.toISOString()).toBe('2025-01-15T02:00:00.000Z');
    const [esc] = await store.results.escalations(callback.id);
    expect(esc).toMatchObject({ reason: 'low_score', status: 'open', detail: 'score 5' });
    expect(esc?.dueAt?.toISOString()).toBe('2025-01-16T02:00:00.000Z');
    const ev = await store.outbox.get(r2.events[0] as string);
    expect(ev?.eventType).toBe('callback.escalated');
    const data = (ev?.payload as CallbackEvent).data;
    expect(data).toMatchObject({
      callbackId: callback.id, workOrderId: workOrder.externalId, workOrderIds: [workOrder.externalId], channel: 'voice',
      outcome: 'escalated', level: 'dissatisfied', score: { scale: '0-10', raw: '5', level: 'dissatisfied' },
      dissatisfied: true, reason: '师傅迟到了两个小时', escalation: { reason: 'low_score', status: 'open' }, flags: ['low_confidence'],
    });
    expect(data.answers.map((a) => a.stepId)).toEqual(['score', 'reason']);
    expect(JSON.stringify(ev?.payload)).not.toContain('13812345678');
  });

  it("stores a score's level as the turn computed it (once, with the tenant's rules: test/conversation/drift.test.ts)", async () => {
    const { callback, attempt, tenantId } = await started();
    await store.tenants.updateSettings(tenantId, { levelRules: { '0-10': { very_satisfied: 8, satisfied: 6, neutral: null } } });
    await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, expectedVersion: 0, session: {},
      effects: [{ type: 'set_score', stepId: 'score', scale: '0-10', raw: 8, level: 'very_satisfied' }],
    });
    expect((await store.results.scores(callback.id))[0]?.level).toBe('very_satisfied');
  });

  it('a replayed provider event is recognised and changes nothing', async () => {
    const { callback, attempt } = await started();
    const ev = uniq('ev');
    const turn = { callbackId: callback.id, attemptId: attempt.id, providerEventId: ev, expectedVersion: 0, session: { n: 1 }, effects: [answer('ok', '是', true)] };
    expect((await recordTurn(store, turn)).duplicate).toBe(false);
    expect(await recordTurn(store, turn)).toMatchObject({ duplicate: true, version: null });
    expect(await store.results.answers(callback.id)).toHaveLength(1);
    expect((await store.sessions.get(callback.id))?.version).toBe(1);
  });

  it('a stale session version rolls the whole turn back', async () => {
    const { callback, attempt } = await started();
    await recordTurn(store, { callbackId: callback.id, attemptId: attempt.id, expectedVersion: 0, session: {}, effects: [] });
    const err = await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: uniq('ev'), expectedVersion: 0, session: {},
      effects: [answer('q', 'x', 'x'), { type: 'end', outcome: 'completed', stepId: 'bye' }],
    }).catch((e: unknown) => e);
    expect((err as HuifangError).code).toBe('HF_STORE_CONFLICT');
    expect(await store.results.answers(callback.id)).toEqual([]);
    expect((await store.callbacks.require(callback.id)).status).toBe('in_progress');
    expect(await store.outbox.list({ tenantId: callback.tenantId })).toEqual([]);
  });

  it('a bad effect mid-turn leaves nothing half-written', async () => {
    const { callback, attempt } = await started();
    const err = await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, providerEventId: uniq('ev'), expectedVersion: 0, session: { s: 1 },
      effects: [answer('q', 'x', 'x'), { type: 'record_answer', stepId: 'q2', raw: 'y', via: 'telepathy' as 'text', value: 'y', confidence: 1 }],
    }).catch((e: unknown) => e);
    expect((err as HuifangError).code).toBe('HF_STORE_INVALID');
    expect(await store.results.answers(callback.id)).toEqual([]);
    expect(await store.sessions.get(callback.id)).toBeNull();
    const { rows } = await store.db.query('SELECT 1 FROM processed_events WHERE callback_id = $1', [callback.id]);
    expect(rows).toEqual([]);
  });

  it('opt-out: do-not-contact for the dialled number, callback.completed with outcome opted_out', async () => {
    const { callback, attempt, tenantId } = await started();
    const r = await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, expectedVersion: 0, session: {},
      effects: [{ type: 'opt_out', stepId: 'q' }, { type: 'end', outcome: 'opted_out', stepId: 'bye' }],
    });
    expect(r.status).toBe('opted_out');
    expect(await store.contact.isDoNotContact('13812345678', tenantId)).toBe(true);
    const ev = await store.outbox.get(r.events[0] as string);
    expect(ev?.eventType).toBe('callback.completed');
    expect((ev?.payload as CallbackEvent).data.outcome).toBe('opted_out');
  });

  it('rescheduled stays open with callback_at and sends nothing', async () => {
    const { callback, attempt } = await started();
    const r = await recordTurn(store, {
      callbackId: callback.id, attemptId: attempt.id, expectedVersion: 0, session: {},
      effects: [{ type: 'reschedule', at: '2025-01-15T15:00:00+08:00', stepId: 'q' }, { type: 'end', outcome: 'rescheduled', stepId: 'bye' }],
    });
    expect(r).toMatchObject({ status: 'rescheduled', events: [] });
    const cb = await store.callbacks.require(callback.id);
    expect(cb.callbackAt?.toISOString()).toBe('2025-01-15T07:00:00.000Z');
    expect(cb.completedAt).toBeNull();
  });

  it('hung up: incomplete, and failed with callback.failed after the last attempt', async () => {
    const { callback, attempt } = await started();
    const r1 = await recordTurn(store, { callbackId: callback.id, attemptId: attempt.id, expectedVersion: 0, session: {}, effects: [{ type: 'end', outcome: 'hung_up', stepId: 'q' }] });
    expect(r1).toMatchObject({ status: 'incomplete', events: [] });
    expect((await store.callbacks.getAttempt(attempt.id))?.outcome).toBe('hung_up');
    const { attempt: second } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'sms', providerId: uniq('SM') });
    const r2 = await recordTurn(store, {
      callbackId: callback.id, attemptId: second.id, expectedVersion: 1, session: {}, finalAttempt: true, effects: [{ type: 'end', outcome: 'incomplete', stepId: 'q' }],
    });
    expect(r2.status).toBe('failed');
    const ev = await store.outbox.get(r2.events[0] as string);
    expect(ev?.eventType).toBe('callback.failed');
    expect((ev?.payload as CallbackEvent).data).toMatchObject({ channel: 'sms', attempts: 2, status: 'failed' });
  });

  it('an attempt of another callback is refused', async () => {
    const a = await started();
    const b = await started();
    const err = await recordTurn(store, { callbackId: a.callback.id, attemptId: b.attempt.id, expectedVersion: 0, session: {}, effects: [] }).catch((e: unknown) => e);
    expect((err as HuifangError).code).toBe('HF_STORE_NOT_FOUND');
    expect(await store.sessions.get(a.callback.id)).toBeNull();
  });
});
