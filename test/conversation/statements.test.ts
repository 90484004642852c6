/**
 * Statements per webhook on the hot path (a voice call), counted with a wrapping Db. The
 * bounds are what the code took before the conversation runner (issue 14): the runner must
 * not make a turn heavier.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, QueryResult } from '../../src/store/db.js';
import { openStore, storeOver, type Store } from '../../src/store/index.js';
import { startCallback } from '../../src/channels/twilio/voice.js';
import { actionOf, post, rig, type Rig } from '../support/twilio.js';
import { fakeClock } from '../support/clock.js';
import { seedCallback } from '../support/seed.js';

expect.extend({
  toBeWithin(received: number, lo: number, hi: number) {
    return { pass: received >= lo && received <= hi, message: () => `expected ${received} to be within ${lo}..${hi}` };
  },
});
declare module 'vitest' {
  interface AsymmetricMatchersContaining {
    toBeWithin(lo: number, hi: number): unknown;
  }
}

class CountingDb implements Db {
  constructor(private readonly inner: Db, readonly counter: { n: number }) {}
  get kind() {
    return this.inner.kind;
  }
  query<T>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    this.counter.n++;
    return this.inner.query<T>(sql, params);
  }
  exec(sql: string): Promise<void> {
    this.counter.n++;
    return this.inner.exec(sql);
  }
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    return this.inner.transaction((tx) => fn(new CountingDb(tx, this.counter)));
  }
  close(): Promise<void> {
    return this.inner.close();
  }
}

describe('statements per voice webhook', () => {
  const counter = { n: 0 };
  let base: Store;
  let store: Store;
  let r: Rig;
  beforeAll(async () => {
    const clock = fakeClock();
    base = await openStore({ dataDir: 'memory://', now: clock.now });
    store = storeOver(new CountingDb(base.db, counter), base.migrations, { now: clock.now });
    r = await rig({ store, clock });
  });
  afterAll(async () => {
    await r?.close();
    await base?.close();
  });
  const app = () => r.app;

  it('a whole telecom-install call', async () => {
    const { callback } = await seedCallback(store);
    const counts: Record<string, number> = {};
    const measure = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
      const before = counter.n;
      const r = await f();
      counts[name] = counter.n - before;
      return r;
    };
    const started = await measure('dial', () => startCallback(r.deps, { callbackId: callback.id, channel: 'voice' }));
    const sid = started.providerId as string;
    const a = started.attemptId;
    await measure('status in-progress', () => post(app(), `/twilio/status?a=${a}`, { CallSid: sid, CallStatus: 'in-progress' }));
    const first = await measure('answered', () => post(app(), `/twilio/voice?a=${a}`, { CallSid: sid }));
    const t1 = await measure('turn identity', () => post(app(), actionOf(first.body), { CallSid: sid, Digits: '1' }));
    const t2 = await measure('turn convenient', () => post(app(), actionOf(t1.body), { CallSid: sid, SpeechResult: '方便的', Confidence: '0.9' }));
    const t3 = await measure('turn satisfaction (end)', () => post(app(), actionOf(t2.body), { CallSid: sid, SpeechResult: '满意', Confidence: '0.9' }));
    expect(t3.body).toContain('再见');
    await measure('status completed', () => post(app(), `/twilio/status?a=${a}`, { CallSid: sid, CallStatus: 'completed' }));
    // Before the runner: dial 7, status 2, answered 5, a turn 5, the last turn 16, completed 1.
    // Issue 17 adds one INSERT per turn: the turn's transcript lines (what was said, in one statement).
    expect(counts).toEqual({
      dial: expect.toBeWithin(0, 7),
      'status in-progress': expect.toBeWithin(0, 2),
      answered: expect.toBeWithin(0, 6),
      'turn identity': expect.toBeWithin(0, 6),
      'turn convenient': expect.toBeWithin(0, 6),
      'turn satisfaction (end)': expect.toBeWithin(0, 17),
      'status completed': expect.toBeWithin(0, 1),
    });
    expect((await store.callbacks.require(callback.id)).status).toBe('completed');
  });

  it('a dissatisfied call that escalates (no agents: a task)', async () => {
    const { callback } = await seedCallback(store);
    const counts: Record<string, number> = {};
    const measure = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
      const before = counter.n;
      const r = await f();
      counts[name] = counter.n - before;
      return r;
    };
    const started = await startCallback(r.deps, { callbackId: callback.id, channel: 'voice' });
    const sid = started.providerId as string;
    const a = started.attemptId;
    const first = await post(app(), `/twilio/voice?a=${a}`, { CallSid: sid });
    const t1 = await post(app(), actionOf(first.body), { CallSid: sid, Digits: '1' });
    const t2 = await post(app(), actionOf(t1.body), { CallSid: sid, Digits: '1' });
    const t3 = await measure('turn dissatisfied (score)', () => post(app(), actionOf(t2.body), { CallSid: sid, Digits: '3' }));
    await measure('turn reason (escalate, end)', () => post(app(), actionOf(t3.body), { CallSid: sid, SpeechResult: '师傅迟到了两个小时', Confidence: '0.9' }));
    // Before the runner: 7 (the score turn read the tenant for its level rules) and 20; +1 for the transcript lines (issue 17);
    // +2 on the escalating turn for one task per callback (issue 17: the callback's open task to merge into, the do-not-contact check).
    expect(counts).toEqual({ 'turn dissatisfied (score)': expect.toBeWithin(0, 8), 'turn reason (escalate, end)': expect.toBeWithin(0, 23) });
    expect((await store.callbacks.require(callback.id)).status).toBe('escalated');
  });
});
