import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCallback } from '../../../src/channels/twilio/voice.js';
import {
  isOptOutText,
  loadSmsThreads,
  OPT_OUT_CONFIRMATION,
  renderSmsText,
  runSmsDueActions,
  smsDueActions,
  smsInput,
  type SmsThread,
} from '../../../src/channels/twilio/sms.js';
import { interpret } from '../../../src/nlu/index.js';
import { count, post, rig, type Rig } from '../../support/twilio.js';
import { seedCallback } from '../../support/seed.js';

let msg = 0;
const sid = () => `SM${String(++msg).padStart(32, 'f')}`;

describe('SMS rendering and parsing (pure)', () => {
  it('lists the options of the listen keypad and reads 按 as 回复', () => {
    expect(
      renderSmsText([
        { type: 'prompt', text: '请问您对这次服务满意吗？非常满意请按1，满意请按2，不满意请按3。', bargeIn: true, stepId: 's' },
        { type: 'listen', stepId: 's', expect: { kind: 'csat3' }, modes: ['speech', 'dtmf'], keypad: { '1': '非常满意', '2': '满意', '3': '不满意' }, hints: [], timeoutSec: 6 },
      ]),
    ).toBe('请问您对这次服务满意吗？非常满意请回复1，满意请回复2，不满意请回复3。\n回复1 非常满意，2 满意，3 不满意');
  });
  it('a bare number is digits, anything else text', () => {
    expect(smsInput(' 2 ')).toEqual({ type: 'digits', digits: '2' });
    expect(smsInput('３')).toEqual({ type: 'digits', digits: '3' });
    expect(smsInput('10')).toEqual({ type: 'digits', digits: '10' });
    expect(smsInput('挺满意的')).toEqual({ type: 'answer', text: '挺满意的' });
    expect(smsInput('2个小时才来')).toEqual({ type: 'answer', text: '2个小时才来' });
  });
  it('recognises opt-outs and not ordinary answers', () => {
    for (const t of ['退订', 'TD', 'td', 'T', 'STOP', 'stop', '别再发了', '不要再发短信了', '退订！', 'Unsubscribe', '以后别再给我打电话了']) expect(isOptOutText(t, interpret), t).toBe(true);
    for (const t of ['1', '满意', '不满意', '是', '师傅态度不好', '不方便', '停电了']) expect(isOptOutText(t, interpret), t).toBe(false);
  });
  it('smsDueActions: one reminder after half the session, expiry after the session', () => {
    const now = new Date('2025-01-16T02:00:00Z');
    const t = (o: Partial<SmsThread>): SmsThread => ({ callbackId: 'c', attemptId: 'a', lastOutboundAt: '2025-01-15T20:00:00Z', lastInboundAt: null, reminderSentAt: null, done: false, ...o });
    expect(smsDueActions(now, [t({})], { sessionHours: 24 })).toEqual([]); // 6 h
    expect(smsDueActions(now, [t({ lastOutboundAt: '2025-01-15T13:00:00Z' })])).toEqual([{ type: 'remind', callbackId: 'c', attemptId: 'a' }]); // 13 h
    expect(smsDueActions(now, [t({ lastOutboundAt: '2025-01-15T13:00:00Z', reminderSentAt: '2025-01-16T01:00:00Z' })])).toEqual([]);
    expect(smsDueActions(now, [t({ lastOutboundAt: '2025-01-15T02:00:00Z', reminderSentAt: '2025-01-15T14:00:00Z' })])).toEqual([{ type: 'expire', callbackId: 'c', attemptId: 'a' }]);
    expect(smsDueActions(now, [t({ lastOutboundAt: '2025-01-15T02:00:00Z', done: true })])).toEqual([]);
    expect(smsDueActions(now, [t({ lastOutboundAt: '2025-01-15T23:00:00Z' })], { sessionHours: 2 })).toEqual([{ type: 'expire', callbackId: 'c', attemptId: 'a' }]);
  });
});

