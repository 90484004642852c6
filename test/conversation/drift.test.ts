/**
 * The drifts the three copies of the turn had (issue 14), each through the channels' own
 * surfaces: an SMS escalation gets a deadline from the TENANT's rule (it had none, so it could
 * never be alerted as overdue); a chat escalation uses the tenant's rule (it used the
 * defaults); every path to opted_out writes exactly one write-back event (the scheduler's
 * do-not-contact stop wrote none); a score's level is the tenant's, computed once in the turn.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChatCallback } from '../../src/channels/chat/dialog.js';
import { startCallback } from '../../src/channels/twilio/voice.js';
import { tick } from '../../src/campaigns/scheduler.js';
import { setTenantEscalationRule } from '../../src/results/tasks.js';
import type { AppDeps } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';
import { chatApp, depsFor, message, referenceFor, seedInstall, startCapture, type Capture } from '../support/chat.js';
import { actionOf, PHONE, post, rig, type Rig } from '../support/twilio.js';
import { seedCallback } from '../support/seed.js';
import { fakeClock } from '../support/clock.js';

/** A rule whose dissatisfied deadline is easy to see: 3 hours of wall-clock time. */
const RULE = { deadlines: { dissatisfied: { hours: 3 } }, countOutsideStaffedHours: true };
const THREE_HOURS = 3 * 3_600_000;

/** Write-back events about one callback. */
async function eventsOf(store: Store, callbackId: string): Promise<{ type: string; outcome: unknown }[]> {
  const all = await store.outbox.list({ limit: 10_000 });
  return all
    .map((e) => e.payload as { type: string; data: { callbackId: string; outcome: unknown } })
    .filter((p) => p.data.callbackId === callbackId)
    .map((p) => ({ type: p.type, outcome: p.data.outcome }));
}

