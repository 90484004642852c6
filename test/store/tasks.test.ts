/**
 * The task store on both backends (PGlite; server Postgres with DATABASE_URL_TEST): one open
 * task per callback (later reasons merged, the earliest deadline kept, merged rows follow the
 * task), no task for a customer on the do-not-contact list, the board's filters, search, sort,
 * count and paging, and the click-to-call rows and notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/index.js';
import { seedCallback } from '../support/seed.js';
import { BACKENDS, openTestStore, type TestStore } from '../support/store.js';

describe.each(BACKENDS)('tasks on %s', (backend) => {
  let ts: TestStore;
  let store: Store;
  const at = (h: number) => new Date(Date.UTC(2025, 0, 15, 2) + h * 3_600_000);

  beforeAll(async () => {
    ts = await openTestStore(backend, { now: () => at(0) });
    store = ts.store;
  }, 120_000);
  afterAll(async () => ts?.cleanup());

  it('merges a second reason of a callback into its open task and keeps the earliest deadline', async () => {
    const { callback } = await seedCallback(store, { tenantId: 't1', phone: '+8613800002001' });
    const first = await store.results.addEscalation({ callbackId: callback.id, reason: 'dissatisfied', dueAt: at(24) });
    const second = await store.results.addEscalation({ callbackId: callback.id, reason: 'not_fixed', dueAt: at(2) });
    expect(first.mergedInto).toBeNull();
    expect(second.mergedInto).toBe(first.id);
    const tasks = await store.review.tasks({ callbackId: callback.id });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ id: first.id, reasons: ['not_fixed', 'dissatisfied'] });
    expect(tasks[0]!.dueAt?.toISOString()).toBe(at(2).toISOString());
    // The merged row is the task when asked by its id; it follows the task's status.
    expect((await store.review.task(second.id))?.id).toBe(first.id);
    await store.results.updateEscalation(first.id, { status: 'resolved', assignee: 'li', resolution: '已处理' });
    expect((await store.results.escalations(callback.id)).map((e) => [e.status, e.assignee])).toEqual([['resolved', 'li'], ['resolved', 'li']]);
    // Once the task is closed, a new reason opens a new task.
    const third = await store.results.addEscalation({ callbackId: callback.id, reason: 'complaint', dueAt: at(3) });
    expect(third.mergedInto).toBeNull();
  });

  it('opens no task for a customer on the do-not-contact list', async () => {
    const { callback } = await seedCallback(store, { tenantId: 't1', phone: '+8613800002002' });
    await store.contact.addDoNotContact({ phone: '+8613800002002', tenantId: 't1', source: 'voice' });
    const e = await store.results.addEscalation({ callbackId: callback.id, reason: 'dissatisfied', dueAt: at(5) });
    expect(e).toMatchObject({ noTaskReason: 'do_not_contact', status: 'unreachable' });
    expect(await store.review.tasks({ callbackId: callback.id })).toEqual([]);
  });

  it('filters, searches, sorts, counts and pages the board', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const { callback } = await seedCallback(store, { tenantId: 't2', phone: `+86138000030${String(i).padStart(2, '0')}` });
      const e = await store.results.addEscalation({ callbackId: callback.id, reason: i === 5 ? 'complaint:late' : i === 3 ? 'misconduct' : 'dissatisfied', dueAt: at(10 - i) });
      ids.push(e.id);
    }
    const f = { tenantIds: ['t2'] };
    expect(await store.review.countTasks(f)).toBe(7);
    const byDue = await store.review.tasks(f);
    expect(byDue.map((t) => t.id)).toEqual([...ids].reverse());
    const bySeverity = await store.review.tasks({ ...f, sort: 'severity' });
    expect(bySeverity.slice(0, 2).map((t) => t.reason)).toEqual(['misconduct', 'complaint:late']);
    const page2 = await store.review.tasks({ ...f, limit: 3, offset: 3 });
    expect(page2.map((t) => t.id)).toEqual(byDue.slice(3, 6).map((t) => t.id));
    expect((await store.review.tasks({ ...f, reason: 'complaint' })).map((t) => t.reason)).toEqual(['complaint:late']);
    expect((await store.review.tasks({ ...f, q: '3004' })).map((t) => t.id)).toEqual([ids[4]]);
    expect(await store.review.countTasks({ ...f, q: 'WO-' })).toBe(7);
    expect(await store.review.countTasks({ ...f, q: '50%' })).toBe(0);
    expect(await store.review.countTasks({ ...f, unassigned: true })).toBe(7);
  });

  it('keeps click-to-call rows and notes; an ended call is not changed by a late webhook', async () => {
    const { callback } = await seedCallback(store, { tenantId: 't1', phone: '+8613800002003' });
    const task = await store.results.addEscalation({ callbackId: callback.id, reason: 'dissatisfied', dueAt: at(5) });
    const call = await store.taskCalls.create({ taskId: task.id, callbackId: callback.id, tenantId: 't1', userId: 'u1', username: 'li', phoneId: null });
    expect(await store.taskCalls.live(task.id)).toMatchObject({ id: call.id });
    await store.taskCalls.update(call.id, { agentCallSid: 'CA1', answered: true, outcome: 'calling_customer' });
    const done = await store.taskCalls.update(call.id, { outcome: 'completed', dialStatus: 'completed', talkSeconds: 65, ended: true });
    expect(done).toMatchObject({ outcome: 'completed', talkSeconds: 65, agentCallSid: 'CA1' });
    expect(await store.taskCalls.update(call.id, { outcome: 'agent_no_answer', ended: true })).toBeNull();
    expect(await store.taskCalls.update(call.id, { recordingSid: 'RE' + '0'.repeat(32) })).toMatchObject({ outcome: 'completed', recordingSid: 'RE' + '0'.repeat(32) });
    expect(await store.taskCalls.live(task.id)).toBeNull();
    await store.taskCalls.addNote({ taskId: task.id, author: 'li', kind: 'call:completed', text: 'li 拨打客户：已通话' });
    expect((await store.review.task(task.id))?.lastNote).toBe('li 拨打客户：已通话');
  });
});
