/**
 * The chat channel end to end: activities posted to POST /api/messages (anonymous mode,
 * app.inject), the bot's replies captured at the activity's serviceUrl (a local server).
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatAlertSink } from '../../../src/channels/chat/alerts.js';
import { chatDueActions, runChatDue } from '../../../src/channels/chat/due.js';
import { startChatCallback } from '../../../src/channels/chat/dialog.js';

import type { AppDeps } from '../../../src/server/app.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { fakeClock } from '../../support/clock.js';
import { chatApp, depsFor, message, referenceFor, seedInstall, startCapture, titles, type Capture } from '../../support/chat.js';

describe('chat channel (anonymous mode)', () => {
  // 10:00 in Shanghai.
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

  const post = (conv: string, text: string, o: { id?: string } = {}) =>
    app.inject({ method: 'POST', url: '/api/messages', payload: message(capture.url, conv, text, o) });

  /** Post and return the messages the bot sent back to that conversation. */
  async function say(conv: string, text: string, o: { id?: string } = {}) {
    const from = capture.posted.length;
    const res = await post(conv, text, o);
    expect(res.statusCode).toBe(200);
    return capture.messages(conv, from);
  }

  it('runs a whole telecom-install callback in chat, with suggested actions for the options', async () => {
    const { callback } = await seedInstall(store);
    const conv = 'conv-install-1';
    const from = capture.posted.length;
    const started = await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    expect(started.status).toBe('started');

    // Proactive: greeting, then the first question with its buttons.
    const first = capture.messages(conv, from);
    expect(first.map((m) => m.text)).toEqual([
      '您好，我是中国电信客服代表，工号1001。',
      '请问您是张先生本人吗？是请回复“是”或回复1，不是请回复2。',
    ]);
    expect(first[1]?.suggestedActions?.actions).toEqual([
      { type: 'imBack', title: '是', value: '是' },
      { type: 'imBack', title: '不是', value: '不是' },
    ]);
    expect(first[0]?.suggestedActions).toBeUndefined();

    // A button press (its value) is a keypad answer.
    let out = await say(conv, '是');
    expect(out).toHaveLength(1);
    expect(out[0]?.text).toContain('现在方便吗');
    expect(titles(out[0])).toEqual(['是', '不是']);

    // Typed text goes through the interpreter.
    out = await say(conv, '方便的');
    expect(out[0]?.text).toContain('满意吗');
    expect(titles(out[0])).toEqual(['非常满意', '满意', '不满意']);

    // The digit works as well as the label.
    out = await say(conv, '１');
    expect(out.map((m) => m.text)).toEqual(['感谢您对中国电信的支持，祝您生活愉快，再见！']);
    expect(out[0]?.suggestedActions).toBeUndefined();

    const cb = await store.callbacks.require(callback.id);
    expect(cb).toMatchObject({ status: 'completed', outcome: 'completed' });
    const answers = await store.results.answers(callback.id);
    expect(answers.map((a) => [a.stepId, a.via, a.value])).toEqual([
      ['identity', 'dtmf', true],
      ['convenient', 'text', true],
      ['satisfaction', 'dtmf', 'very_satisfied'],
    ]);
    expect(answers[1]?.providerEventId).toMatch(/^chat:emulator:conv-install-1:act-/);
    expect((await store.results.scores(callback.id)).map((s) => s.level)).toEqual(['very_satisfied']);
    const attempts = await store.callbacks.attempts(callback.id);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({ channel: 'chat', outcome: 'answered' });
    expect(attempts[0]?.endedAt).not.toBeNull();

    // After the end, a message gets a short notice, not a new dialog.
    out = await say(conv, '你好');
    expect(out[0]?.text).toContain('目前没有需要您回答的问题');
  });

  it('a dissatisfied answer asks the reason and opens a human callback task with a deadline', async () => {
    const { callback } = await seedInstall(store);
    const conv = 'conv-install-2';
    await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    await say(conv, '1');
    await say(conv, '是');
    let out = await say(conv, '不满意');
    expect(out[0]?.text).toContain('不满意的主要原因');
    expect(titles(out[0])).toEqual(['未说明']);
    out = await say(conv, '师傅迟到了两个小时');
    expect(out.map((m) => m.text).join('')).toContain('稍后会有专人与您联系');
    expect((await store.callbacks.require(callback.id)).status).toBe('escalated');
    const [esc] = await store.results.escalations(callback.id);
    expect(esc).toMatchObject({ reason: 'dissatisfied', status: 'open' });
    expect(esc?.dueAt).not.toBeNull();
  });

  it('issue 13: 不满意 and then silence: when the thread ends the customer still reaches a person', async () => {
    clock.set('2025-03-12T02:00:00Z');
    const { callback } = await seedInstall(store);
    const conv = 'conv-install-gone';
    await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    await say(conv, '1');
    await say(conv, '是');
    const out = await say(conv, '不满意');
    expect(out[0]?.text).toContain('不满意的主要原因');
    for (let i = 0; i < 4; i++) {
      clock.advance(25 * 3600_000);
      await runChatDue(deps);
    }
    const [esc] = await store.results.escalations(callback.id);
    expect(esc).toMatchObject({ reason: 'dissatisfied', status: 'open' });
  });

  it('a replayed activity (same id) is recognised: nothing is recorded or sent twice', async () => {
    const { callback } = await seedInstall(store);
    const conv = 'conv-replay';
    await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    expect(await say(conv, '是', { id: 'same-1' })).toHaveLength(1);
    expect(await say(conv, '是', { id: 'same-1' })).toHaveLength(0);
    expect((await store.results.answers(callback.id)).map((a) => a.stepId)).toEqual(['identity']);
  });

  it('a pause and return: a new app instance on the same store continues at the step, days later', async () => {
    const { callback } = await seedInstall(store);
    const conv = 'conv-pause';
    await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    const out = await say(conv, '是');
    expect(out[0]?.text).toContain('现在方便吗');

    // The server restarts; the customer answers two days later.
    await app.close();
    clock.advance(2 * 24 * 3600_000 - 3600_000);
    app = await chatApp(depsFor(store, clock.now));
    const later = await say(conv, '方便');
    expect(later[0]?.text).toContain('满意吗');
    const done = await say(conv, '满意');
    expect(done.at(-1)?.text).toContain('再见');
    expect((await store.callbacks.require(callback.id)).status).toBe('completed');
    expect((await store.results.scores(callback.id))[0]?.level).toBe('satisfied');
  });

  it('silence: one reminder after a day, the thread ends after three, and a later message resumes at the step', async () => {
    clock.set('2025-03-12T02:00:00Z');
    const { callback } = await seedInstall(store);
    const conv = 'conv-silent';
    await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    await say(conv, '是');
    const repo = store.chat;

    clock.advance(23 * 3600_000);
    expect(chatDueActions(clock.now(), await repo.activeThreads()).filter((a) => a.callbackId === callback.id)).toEqual([]);
    clock.advance(2 * 3600_000);
    let from = capture.posted.length;
    let run = await runChatDue(deps);
    expect(run.reminded).toHaveLength(1);
    const reminder = capture.messages(conv, from);
    expect(reminder[0]?.text).toContain('现在方便吗');
    expect(titles(reminder[0])).toEqual(['是', '不是']);
    // No second reminder.
    clock.advance(24 * 3600_000);
    expect((await runChatDue(deps)).reminded).toHaveLength(0);

    clock.advance(24 * 3600_000);
    run = await runChatDue(deps);
    expect(run.expired).toHaveLength(1);
    const cb = await store.callbacks.require(callback.id);
    expect(cb.status).toBe('incomplete');
    expect((await store.sessions.get<{ state: string }>(callback.id))?.session.state).toBe('__hung_up');

    // A week later the customer writes: the callback resumes at the question it stopped at.
    clock.advance(7 * 24 * 3600_000);
    from = capture.posted.length;
    const back = await say(conv, '你好，刚才没看到');
    expect(back.at(-1)?.text).toContain('现在方便吗');
    expect(titles(back.at(-1))).toEqual(['是', '不是']);
    await say(conv, '方便');
    const end = await say(conv, '非常满意');
    expect(end.at(-1)?.text).toContain('再见');
    expect((await store.callbacks.require(callback.id)).status).toBe('completed');
    expect((await store.callbacks.attempts(callback.id)).map((a) => a.channel)).toEqual(['chat', 'chat']);
    expect(capture.messages(conv, from).length).toBeGreaterThan(0);
  });

  it('opt-out words end the callback, mark the conversation and the number do-not-contact', async () => {
    const { callback, tenantId } = await seedInstall(store, { phone: '13900001111' });
    const conv = 'conv-optout';
    await startChatCallback(deps, { callbackId: callback.id, conversationReference: referenceFor(capture.url, conv) });
    const out = await say(conv, '以后不要再联系我了');
    expect(out).toHaveLength(1);
    expect(out[0]?.suggestedActions).toBeUndefined();
    expect((await store.callbacks.require(callback.id)).status).toBe('opted_out');
    expect(await store.contact.isDoNotContact('13900001111', tenantId)).toBe(true);
    const address = await store.chat.addressByConversation('emulator', conv);
    expect(address?.doNotContactAt).not.toBeNull();

    // A later campaign does not message this conversation again.
    const again = await seedInstall(store, { phone: '13900002222', campaign: 'install-chat-2' });
    const from = capture.posted.length;
    const r = await startChatCallback(deps, { callbackId: again.callback.id, conversationReference: referenceFor(capture.url, conv) });
    expect(r).toMatchObject({ status: 'refused', reason: 'do_not_contact' });
    expect(capture.messages(conv, from)).toHaveLength(0);
  });

  it('a chat-only opt-out phrase outside a callback also marks the conversation', async () => {
    const conv = 'conv-optout-2';
    const out = await say(conv, '别再给我发消息了');
    expect(out[0]?.text).toContain('不会再通过这里联系您');
    const address = await store.chat.addressByConversation('emulator', conv);
    expect(address?.doNotContactAt).not.toBeNull();
  });

  it('refuses a non-loopback serviceUrl in anonymous mode', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/messages', payload: message('https://evil.example.com', 'conv-x', '你好') });
    expect(res.statusCode).toBe(400);
  });
});

