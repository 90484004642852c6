/**
 * Issue 15 item 2: with the database unreachable, every Twilio route answers with safe TwiML
 * (200, text/xml, no database needed), and what the status-like callbacks carried is settled
 * when the database returns. A real server Postgres of its own (a throwaway cluster on a free
 * port, test/support/pg-cluster.ts) is stopped and started again; never the machine's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCallback } from '../../../src/channels/twilio/voice.js';
import { openStore, type Store } from '../../../src/store/index.js';
import { fakeClock } from '../../support/clock.js';
import { postgresBinDir, startPgCluster, type PgCluster } from '../../support/pg-cluster.js';
import { seedCallback } from '../../support/seed.js';
import { actionOf, post, rig, type Rig } from '../../support/twilio.js';

const bin = postgresBinDir();
if (!bin) console.warn('db-down.test.ts skipped: no Postgres server binaries under /usr/lib/postgresql');

describe.skipIf(!bin)('Twilio webhooks with the database down (a throwaway Postgres cluster)', () => {
  let cluster: PgCluster;
  let store: Store;
  let r: Rig;
  beforeAll(async () => {
    cluster = await startPgCluster();
    const clock = fakeClock();
    store = await openStore({ databaseUrl: cluster.url, now: clock.now });
    r = await rig({ store, clock, env: { TWILIO_TRANSFER_MODE: 'off' } });
  }, 120_000);
  afterAll(async () => {
    await r?.close();
    await store?.close();
    await cluster?.destroy();
  });

  it('answers every route with safe TwiML while it is down, and settles what came in when it returns', async () => {
    // Three calls, each answered while the database is up.
    const calls = [];
    for (let i = 0; i < 3; i++) {
      const { callback } = await seedCallback(store);
      const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
      const sid = started.providerId as string;
      const first = await post(r.app, `/twilio/voice?a=${started.attemptId}`, { CallSid: sid });
      expect(first.body).toContain('<Gather');
      calls.push({ callbackId: callback.id, attemptId: started.attemptId, sid, action: actionOf(first.body) });
    }
    const [turnCall, fallbackCall, hangUpCall] = calls as [(typeof calls)[number], (typeof calls)[number], (typeof calls)[number]];
    const { callback: notAnswered } = await seedCallback(store);
    const fresh = await startCallback(r.deps, { callbackId: notAnswered.id, channel: 'voice' });

    await cluster.stop();

    const xmlOk = (res: { statusCode: number; headers: Record<string, unknown> }) => {
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-type'])).toMatch(/text\/xml/);
    };
    // A call's first request: please hold, then the same request again.
    const hold = await post(r.app, `/twilio/voice?a=${fresh.attemptId}`, { CallSid: fresh.providerId as string });
    xmlOk(hold);
    expect(hold.body).toContain('请稍候');
    expect(hold.body).toMatch(/<Pause length="5"\/><Redirect method="POST">https:\/\/example.org\/twilio\/voice\?a=[^&<]+&amp;w=1<\/Redirect>/);
    // A held call whose retries ran out: the goodbye and a hang-up.
    const gaveUp = await post(r.app, `/twilio/voice?a=${fresh.attemptId}&w=2`, { CallSid: fresh.providerId as string });
    expect(gaveUp.body).toContain('我们稍后再与您联系');
    expect(gaveUp.body).toContain('<Hangup/>');

    // A turn: the question asked again, for the same turn.
    const reprompt = await post(r.app, turnCall.action, { CallSid: turnCall.sid, Digits: '1' });
    xmlOk(reprompt);
    expect(reprompt.body).toContain('请您再说一遍');
    const again = actionOf(reprompt.body);
    expect(again).toBe(`${turnCall.action}&w=1`);

    // The fallback: its goodbye, without reading anything.
    const fb = await post(r.app, `/twilio/fallback?a=${fallbackCall.attemptId}`, { CallSid: fallbackCall.sid, ErrorCode: '11200' });
    xmlOk(fb);
    expect(fb.body).toContain('抱歉，系统暂时繁忙，我们稍后再与您联系。');
    expect(fb.body).toContain('<Hangup/>');

    // Status-like callbacks: an empty Response now, the work later.
    const routes: [string, Record<string, string>][] = [
      [`/twilio/status?a=${hangUpCall.attemptId}`, { CallSid: hangUpCall.sid, CallStatus: 'completed' }],
      [`/twilio/amd?a=${fresh.attemptId}`, { CallSid: fresh.providerId as string, AnsweredBy: 'human' }],
      [`/twilio/recording?a=${hangUpCall.attemptId}`, { CallSid: hangUpCall.sid, RecordingSid: 'RE00000000000000000000000000000001', RecordingStatus: 'completed' }],
      ['/twilio/sms', { MessageSid: 'SM00000000000000000000000000000009', From: '+8613900000001', To: '+861012345678', Body: '1' }],
      [`/twilio/sms-status?a=${fresh.attemptId}`, { MessageSid: 'SM00000000000000000000000000000009', MessageStatus: 'delivered' }],
      [`/twilio/whisper?a=${turnCall.attemptId}`, {}],
      [`/twilio/conference?a=${turnCall.attemptId}&t=1`, { StatusCallbackEvent: 'conference-start', ConferenceSid: 'CF00000000000000000000000000000001' }],
      [`/twilio/participant?a=${turnCall.attemptId}&t=1`, { CallSid: 'CA00000000000000000000000000000777', CallStatus: 'completed' }],
      [`/twilio/transfer-end?a=${turnCall.attemptId}&t=1`, { CallSid: turnCall.sid }],
      [`/twilio/hold?a=${turnCall.attemptId}`, {}],
    ];
    for (const [path, body] of routes) {
      const res = await post(r.app, path, body);
      xmlOk(res);
      expect(res.body.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response')).toBe(true);
    }
    expect(r.app.twilioDeferred?.pending()).toBeGreaterThan(0);

    await cluster.start();
    await r.app.twilioDeferred?.drained();

    // The fallback's attempt failed, its callback open for a retry; the hang-up recorded.
    expect(await store.callbacks.getAttempt(fallbackCall.attemptId)).toMatchObject({ outcome: 'failed' });
    expect((await store.callbacks.getAttempt(fallbackCall.attemptId))?.endedAt).not.toBeNull();
    expect((await store.callbacks.require(fallbackCall.callbackId)).status).toBe('incomplete');
    const hungUp = await store.callbacks.getAttempt(hangUpCall.attemptId);
    expect(hungUp).toMatchObject({ outcome: 'hung_up', recordingRef: 'RE00000000000000000000000000000001' });
    expect(hungUp?.endedAt).not.toBeNull();

    // The answer given again after the re-prompt is stored once, at its turn.
    const answered = await post(r.app, again, { CallSid: turnCall.sid, Digits: '1' });
    expect(answered.body).toContain('现在方便吗');
    const replay = await post(r.app, turnCall.action, { CallSid: turnCall.sid, Digits: '1' });
    expect(replay.body).toContain('现在方便吗');
    expect((await store.results.answers(turnCall.callbackId)).map((a) => a.stepId)).toEqual(['identity']);
  }, 180_000);

  it('a transaction whose server goes away between statements fails with HF_STORE_UNAVAILABLE; the process lives on', async () => {
    await expect(
      store.db.transaction(async (tx) => {
        await tx.query('SELECT 1');
        await cluster.stop();
        // The server's FATAL 57P01 reaches the checked-out client while it is idle.
        await new Promise((resolve) => setTimeout(resolve, 300));
        await tx.query('SELECT 1');
      }),
    ).rejects.toMatchObject({ code: 'HF_STORE_UNAVAILABLE' });
    await expect(store.db.query('SELECT 1')).rejects.toMatchObject({ code: 'HF_STORE_UNAVAILABLE' });
    await cluster.start();
    expect((await store.db.query<{ x: number }>('SELECT 1 AS x')).rows).toEqual([{ x: 1 }]);
  }, 120_000);
});
