import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCallback, transferCall } from '../../../src/channels/twilio/voice.js';
import { actionOf, count, PHONE, post, rig, type Rig } from '../../support/twilio.js';
import { seedCallback } from '../../support/seed.js';

const CALL = 'CA11111111111111111111111111111111';

/**
 * The customer's number (PHONE) in a URL or document, in any of its spellings (E.164, national,
 * URL-encoded, masked digits aside), or null. Not "three digits": a random UUID holds "138" now and then.
 */
function phoneIn(text: string | undefined): string | null {
  const national = PHONE.replace(/^\+86/, '');
  const decoded = decodeURIComponent(text ?? '');
  for (const form of [PHONE, national, `86${national}`]) if (decoded.includes(form)) return form;
  return null;
}

describe('voice callbacks through Twilio webhooks', () => {
  let r: Rig;
  beforeAll(async () => {
    // Live transfers by <Enqueue> (TWILIO_TRANSFER_MODE=queue); the default, conferences, is in conference.test.ts.
    r = await rig({ env: { TWILIO_TRANSFER_MODE: 'queue' } });
  });
  afterAll(async () => r?.close());
  beforeEach(() => r.provider.reset());

  async function dial(callbackId: string) {
    const started = await startCallback(r.deps, { callbackId, channel: 'voice' });
    const req = r.provider.calls.at(-1);
    if (!req) throw new Error('no call placed');
    return { ...started, req };
  }

  it('places the call after writing the attempt, with callback URLs that carry only the attempt id', async () => {
    const { callback } = await seedCallback(r.store);
    let attemptsAtDial = -1;
    r.provider.onPlaceCall = async () => {
      attemptsAtDial = (await r.store.callbacks.attempts(callback.id)).length;
    };
    const { attemptId, providerId, req } = await dial(callback.id);
    expect(attemptsAtDial).toBe(1);
    expect(req).toMatchObject({
      to: '+8613812345678',
      url: `https://example.org/twilio/voice?a=${attemptId}`,
      statusCallback: `https://example.org/twilio/status?a=${attemptId}`,
      amdStatusCallback: `https://example.org/twilio/amd?a=${attemptId}`,
      fallbackUrl: `https://example.org/twilio/fallback?a=${attemptId}`,
      record: true,
      timeLimitSec: 600,
    });
    // No phone number in a URL (the attempt's UUID may hold any digits, so look for the number itself).
    for (const u of [req.url, req.statusCallback, req.fallbackUrl]) expect(phoneIn(u)).toBeNull();
    const [attempt] = await r.store.callbacks.attempts(callback.id);
    expect(attempt).toMatchObject({ id: attemptId, providerId, channel: 'voice' });
    expect((await r.store.callbacks.require(callback.id)).status).toBe('in_progress');
  });

  it('runs a whole telecom-install call turn by turn; a duplicated webhook leaves one row', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const sid = providerId as string;
    await post(r.app, `/twilio/status?a=${attemptId}`, { CallSid: sid, CallStatus: 'in-progress' });

    const first = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid, CallStatus: 'in-progress' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/text\/xml/);
    // The recording notice comes first, then the greeting, then the question inside the Gather.
    expect(first.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Say language="cmn-CN" voice="Polly.Zhiyu-Neural">为了提升服务质量，本次通话将被录音。<\/Say><Say [^>]+>您好，我是中国电信客服代表，工号1001。<\/Say><Gather input="speech dtmf"/);
    expect(first.body).toContain('请问您是张先生本人吗？');
    let action = actionOf(first.body);
    expect(action).toBe(`/twilio/voice?a=${attemptId}&t=0`);

    // identity: keypad 1
    const t1 = await post(r.app, action, { CallSid: sid, Digits: '1' });
    expect(t1.body).toContain('现在方便吗？');
    const replayPath = action;
    action = actionOf(t1.body);
    expect(action).toBe(`/twilio/voice?a=${attemptId}&t=1`);

    // The same webhook again (Twilio retry / replay): same TwiML of the current state, nothing recorded.
    const answersBefore = await count(r.store, 'answers');
    const dup = await post(r.app, replayPath, { CallSid: sid, Digits: '1' });
    expect(dup.statusCode).toBe(200);
    expect(actionOf(dup.body)).toBe(`/twilio/voice?a=${attemptId}&t=1`);
    expect(await count(r.store, 'answers')).toBe(answersBefore);

    // convenient: speech
    const t2 = await post(r.app, action, { CallSid: sid, SpeechResult: '方便的', Confidence: '0.91' });
    expect(t2.body).toContain('满意吗？');
    action = actionOf(t2.body);
    // satisfaction: 满意 by speech
    const t3 = await post(r.app, action, { CallSid: sid, SpeechResult: '满意', Confidence: '0.88' });
    expect(t3.body).toContain('再见');
    expect(t3.body).toMatch(/<Hangup\/><\/Response>$/);
    // And the last one replayed: nothing new.
    await post(r.app, action, { CallSid: sid, SpeechResult: '满意', Confidence: '0.88' });

    await post(r.app, `/twilio/status?a=${attemptId}`, { CallSid: sid, CallStatus: 'completed', CallDuration: '48' });
    const answers = await r.store.results.answers(callback.id);
    expect(answers.map((a) => [a.stepId, a.raw, a.via])).toEqual([
      ['identity', '1', 'dtmf'],
      ['convenient', '方便的', 'speech'],
      ['satisfaction', '满意', 'speech'],
    ]);
    expect((await r.store.results.scores(callback.id)).map((s) => s.level)).toEqual(['satisfied']);
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'completed', outcome: 'completed' });
    const [attempt] = await r.store.callbacks.attempts(callback.id);
    expect(attempt?.outcome).toBe('answered');
    expect(attempt?.answeredAt).not.toBeNull();
    expect(attempt?.endedAt).not.toBeNull();
  });

  it('a no-input Gather (actionOnEmptyResult) reprompts; the silence is not an answer', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const first = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: providerId as string });
    const again = await post(r.app, actionOf(first.body), { CallSid: providerId as string });
    expect(again.body).toContain('我没有听清');
    expect(await r.store.results.answers(callback.id)).toHaveLength(0);
  });

  it('a hang-up mid-survey is recorded; the second attempt resumes at the step', async () => {
    const { callback } = await seedCallback(r.store);
    const one = await dial(callback.id);
    const sid1 = one.providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${one.attemptId}`, { CallSid: sid1 });
    res = await post(r.app, actionOf(res.body), { CallSid: sid1, Digits: '1' });
    res = await post(r.app, actionOf(res.body), { CallSid: sid1, Digits: '1' });
    expect(res.body).toContain('满意吗？');
    // The customer hangs up while asked about satisfaction.
    await post(r.app, `/twilio/status?a=${one.attemptId}`, { CallSid: sid1, CallStatus: 'completed' });
    let cb = await r.store.callbacks.require(callback.id);
    expect(cb).toMatchObject({ status: 'incomplete', outcome: 'hung_up' });
    expect((await r.store.callbacks.getAttempt(one.attemptId))?.outcome).toBe('hung_up');
    expect((await r.store.results.flags(callback.id)).map((f) => f.reason)).toContain('hung_up');
    // The status callback replayed: nothing changes.
    const v = (await r.store.sessions.get(callback.id))?.version;
    await post(r.app, `/twilio/status?a=${one.attemptId}`, { CallSid: sid1, CallStatus: 'completed' });
    expect((await r.store.sessions.get(callback.id))?.version).toBe(v);

    // The campaign calls back (003 二.3(4)).
    const two = await dial(callback.id);
    const sid2 = two.providerId as string;
    res = await post(r.app, `/twilio/voice?a=${two.attemptId}`, { CallSid: sid2 });
    expect(res.body).toContain('刚才通话中断了');
    expect(res.body).toContain('满意吗？');
    expect(res.body).not.toContain('本人吗');
    // A late webhook of the first call changes nothing.
    const stale = await post(r.app, `/twilio/voice?a=${one.attemptId}&t=3`, { CallSid: sid1, Digits: '3' });
    expect(stale.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    res = await post(r.app, actionOf(res.body), { CallSid: sid2, Digits: '1' });
    expect(res.body).toMatch(/<Hangup\/><\/Response>$/);
    cb = await r.store.callbacks.require(callback.id);
    expect(cb).toMatchObject({ status: 'completed', attempts: 2 });
    expect((await r.store.results.answers(callback.id)).map((a) => a.stepId)).toEqual(['identity', 'convenient', 'satisfaction']);
  });

  it('an answering machine is not surveyed: outcome machine, call hung up', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const sid = providerId as string;
    await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    const amd = await post(r.app, `/twilio/amd?a=${attemptId}`, { CallSid: sid, AnsweredBy: 'machine_end_beep' });
    expect(amd.statusCode).toBe(200);
    expect(r.provider.hungUp).toEqual([sid]);
    const after = await post(r.app, `/twilio/voice?a=${attemptId}&t=0`, { CallSid: sid, SpeechResult: '您好，请留言', Confidence: '0.9' });
    expect(after.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response><Hangup/></Response>');
    await post(r.app, `/twilio/status?a=${attemptId}`, { CallSid: sid, CallStatus: 'completed' });
    expect((await r.store.callbacks.getAttempt(attemptId))?.outcome).toBe('machine');
    expect(await r.store.results.answers(callback.id)).toHaveLength(0);
    expect((await r.store.callbacks.require(callback.id)).status).toBe('incomplete');
    // Nothing was answered: the next call starts from the greeting, not "通话中断了".
    const next = await dial(callback.id);
    const res = await post(r.app, `/twilio/voice?a=${next.attemptId}`, { CallSid: next.providerId as string });
    expect(res.body).toContain('您好，我是中国电信客服代表');
    expect(res.body).not.toContain('中断');
  });

  it('a human answer from AMD changes nothing', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    await post(r.app, `/twilio/amd?a=${attemptId}`, { CallSid: providerId as string, AnsweredBy: 'human' });
    expect(r.provider.hungUp).toEqual([]);
    expect((await r.store.callbacks.getAttempt(attemptId))?.outcome).toBeNull();
  });

  it('the fallback URL ends the call politely and fails the attempt for a retry', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const sid = providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: '1' });
    const fb = await post(r.app, `/twilio/fallback?a=${attemptId}`, { CallSid: sid, ErrorCode: '11200' });
    expect(fb.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="cmn-CN" voice="Polly.Zhiyu-Neural">抱歉，系统暂时繁忙，我们稍后再与您联系。谢谢您，再见。</Say><Hangup/></Response>',
    );
    expect(await r.store.callbacks.getAttempt(attemptId)).toMatchObject({ outcome: 'failed' });
    expect((await r.store.callbacks.getAttempt(attemptId))?.endedAt).not.toBeNull();
    expect((await r.store.callbacks.require(callback.id)).status).toBe('incomplete');
    // The retry resumes where the call broke off.
    const next = await dial(callback.id);
    res = await post(r.app, `/twilio/voice?a=${next.attemptId}`, { CallSid: next.providerId as string });
    expect(res.body).toContain('刚才通话中断了');
  });

  it('no-answer and busy end the attempt with that outcome', async () => {
    const { callback } = await seedCallback(r.store);
    const a = await dial(callback.id);
    await post(r.app, `/twilio/status?a=${a.attemptId}`, { CallSid: a.providerId as string, CallStatus: 'ringing' });
    await post(r.app, `/twilio/status?a=${a.attemptId}`, { CallSid: a.providerId as string, CallStatus: 'no-answer' });
    expect((await r.store.callbacks.getAttempt(a.attemptId))?.outcome).toBe('no-answer');
    expect((await r.store.callbacks.require(callback.id)).status).toBe('incomplete');
    const b = await dial(callback.id);
    await post(r.app, `/twilio/status?a=${b.attemptId}`, { CallSid: b.providerId as string, CallStatus: 'busy' });
    expect((await r.store.callbacks.getAttempt(b.attemptId))?.outcome).toBe('busy');
  });

  it('a webhook whose CallSid is not the attempt\'s is ignored', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId } = await dial(callback.id);
    const res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: CALL });
    expect(res.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(await r.store.sessions.get(callback.id)).toBeNull();
  });

  it('stores the recording id', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    await post(r.app, `/twilio/recording?a=${attemptId}`, { CallSid: providerId as string, RecordingSid: 'RE123', RecordingStatus: 'completed', RecordingUrl: 'https://api.twilio.com/x' });
    expect((await r.store.callbacks.getAttempt(attemptId))?.recordingRef).toBe('RE123');
  });

  it('refuses to dial a number on the do-not-contact list, before writing an attempt', async () => {
    const { callback } = await seedCallback(r.store, { phone: '13900001111' });
    await r.store.contact.addDoNotContact({ phone: '+8613900001111', tenantId: null, source: 'sms' });
    await expect(startCallback(r.deps, { callbackId: callback.id, channel: 'voice' })).rejects.toMatchObject({ code: 'HF_CONTACT_REFUSED' });
    expect(await r.store.callbacks.attempts(callback.id)).toHaveLength(0);
    expect(r.provider.calls).toHaveLength(0);
  });

  it('queue mode: a dissatisfied answer in staffed hours is put through to the agents\' queue, with a whisper of who and why (004 第五十二条)', async () => {
    r.clock.set('2025-01-15T02:00:00Z'); // Wednesday 10:00 in Asia/Shanghai: staffed
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const sid = providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: '1' });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: '1' });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: '3' });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, SpeechResult: '师傅迟到了两个小时', Confidence: '0.9' });
    // The goodbye gives way to "putting you through", then the queue (the agent side hears the whisper).
    expect(res.body).toContain('正在为您转接人工客服，请稍候。</Say><Enqueue>huifang-agents</Enqueue>');
    expect(res.body).not.toContain('祝您生活愉快，再见');
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'escalated' });
    // Not answered within the wait, the task stays with a deadline.
    const [task] = await r.store.results.escalations(callback.id);
    expect(task).toMatchObject({ reason: 'dissatisfied', status: 'open' });
    expect(task!.dueAt).not.toBeNull();
    const w = await post(r.app, `/twilio/whisper?a=${attemptId}`, {});
    expect(w.body).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="cmn-CN" voice="Polly.Zhiyu-Neural">回访转接：张先生，电信装机回访，不满意，原因：师傅迟到了两个小时。</Say></Response>',
    );
    // The whisper URL the agent leg fetches carries no phone number (only the attempt id).
    expect(phoneIn(`/twilio/whisper?a=${attemptId}`)).toBeNull();
    expect(phoneIn(res.body)).toBeNull();
  });
  it('outside staffed hours the call ends politely and a task with a deadline is opened instead', async () => {
    r.clock.set('2025-01-15T12:30:00Z'); // 20:30 in Asia/Shanghai
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const sid = providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    for (const d of ['1', '1', '3']) res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: d });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, SpeechResult: '网还是断', Confidence: '0.9' });
    expect(res.body).toMatch(/<Hangup\/><\/Response>$/);
    expect(res.body).not.toContain('Enqueue');
    const [task] = await r.store.results.escalations(callback.id);
    expect(task!.dueAt!.getTime()).toBeGreaterThan(new Date('2025-01-15T12:30:00Z').getTime());
    r.clock.set('2025-01-15T02:00:00Z');
  });
  it.each([
    ['in staffed hours', '2025-01-15T02:00:00Z'],
    ['outside staffed hours', '2025-01-15T12:30:00Z'],
  ])('issue 13: a customer who says 不满意 and hangs up before giving a reason still reaches a person (%s)', async (_when, at) => {
    r.clock.set(at);
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const sid = providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    for (const d of ['1', '1']) res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: d });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, SpeechResult: '不满意', Confidence: '0.9' });
    expect(res.body).toContain('不满意的主要原因');
    // Gone before saying why: the hang-up turn gives the escalation to the store.
    await post(r.app, `/twilio/status?a=${attemptId}`, { CallSid: sid, CallStatus: 'completed' });
    expect(await r.store.callbacks.require(callback.id)).toMatchObject({ status: 'incomplete', outcome: 'hung_up' });
    const [task] = await r.store.results.escalations(callback.id);
    expect(task).toMatchObject({ reason: 'dissatisfied', status: 'open' });
    expect(task!.dueAt).not.toBeNull();
    r.clock.set('2025-01-15T02:00:00Z');
  });

  it('issue 13: a small reservation is flagged for review, not escalated; a wrong number flags the number to check', async () => {
    const one = await seedCallback(r.store);
    const a = await dial(one.callback.id);
    let res = await post(r.app, `/twilio/voice?a=${a.attemptId}`, { CallSid: a.providerId as string });
    for (const d of ['1', '1']) res = await post(r.app, actionOf(res.body), { CallSid: a.providerId as string, Digits: d });
    res = await post(r.app, actionOf(res.body), { CallSid: a.providerId as string, SpeechResult: '挺满意的，就是走的时候地上有点线头没收拾', Confidence: '0.9' });
    expect(await r.store.callbacks.require(one.callback.id)).toMatchObject({ status: 'completed' });
    expect((await r.store.results.flags(one.callback.id)).map((f) => f.reason)).toContain('reservation:mess');
    expect(await r.store.results.escalations(one.callback.id)).toEqual([]);

    const two = await seedCallback(r.store);
    const b = await dial(two.callback.id);
    res = await post(r.app, `/twilio/voice?a=${b.attemptId}`, { CallSid: b.providerId as string });
    res = await post(r.app, actionOf(res.body), { CallSid: b.providerId as string, SpeechResult: '你打错了', Confidence: '0.9' });
    expect(await r.store.callbacks.require(two.callback.id)).toMatchObject({ status: 'incomplete' });
    expect((await r.store.results.flags(two.callback.id)).map((f) => f.reason)).toEqual(expect.arrayContaining(['wrong_person', 'check_number']));
  });

  it('two concurrent copies of one webhook record the turn once', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const sid = providerId as string;
    const first = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    const action = actionOf(first.body);
    const [x, y] = await Promise.all([post(r.app, action, { CallSid: sid, Digits: '1' }), post(r.app, action, { CallSid: sid, Digits: '1' })]);
    expect([x.statusCode, y.statusCode]).toEqual([200, 200]);
    expect(actionOf(x.body)).toBe(actionOf(y.body));
    expect((await r.store.results.answers(callback.id)).map((a) => a.stepId)).toEqual(['identity']);
    expect((await r.store.sessions.get(callback.id))?.version).toBe(2);
  });

  it('queue mode: transferCall replaces the live call with a notice and <Enqueue> to the agent queue', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await dial(callback.id);
    const target = await transferCall(r.deps, { attemptId, reason: 'dissatisfied' });
    expect(target).toEqual({ kind: 'queue', queue: 'huifang-agents', whisperUrl: `https://example.org/twilio/whisper?a=${attemptId}&r=dissatisfied` });
    expect(r.provider.updated).toEqual([
      {
        providerId,
        twiml:
          '<?xml version="1.0" encoding="UTF-8"?><Response><Say language="cmn-CN" voice="Polly.Zhiyu-Neural">正在为您转接人工客服，请稍候。</Say><Enqueue>huifang-agents</Enqueue><Say language="cmn-CN" voice="Polly.Zhiyu-Neural">抱歉，人工客服暂时无法接通，稍后会有专人与您联系。谢谢您，再见。</Say><Hangup/></Response>',
      },
    ]);
  });
});