describe('supervisors in chat', () => {
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

  async function say(conv: string, text: string) {
    const from = capture.posted.length;
    const res = await app.inject({ method: 'POST', url: '/api/messages', payload: message(capture.url, conv, text, { userName: '王主管' }) });
    expect(res.statusCode).toBe(200);
    return capture.messages(conv, from);
  }

  /** A callback finished at the clock's time with an overall level. */
  async function finished(level: 'very_satisfied' | 'satisfied' | 'neutral' | 'dissatisfied', at: string, campaign: string) {
    clock.set(at);
    const { callback } = await seedInstall(store, { campaign, phone: '13712345678' });
    const { recordTurn } = await import('../../../src/results/record.js');
    await recordTurn(store, {
      callbackId: callback.id,
      expectedVersion: 0,
      session: {},
      escalationDueAt: level === 'dissatisfied' ? '2025-03-10T05:00:00Z' : null,
      effects: [
        { type: 'set_score', stepId: 'satisfaction', scale: 'csat3', raw: level, level },
        ...(level === 'dissatisfied' ? [{ type: 'escalate' as const, reason: 'dissatisfied', stepId: 'reason' }] : []),
        { type: 'end', outcome: level === 'dissatisfied' ? 'escalated' : 'completed', stepId: 'closing' },
      ],
    });
    return callback;
  }

  it('answers 今天的满意率 and 待处理任务 only to a subscribed conversation', async () => {
    // Today in Shanghai (2025-03-10): 2 very satisfied, 1 satisfied, 1 dissatisfied, 1 neutral.
    await finished('very_satisfied', '2025-03-10T01:00:00Z', 'c1');
    await finished('very_satisfied', '2025-03-10T03:00:00Z', 'c2');
    await finished('satisfied', '2025-03-10T04:00:00Z', 'c3');
    const bad = await finished('dissatisfied', '2025-03-10T04:30:00Z', 'c4');
    await finished('neutral', '2025-03-10T05:00:00Z', 'c5');
    // Yesterday evening in Shanghai (2025-03-09 23:30 local) does not count.
    await finished('dissatisfied', '2025-03-09T15:30:00Z', 'c6');
    clock.set('2025-03-10T08:00:00Z');

    const conv = 'conv-supervisor';
    let out = await say(conv, '今天的满意率');
    expect(out[0]?.text).toContain('请先发送“订阅提醒”');

    out = await say(conv, '订阅提醒');
    expect(out[0]?.text).toContain('已订阅');

    out = await say(conv, '今天的满意率');
    expect(out[0]?.text).toContain('今天（2025-03-10）的满意率：75.0%');
    expect(out[0]?.text).toContain('非常满意 2，满意 1，不满意 1');

    out = await say(conv, '待处理任务');
    const text = out[0]?.text ?? '';
    expect(text).toContain('待处理任务 2 个');
    expect(text).toContain(`https://huifang.example.com/#/calls/${bad.id}`);
    expect(text).toContain('137****5678');
    expect(text).not.toContain('13712345678');
    expect(text).toContain('已逾期');
  });

  it('sends proactive alerts (flagged, overdue) to subscribed conversations with a link, masked numbers only', async () => {
    const conv = 'conv-alerts';
    await say(conv, 'subscribe');
    const other = 'conv-not-subscribed';
    await say(other, '你好');
    const { callback } = await seedInstall(store, { campaign: 'alert-1' });

    const sink = new ChatAlertSink({ store, config: deps.config });
    let from = capture.posted.length;
    await sink.flagged({ callbackId: callback.id, reason: 'complaint', maskedPhone: '13812345678' });
    const flagged = capture.messages(conv, from);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.text).toContain('投诉');
    expect(flagged[0]?.text).toContain('138****5678');
    expect(flagged[0]?.text).not.toContain('13812345678');
    expect(flagged[0]?.text).toContain(`https://huifang.example.com/#/calls/${callback.id}`);
    expect(capture.messages(other, from)).toHaveLength(0);
    // The earlier subscribed conversation gets it too.
    expect(capture.messages('conv-supervisor', from)).toHaveLength(1);
    expect(sink.lastDelivery).toEqual({ delivered: 2, failed: 0 });

    from = capture.posted.length;
    await sink.overdue({ taskId: 't1', callbackId: callback.id, dueAt: '2025-03-10T05:00:00Z', reason: 'dissatisfied' });
    const overdue = capture.messages(conv, from);
    expect(overdue[0]?.text).toContain('任务逾期');
    expect(overdue[0]?.text).toContain('3月10日 13:00');
    expect(overdue[0]?.text).toContain(`/#/calls/${callback.id}`);

    // Unsubscribing stops them.
    await say(conv, '取消订阅提醒');
    from = capture.posted.length;
    await sink.flagged({ callbackId: callback.id, reason: 'dissatisfied' });
    expect(capture.messages(conv, from)).toHaveLength(0);
  });

  it('the alert sweep (new flags, overdue tasks) reaches subscribed conversations through the AlertSink hub', async () => {
    const { runAlertSweep } = await import('../../../src/results/tasks.js');
    const { recordTurn } = await import('../../../src/results/record.js');
    const conv = 'conv-sweep';
    await say(conv, '订阅提醒');
    await runAlertSweep(store); // what earlier tests left
    const { callback } = await seedInstall(store, { campaign: 'sweep-1', phone: '13655556666' });
    await recordTurn(store, {
      callbackId: callback.id, expectedVersion: 0, session: {}, escalationDueAt: new Date(clock.now().getTime() - 60_000),
      effects: [{ type: 'flag', reason: 'complaint', stepId: 'reason' }, { type: 'escalate', reason: 'complaint', stepId: 'reason' }],
    });
    const from = capture.posted.length;
    const r = await runAlertSweep(store);
    expect(r).toEqual({ flagged: 1, overdue: 1 });
    const texts = capture.messages(conv, from).map((m) => m.text ?? '');
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('【回访提醒】');
    expect(texts[0]).toContain('投诉');
    expect(texts[1]).toContain('【任务逾期】');
    expect(texts[1]).toContain('136****6666');
    for (const t of texts) {
      expect(t).toContain(`https://huifang.example.com/#/calls/${callback.id}`);
      expect(t).not.toContain('13655556666');
    }
  });

  it('with a subscription code, subscribing needs the code', async () => {
    const withCode = depsFor(store, clock.now, { HUIFANG_CHAT_SUBSCRIBE_CODE: 'hf-secret-42' });
    const app2 = await chatApp(withCode);
    try {
      const send = async (text: string) => {
        const from = capture.posted.length;
        await app2.inject({ method: 'POST', url: '/api/messages', payload: message(capture.url, 'conv-code', text) });
        return capture.messages('conv-code', from);
      };
      expect((await send('订阅提醒'))[0]?.text).toContain('订阅码不正确');
      expect((await send('订阅提醒 hf-secret-42'))[0]?.text).toContain('已订阅');
    } finally {
      await app2.close();
    }
  });
});