describe('SMS callbacks through Twilio', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
  });
  afterAll(async () => r?.close());
  beforeEach(() => r.provider.reset());

  const reply = (from: string, body: string, messageSid = sid()) => post(r.app, '/twilio/sms', { From: from, To: '+861012345678', Body: body, MessageSid: messageSid });

  it('a whole survey by SMS: options listed, digit and text replies, a duplicate message changes nothing', async () => {
    const { callback } = await seedCallback(r.store, { phone: '13800000001' });
    const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    expect(started.providerId).toMatch(/^SM/);
    const first = r.provider.sms[0];
    expect(first?.to).toBe('+8613800000001');
    expect(first?.body).toBe('您好，我是中国电信客服代表，工号1001。请问您是张先生本人吗？是请说“是”或回复1，不是请回复2。\n回复1 是，2 不是');
    expect(first?.statusCallback).toBe(`https://example.org/twilio/sms-status?a=${started.attemptId}`);
    const m1 = sid();
    await reply('+8613800000001', '1', m1);
    expect(r.provider.sms.at(-1)?.body).toContain('现在方便吗？');
    await reply('+8613800000001', '1', m1); // Twilio retried the same message
    expect(r.provider.sms).toHaveLength(2);
    await reply('+8613800000001', '方便');
    expect(r.provider.sms.at(-1)?.body).toMatch(/满意吗？.*\n回复1 非常满意，2 满意，3 不满意$/s);
    await reply('+8613800000001', '3');
    expect(r.provider.sms.at(-1)?.body).toContain('不满意的主要原因');
    await reply('+8613800000001', '装机师傅迟到了一上午');
    expect(r.provider.sms.at(-1)?.body).toContain('再见');
    const answers = await r.store.results.answers(callback.id);
    expect(answers.map((a) => [a.stepId, a.raw, a.via])).toEqual([
      ['identity', '1', 'dtmf'],
      ['convenient', '方便', 'text'],
      ['satisfaction', '3', 'dtmf'],
      ['reason', '装机师傅迟到了一上午', 'text'],
    ]);
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'escalated' });
    expect((await r.store.callbacks.getAttempt(started.attemptId))?.endedAt).not.toBeNull();
    // A message after the end: no open thread, nothing sent.
    const n = r.provider.sms.length;
    await reply('+8613800000001', '谢谢');
    expect(r.provider.sms).toHaveLength(n);
  });

  it('one reminder, then expiry: the engine gets timeout and the callback is incomplete', async () => {
    const { callback } = await seedCallback(r.store, { phone: '13800000002' });
    const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    expect((await loadSmsThreads(r.store)).map((t) => t.attemptId)).toContain(started.attemptId);
    r.clock.advance(11 * 3_600_000);
    expect(await runSmsDueActions(r.deps)).toEqual([]);
    r.clock.advance(2 * 3_600_000);
    const done = await runSmsDueActions(r.deps);
    expect(done).toContainEqual({ type: 'remind', callbackId: callback.id, attemptId: started.attemptId });
    const reminder = r.provider.sms.filter((m) => m.to === '+8613800000002').at(-1);
    expect(reminder?.body).toMatch(/^温馨提示：您还没有回复我们的回访短信。您好，我是中国电信/);
    // Stored: a second run sends no second reminder.
    const thread = (await loadSmsThreads(r.store)).find((t) => t.attemptId === started.attemptId);
    expect(thread?.reminderSentAt).toBe(r.clock.now().toISOString());
    const before = r.provider.sms.length;
    await runSmsDueActions(r.deps);
    expect(r.provider.sms).toHaveLength(before);
    r.clock.advance(12 * 3_600_000);
    const expired = await runSmsDueActions(r.deps);
    expect(expired).toContainEqual({ type: 'expire', callbackId: callback.id, attemptId: started.attemptId });
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'incomplete', outcome: 'incomplete' });
    expect(await r.store.callbacks.getAttempt(started.attemptId)).toMatchObject({ outcome: 'no-answer' });
    expect((await loadSmsThreads(r.store)).map((t) => t.attemptId)).not.toContain(started.attemptId);
    expect(r.provider.sms).toHaveLength(before);
  });

  it('issue 13: 不满意 and then no reply: when the thread expires the customer still reaches a person', async () => {
    const { callback } = await seedCallback(r.store, { phone: '13800000009' });
    const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    await reply('+8613800000009', '是我');
    await reply('+8613800000009', '方便');
    await reply('+8613800000009', '不满意');
    expect(r.provider.sms.at(-1)?.body).toContain('不满意的主要原因');
    r.clock.advance(26 * 3_600_000);
    await runSmsDueActions(r.deps);
    await runSmsDueActions(r.deps);
    expect((await loadSmsThreads(r.store)).map((t) => t.attemptId)).not.toContain(started.attemptId);
    const [task] = await r.store.results.escalations(callback.id);
    expect(task).toMatchObject({ reason: 'dissatisfied', status: 'open' });
  });

  it('opt-out from an unknown number: global do-not-contact and exactly one confirmation', async () => {
    const stranger = '+8613700000003';
    await reply(stranger, '退订');
    expect(r.provider.sms).toEqual([{ to: stranger, body: OPT_OUT_CONFIRMATION }]);
    expect(await r.store.contact.isDoNotContact(stranger, 'default')).toBe(true);
    expect(await r.store.contact.isDoNotContact(stranger, 'any-other-tenant')).toBe(true);
    await reply(stranger, 'TD');
    await reply(stranger, '别再发了');
    expect(r.provider.sms).toHaveLength(1);
  });

  it('opt-out in an open thread ends it as opted_out; no further calls or messages to that number', async () => {
    const { callback } = await seedCallback(r.store, { phone: '13800000004' });
    const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    await reply('+8613800000004', '别再发了');
    expect(r.provider.sms.map((m) => m.body)).toEqual([expect.stringContaining('您好'), OPT_OUT_CONFIRMATION]);
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'opted_out', outcome: 'opted_out' });
    expect((await r.store.callbacks.getAttempt(started.attemptId))?.endedAt).not.toBeNull();
    const again = await seedCallback(r.store, { phone: '13800000004' });
    await expect(startCallback(r.deps, { callbackId: again.callback.id, channel: 'sms' })).rejects.toMatchObject({ code: 'HF_CONTACT_REFUSED' });
    await expect(startCallback(r.deps, { callbackId: again.callback.id, channel: 'voice' })).rejects.toMatchObject({ code: 'HF_CONTACT_REFUSED' });
  });

  it('Twilio 21610 on send is recorded as an opt-out (no confirmation)', async () => {
    const { callback } = await seedCallback(r.store, { phone: '13800000005' });
    r.provider.optedOut.add('+8613800000005');
    const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    expect(started.providerId).toBeNull();
    expect(r.provider.sms).toHaveLength(0);
    const dnc = await r.store.db.query<{ source: string; tenant_id: string | null }>("SELECT source, tenant_id FROM do_not_contact WHERE phone = '+8613800000005'");
    expect(dnc.rows).toContainEqual({ source: 'provider_21610', tenant_id: null });
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'opted_out' });
  });

  it('ErrorCode 21610 in sms-status is recorded the same way', async () => {
    const { callback } = await seedCallback(r.store, { phone: '13800000006' });
    const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    const dncBefore = await count(r.store, 'do_not_contact');
    const res = await post(r.app, `/twilio/sms-status?a=${started.attemptId}`, { MessageSid: started.providerId as string, MessageStatus: 'failed', ErrorCode: '21610', To: '+8613800000006' });
    expect(res.statusCode).toBe(200);
    expect(await count(r.store, 'do_not_contact')).toBeGreaterThan(dncBefore);
    expect(await r.store.contact.isDoNotContact('+8613800000006', 'default')).toBe(true);
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'opted_out' });
    expect(r.provider.sms).toHaveLength(1); // only the first question
  });
});
