/**
 * The one owner of the callback lifecycle on both databases: the guarded transition, and the
 * write-back event a final status brings, once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishCallback } from '../../src/results/lifecycle.js';
import type { Store } from '../../src/store/index.js';
import { BACKENDS, openTestStore, type TestStore } from '../support/store.js';
import { seedCallback } from '../support/seed.js';

for (const backend of BACKENDS) {
  describe(`callback lifecycle on ${backend}`, () => {
    let t: TestStore;
    let store: Store;
    beforeAll(async () => {
      t = await openTestStore(backend);
      store = t.store;
    });
    afterAll(async () => t?.cleanup());

    it('moves only as the table allows; a final status writes its event once', async () => {
      const { callback } = await seedCallback(store);
      expect(await store.callbacks.transition(callback.id, 'incomplete', { from: ['in_progress'] })).toBeNull();
      expect((await store.callbacks.transition(callback.id, 'in_progress'))?.status).toBe('in_progress');
      expect(await store.callbacks.transition(callback.id, 'in_progress')).toBeNull(); // the claim is taken
      const first = await finishCallback(store, callback.id, 'opted_out', { outcome: 'opted_out' });
      expect(first.callback).toMatchObject({ status: 'opted_out', outcome: 'opted_out' });
      expect(first.callback?.completedAt).toBeInstanceOf(Date);
      expect(first.events).toHaveLength(1);
      const second = await finishCallback(store, callback.id, 'opted_out', { outcome: 'opted_out' });
      expect(second).toEqual({ callback: null, events: [] });
      expect(await finishCallback(store, callback.id, 'completed', { outcome: 'completed' })).toEqual({ callback: null, events: [] });
      expect((await store.callbacks.require(callback.id)).status).toBe('opted_out');
      const events = (await store.outbox.list({ limit: 10_000 })).filter((e) => (e.payload as { data: { callbackId: string } }).data.callbackId === callback.id);
      expect(events.map((e) => e.eventType)).toEqual(['callback.completed']);
    });

    it('counting an attempt moves the status only when allowed, and always counts', async () => {
      const { callback } = await seedCallback(store);
      await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice' });
      await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice' });
      expect(await store.callbacks.require(callback.id)).toMatchObject({ status: 'in_progress', attempts: 2 });
    });

    it('the claim waits for an open attempt to settle', async () => {
      const { callback } = await seedCallback(store);
      const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'voice' });
      await store.callbacks.releaseIfInProgress(callback.id);
      expect(await store.callbacks.transition(callback.id, 'in_progress', { unlessAttemptOpen: true })).toBeNull();
      await store.callbacks.updateAttempt(attempt.id, { outcome: 'no-answer', endedAt: store.now() });
      expect((await store.callbacks.transition(callback.id, 'in_progress', { unlessAttemptOpen: true, lastDecision: 'voice:dialling' }))?.lastDecision).toBe('voice:dialling');
    });
  });
}