describe('SMS and voice', () => {
  let r: Rig;
  let msg = 0;
  const sms = (body: string) => post(r.app, '/twilio/sms', { From: PHONE, To: '+861012345678', Body: body, MessageSid: `SM${String(++msg).padStart(32, 'd')}` });
  beforeAll(async () => {
    r = await rig();
    await setTenantEscalationRule(r.store, 'default', RULE);
  });
  afterAll(async () => r?.close());

  it('an SMS escalation gets its deadline from the tenant rule', async () => {
    const { callback } = await seedCallback(r.store, { phone: '+8613900000001' });
    await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    const from = '+8613900000001';
    const reply = (body: string) => post(r.app, '/twilio/sms', { From: from, To: '+861012345678', Body: body, MessageSid: `SM${String(++msg).padStart(32, 'e')}` });
    await reply('1'); // it is me
    await reply('1'); // convenient
    await reply('3'); // dissatisfied
    await reply('师傅迟到了两个小时'); // the reason: escalates
    const [esc] = await r.store.results.escalations(callback.id);
    expect(esc?.reason).toBe('dissatisfied');
    expect(esc?.dueAt?.getTime()).toBe(r.clock.now().getTime() + THREE_HOURS);
    expect((await r.store.callbacks.require(callback.id)).status).toBe('escalated');
  });

  it('a voice escalation gets its deadline from the tenant rule too', async () => {
    const { callback } = await seedCallback(r.store, { phone: '+8613900000002' });
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    for (const digits of ['1', '1', '3']) res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: digits });
    await post(r.app, actionOf(res.body), { CallSid: sid, SpeechResult: '师傅迟到了两个小时', Confidence: '0.9' });
    const [esc] = await r.store.results.escalations(callback.id);
    expect(esc?.dueAt?.getTime()).toBe(r.clock.now().getTime() + THREE_HOURS);
  });

  it('a dialog opt-out writes exactly one write-back event, and the scheduler after it none', async () => {
    const { callback } = await seedCallback(r.store, { phone: '+8613900000003' });
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = providerId as string;
    const res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    await post(r.app, actionOf(res.body), { CallSid: sid, SpeechResult: '以后别再给我打电话了', Confidence: '0.9' });
    expect((await r.store.callbacks.require(callback.id)).status).toBe('opted_out');
    expect(await eventsOf(r.store, callback.id)).toEqual([{ type: 'callback.completed', outcome: 'opted_out' }]);
    // The number is on the do-not-contact list now; the scheduler does not write a second event.
    await tick({ store: r.store, now: r.clock.now, dialogVersion: () => 1 }, { enqueueContact: async () => undefined });
    expect(await eventsOf(r.store, callback.id)).toHaveLength(1);
  });

  it('the scheduler stopping a callback for do-not-contact writes exactly one write-back event', async () => {
    const { callback } = await seedCallback(r.store, { phone: '+8613900000004' });
    await r.store.contact.addDoNotContact({ phone: '+8613900000004', tenantId: null, source: 'manual' });
    const jobs: unknown[] = [];
    const deps = { store: r.store, now: r.clock.now, dialogVersion: () => 1 };
    await tick(deps, { enqueueContact: async (j) => void jobs.push(j) });
    expect(jobs).toEqual([]);
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'opted_out', outcome: 'opted_out' });
    expect(await eventsOf(r.store, callback.id)).toEqual([{ type: 'callback.completed', outcome: 'opted_out' }]);
    await tick(deps, { enqueueContact: async (j) => void jobs.push(j) });
    expect(await eventsOf(r.store, callback.id)).toHaveLength(1);
  });

  it('an SMS 退订 in an open thread writes exactly one write-back event', async () => {
    const { callback } = await seedCallback(r.store);
    await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    await sms('退订');
    expect((await r.store.callbacks.require(callback.id)).status).toBe('opted_out');
    expect(await eventsOf(r.store, callback.id)).toEqual([{ type: 'callback.completed', outcome: 'opted_out' }]);
  });

  it("a score's level is the tenant's, computed once in the turn", async () => {
    await r.store.tenants.updateSettings('default', { levelRules: { '0-10': { very_satisfied: 8, satisfied: 6, neutral: null } } });
    const { callback } = await seedCallback(r.store, { phone: '+8613900000005', dialogId: 'unicom-engineer' });
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    for (let i = 0; i < 6 && !(await r.store.results.scores(callback.id)).length; i++) {
      const asks10 = /0到10|0-10|十分|打几分|几分/.test(res.body);
      res = await post(r.app, actionOf(res.body), { CallSid: sid, ...(asks10 ? { SpeechResult: '8分', Confidence: '0.9' } : { Digits: '1' }) });
    }
    const [score] = await r.store.results.scores(callback.id);
    expect(score).toMatchObject({ scale: '0-10', raw: '8', level: 'very_satisfied' });
    await r.store.tenants.updateSettings('default', { levelRules: {} });
  });
});

describe('chat', () => {
  const clock = fakeClock('2025-03-10T02:00:00Z');
  let store: Store;
  let capture: Capture;
  let deps: AppDeps;
  let app: FastifyInstance;
  beforeAll(async () => {
    store = await openStore({ dataDir: 'memory://', now: clock.now });
    capture = await startCapture();
    deps = depsFor(store, clock.now);
    app = await chatApp(deps);
  });
  afterAll(async () => {
    await app?.close();
    await capture?.close();
    await store?.close();
  });

  it("a chat escalation uses the tenant's escalation rule", async () => {
    const { callback, tenantId } = await seedInstall(store, { tenantId: 'chat-rule' });
    await setTenantEscalationRule(store, tenantId, RULE);
    const conv = 'conv-rule';
    await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    for (const text of ['是', '方便', '不满意', '师傅迟到了两个小时']) {
      const res = await app.inject({ method: 'POST', url: '/api/messages', payload: message(capture.url, conv, text) });
      expect(res.statusCode).toBe(200);
    }
    const [esc] = await store.results.escalations(callback.id);
    expect(esc?.reason).toBe('dissatisfied');
    expect(esc?.dueAt?.getTime()).toBe(clock.now().getTime() + THREE_HOURS);
  });
});
