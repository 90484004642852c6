/**
 * The runner's one conflict policy, through real channels: when another request saved the
 * session first, the turn is run again on the fresh state; the adapter's input decides whether
 * it still applies. A text reply (no turn number) answers the question waiting now; a voice
 * webhook names its turn, so one whose turn has passed is stale and records nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { twilioRuntime } from '../../src/channels/twilio/common.js';
import { smsInput, smsRunner } from '../../src/channels/twilio/sms.js';
import { startCallback, voiceRunner } from '../../src/channels/twilio/voice.js';
import { speakable } from '../../src/conversation/session.js';
import { actionOf, post, rig, type Rig } from '../support/twilio.js';
import { seedCallback } from '../support/seed.js';

describe('the conflict policy', () => {
  let r: Rig;
  beforeAll(async () => {
    r = await rig();
  });
  afterAll(async () => r?.close());

  it('an SMS reply that lost the race is applied to the question waiting now, not dropped', async () => {
    const phone = '+8613700000001';
    const { callback } = await seedCallback(r.store, { phone });
    const { attemptId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'sms' });
    const runner = smsRunner(twilioRuntime(r.deps));
    const before = await runner.load(attemptId); // read before the other reply is saved
    await post(r.app, '/twilio/sms', { From: phone, To: '+861012345678', Body: '1', MessageSid: `SM${'a'.repeat(32)}` });
    const out = await runner.turn(attemptId, {
      ctx: before,
      eventId: `sms:SM${'b'.repeat(32)}`,
      input: (c) => (runner.owns(c) ? smsInput('1') : null),
      state: (res, c) => ({ ...c.session!.session.channelState!, lastEffects: speakable(res.effects) }),
    });
    expect(out.kind).toBe('recorded');
    expect((await r.store.results.answers(callback.id)).map((a) => a.stepId)).toEqual(['identity', 'convenient']);
  });

  it('a voice webhook that lost the race is stale: answered with the current question, nothing recorded', async () => {
    const { callback } = await seedCallback(r.store, { phone: '+8613700000002' });
    const { attemptId, providerId } = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = providerId as string;
    const first = await post(r.app, `/twilio/voice?a=${attemptId}`, { CallSid: sid });
    const runner = voiceRunner(twilioRuntime(r.deps));
    const before = await runner.load(attemptId);
    const next = await post(r.app, actionOf(first.body), { CallSid: sid, Digits: '1' });
    const out = await runner.turn(attemptId, {
      ctx: before,
      eventId: `${sid}:0:again`,
      input: (c) => (c.session?.session.turn === 0 ? { type: 'digits', digits: '2' } : null),
      state: (res) => ({ channel: 'voice', attemptId, callSid: sid, lastEffects: speakable(res.effects) }),
    });
    expect(out.kind).toBe('stale');
    expect((await r.store.results.answers(callback.id)).map((a) => [a.stepId, a.raw])).toEqual([['identity', '1']]);
    // The replayed Gather itself gets the current question.
    const replay = await post(r.app, actionOf(first.body), { CallSid: sid, Digits: '2' });
    expect(actionOf(replay.body)).toBe(actionOf(next.body));
  });
});
