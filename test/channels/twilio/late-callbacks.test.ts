/**
 * Issue 15 item 3: a late or replayed /twilio/fallback, /twilio/amd or status callback never
 * changes a finished attempt (its outcome and ended_at) nor its callback.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCallback } from '../../../src/channels/twilio/voice.js';
import { actionOf, post, rig, type Rig } from '../../support/twilio.js';
import { seedCallback } from '../../support/seed.js';

describe('late and replayed Twilio callbacks on a finished attempt', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig({ env: { TWILIO_TRANSFER_MODE: 'off' } });
  });
  afterAll(async () => r?.close());
  beforeEach(() => r.provider.reset());

  /** A whole call: answered, 1, 1, 满意, then Twilio's completed status. */
  async function finishedCall() {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = providerId as string;
    let res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: '1' });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, Digits: '1' });
    res = await post(r.app, actionOf(res.body), { CallSid: sid, SpeechResult: '满意', Confidence: '0.9' });
    expect(res.body).toMatch(/<Hangup\/><\/Response>$/);
    await post(r.app, `/twilio/status?a=${attemptId}`, { CallSid: sid, CallStatus: 'completed', CallDuration: '40' });
    const attempt = await r.store.callbacks.getAttempt(attemptId);
    const cb = await r.store.callbacks.require(callback.id);
    expect(attempt).toMatchObject({ outcome: 'answered' });
    expect(attempt?.endedAt).not.toBeNull();
    expect(cb.status).toBe('completed');
    return { callbackId: callback.id, attemptId, sid, attempt, cb };
  }

  async function unchanged(f: Awaited<ReturnType<typeof finishedCall>>) {
    const attempt = await r.store.callbacks.getAttempt(f.attemptId);
    const cb = await r.store.callbacks.require(f.callbackId);
    expect({ outcome: attempt?.outcome, endedAt: attempt?.endedAt }).toEqual({ outcome: f.attempt?.outcome, endedAt: f.attempt?.endedAt });
    expect({ status: cb.status, outcome: cb.outcome }).toEqual({ status: f.cb.status, outcome: f.cb.outcome });
  }

  it('a late fallback still ends the call politely but leaves the completed attempt as it was', async () => {
    const f = await finishedCall();
    r.clock.advance(60_000);
    const fb = await post(r.app, `/twilio/fallback?a=${f.attemptId}`, { CallSid: f.sid, ErrorCode: '11200' });
    expect(fb.statusCode).toBe(200);
    expect(fb.body).toContain('<Hangup/>');
    await unchanged(f);
  });

  it('a late AMD "machine" changes neither outcome nor end, and hangs up nothing', async () => {
    const f = await finishedCall();
    r.clock.advance(60_000);
    const amd = await post(r.app, `/twilio/amd?a=${f.attemptId}`, { CallSid: f.sid, AnsweredBy: 'machine_end_beep' });
    expect(amd.statusCode).toBe(200);
    await unchanged(f);
    expect(r.provider.hungUp).toEqual([]);
  });

  it('late failed, busy, no-answer and repeated completed statuses change nothing', async () => {
    const f = await finishedCall();
    for (const status of ['failed', 'busy', 'no-answer', 'canceled', 'completed', 'in-progress']) {
      r.clock.advance(60_000);
      const res = await post(r.app, `/twilio/status?a=${f.attemptId}`, { CallSid: f.sid, CallStatus: status });
      expect(res.statusCode).toBe(200);
      await unchanged(f);
    }
  });

  it('fallback, then AMD, then status in any order after a fallback: the first end wins', async () => {
    const { callback } = await seedCallback(r.store);
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = providerId as string;
    const res = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    await post(r.app, actionOf(res.body), { CallSid: sid, Digits: '1' });
    await post(r.app, `/twilio/fallback?a=${attemptId}`, { CallSid: sid, ErrorCode: '11200' });
    const failed = await r.store.callbacks.getAttempt(attemptId);
    expect(failed).toMatchObject({ outcome: 'failed' });
    r.clock.advance(30_000);
    await post(r.app, `/twilio/amd?a=${attemptId}`, { CallSid: sid, AnsweredBy: 'machine_start' });
    await post(r.app, `/twilio/status?a=${attemptId}`, { CallSid: sid, CallStatus: 'busy' });
    await post(r.app, `/twilio/fallback?a=${attemptId}`, { CallSid: sid, ErrorCode: '11200' });
    const after = await r.store.callbacks.getAttempt(attemptId);
    expect({ outcome: after?.outcome, endedAt: after?.endedAt }).toEqual({ outcome: 'failed', endedAt: failed?.endedAt });
    expect((await r.store.callbacks.require(callback.id)).status).toBe('incomplete');
  });

  it('the store: an ended attempt keeps its outcome and end whatever updateAttempt is asked', async () => {
    const f = await finishedCall();
    await r.store.callbacks.updateAttempt(f.attemptId, { outcome: 'machine', endedAt: new Date('2030-01-01T00:00:00Z') });
    await unchanged(f);
    // What is not the end may still be filled in later (a recording's id).
    await r.store.callbacks.updateAttempt(f.attemptId, { recordingRef: 'RE0000000000000000000000000000001' });
    expect((await r.store.callbacks.getAttempt(f.attemptId))?.recordingRef).toBe('RE0000000000000000000000000000001');
  });
});
