/**
 * Campaign execution: the IO around the pure contact policy.
 *
 * - `planNewOrders` turns finished work orders that have no callback yet into callbacks
 *   (merging a customer's orders, 004 第五十条).
 * - `tick(now)` looks at every open callback whose next step is due, asks the policy what to
 *   do, and either schedules it (`next_action_at`), opens a human task, or enqueues a
 *   `contact` job. Times are data in the database, so any worker can take any tick, and a
 *   simulated clock can drive the whole pipeline.
 * - `runContact` (the job handler) claims the callback atomically (one contact at a time per
 *   callback: no duplicate dials however many workers run), checks the policy once more,
 *   takes a slot from the shared pacing, records the attempt before dialling (inside the
 *   channel) and dials.
 * - `reconcile` looks at attempts left open by a crash: it asks the provider what happened
 *   instead of dialling again.
 */
import type { ContactChannel, Contactor } from '../conversation/contact.js';
import { finishCallback } from '../results/lifecycle.js';
import type { Store } from '../store/index.js';
import type { OpenCallback } from '../store/repos/campaigns.js';
import { decideNext, planCallbacks, tenantPolicy, type CallbackView, type Channel, type ContactPolicy, type Decision } from './policy.js';

export type { Contactor };

/** Where contact jobs go (pg-boss in production; direct in tests). */
export interface JobSink {
  enqueueContact(job: ContactJob): Promise<void>;
}

export interface ContactJob {
  callbackId: string;
  channel: ContactChannel;
}

export interface CampaignDeps {
  store: Store;
  now: () => Date;
  /** The tenant's policy (its settings merged over the defaults). */
  policyFor?: (tenantId: string) => Promise<ContactPolicy> | ContactPolicy;
  /** Dialog versions by id, for new callbacks. */
  dialogVersion: (dialogId: string) => number | null;
  pacing?: { callsPerSecond: number; maxConcurrent: number };
}

async function policyOf(deps: CampaignDeps, tenantId: string): Promise<ContactPolicy> {
  if (deps.policyFor) return deps.policyFor(tenantId);
  // The tenant's zone, calling hours and days, holidays and make-up working days.
  return tenantPolicy(await deps.store.tenants.get(tenantId));
}

/** Plan callbacks for a tenant's finished work orders that have none yet. */
export async function planNewOrders(deps: CampaignDeps, tenantId: string): Promise<{ created: number; unplanned: number }> {
  // A customer is known by their primary number: two orders of one person may arrive as two
  // customer records, and they must still make one callback (004 第五十条).
  const orders = await deps.store.campaigns.unplannedOrders(tenantId);
  if (!orders.length) return { created: 0, unplanned: 0 };
  const policy = await policyOf(deps, tenantId);
  const { planned, unplanned } = planCallbacks(
    orders.map((o) => ({
      id: o.id,
      // Renovation orders carry their stage (004 第五篇): start, mid-payment, completion.
      kind: o.kind === 'renovation-stage' && o.stage ? `renovation-${o.stage}` : o.kind,
      finishedAt: new Date(o.finishedAt),
      customerId: o.customerKey,
      segment: o.segment,
    })),
    policy,
  );
  let created = 0;
  for (const p of planned) {
    const version = deps.dialogVersion(p.dialog);
    if (version === null) continue;
    const r = await deps.store.callbacks.create({
      tenantId,
      workOrderId: p.workOrderId,
      dialogId: p.dialog,
      dialogVersion: version,
      campaign: p.campaign,
      dueFrom: p.dueFrom,
      dueBy: p.dueBy,
      alsoCovers: p.covers,
      humanFirst: p.humanFirst,
      mandatory: p.mandatory,
      nextActionAt: p.dueFrom,
    });
    if (r.created) created++;
  }
  return { created, unplanned: unplanned.length };
}

/** Build the policy's view of a callback from the store (one round trip). */
async function viewOf(store: Store, cb: OpenCallback): Promise<CallbackView> {
  const h = await store.campaigns.history(cb);
  return {
    status: cb.status,
    dueFrom: new Date(cb.dueFrom),
    dueBy: new Date(cb.dueBy),
    callbackAt: cb.callbackAt ? new Date(cb.callbackAt) : null,
    humanFirst: cb.humanFirst,
    mandatory: cb.mandatory,
    doNotContact: h.doNotContact || !cb.customerId,
    humanTaskOpen: h.openTasks > 0,
    hasChatAddress: h.chatAddresses > 0,
    attempts: h.attempts.map((a) => ({ channel: a.channel as Channel, startedAt: a.startedAt, outcome: a.outcome, failureReason: a.failureReason })),
    lastOtherContactAt: h.lastOtherContactAt,
    numberCalls: h.numberCalls,
  };
}

export interface TickResult {
  looked: number;
  enqueued: number;
  humanTasks: number;
  scheduled: number;
  stopped: number;
}

/** Look at every due callback and act on the policy's decision. */
export async function tick(deps: CampaignDeps, jobs: JobSink, limit = 5000): Promise<TickResult> {
  const now = deps.now();
  const due = await deps.store.campaigns.dueCallbacks(now, limit);
  const out: TickResult = { looked: due.length, enqueued: 0, humanTasks: 0, scheduled: 0, stopped: 0 };
  const policies = new Map<string, ContactPolicy>();
  for (const cb of due) {
    let policy = policies.get(cb.tenantId);
    if (!policy) policies.set(cb.tenantId, (policy = await policyOf(deps, cb.tenantId)));
    const d = decideNext(await viewOf(deps.store, cb), policy, now);
    await act(deps, jobs, cb, d, now, out);
  }
  return out;
}

async function act(deps: CampaignDeps, jobs: JobSink, cb: OpenCallback, d: Decision, now: Date, out: TickResult): Promise<void> {
  const { store } = deps;
  const note = (nextActionAt: Date | null, lastDecision: string) => store.callbacks.update(cb.id, { nextActionAt, lastDecision });
  switch (d.action) {
    case 'contact':
      if (d.at > now) {
        await note(d.at, `${d.channel}:${d.reason}`);
        out.scheduled++;
        return;
      }
      // Look again in 10 minutes if the job is lost; the claim in runContact prevents doubles.
      await note(new Date(now.getTime() + 10 * 60_000), `${d.channel}:${d.reason}:queued`);
      await jobs.enqueueContact({ callbackId: cb.id, channel: d.channel });
      out.enqueued++;
      return;
    case 'human_task':
      // 004 第五十二条: VIP first, and every failed automatic callback, go to a person.
      await store.transaction(async (tx) => {
        await tx.results.addEscalation({ callbackId: cb.id, reason: d.reason === 'vip' ? 'vip_human_first' : `auto_${d.reason}`, dueAt: d.dueAt });
        await tx.callbacks.update(cb.id, { nextActionAt: null, lastDecision: `human_task:${d.reason}` });
      });
      out.humanTasks++;
      return;
    case 'wait':
      // A call in progress settles within minutes; a human task waits for people, who take
      // the callback from there (the task board), so the scheduler need not look again.
      await note(d.reason === 'human_task_open' ? null : new Date(now.getTime() + 5 * 60_000), `wait:${d.reason}`);
      return;
    case 'stop':
      if (d.reason === 'do_not_contact') {
        // The customer is on the do-not-contact list: the callback is over, through the one
        // lifecycle (its write-back event, once; nothing if it is final already).
        await finishCallback(store, cb.id, 'opted_out', { outcome: 'opted_out', nextActionAt: null, lastDecision: 'stop:do_not_contact' });
      } else {
        await note(null, `stop:${d.reason}`);
      }
      out.stopped++;
      return;
  }
}

/**
 * Take a slot in the shared pacing: at most `callsPerSecond` new contacts in one second
 * across every worker. Returns false when this second is full.
 */
export async function takePacingSlot(store: Store, callsPerSecond: number, now: Date): Promise<boolean> {
  return store.campaigns.takePacingSlot(callsPerSecond, now);
}

export type ContactOutcome = 'contacted' | 'not_due' | 'claimed_elsewhere' | 'paced' | 'busy_lines' | 'failed';

/**
 * The `contact` job: claim, re-check, pace, contact. Safe to run twice for the same job:
 * the claim is an atomic UPDATE, so a second run finds the callback in progress.
 */
export async function runContact(deps: CampaignDeps, contactor: Contactor, job: ContactJob): Promise<ContactOutcome> {
  const now = deps.now();
  const { store } = deps;
  const cb = await store.campaigns.openCallback(job.callbackId);
  if (!cb) return 'not_due';
  const policy = await policyOf(deps, cb.tenantId);
  const d = decideNext(await viewOf(store, cb), policy, now);
  if (d.action !== 'contact' || d.at > now || d.channel !== job.channel) return 'not_due';
  const pacing = deps.pacing ?? { callsPerSecond: 5, maxConcurrent: 50 };
  if (job.channel === 'voice') {
    if ((await store.campaigns.liveCalls(new Date(now.getTime() - 3_600_000))) >= pacing.maxConcurrent) return 'busy_lines';
    if (!(await store.campaigns.takePacingSlot(pacing.callsPerSecond, new Date()))) return 'paced';
  }
  // The claim: only one worker moves this callback to in_progress (the transition table does
  // not let in_progress be entered twice), and not while an attempt is still open.
  const claimed = await store.callbacks.transition(job.callbackId, 'in_progress', { unlessAttemptOpen: true, lastDecision: `${job.channel}:dialling` });
  if (!claimed) return 'claimed_elsewhere';
  try {
    await contactor.contact({ callbackId: job.callbackId, channel: job.channel });
    return 'contacted';
  } catch {
    // The channel recorded the failed attempt; the next tick decides again.
    await store.callbacks.releaseIfInProgress(job.callbackId, { nextActionAt: now });
    return 'failed';
  }
}

/**
 * After a crash: attempts still open after `olderThanMinutes` are settled with the
 * provider's answer instead of dialling again. An attempt without a provider id never got
 * as far as the provider: it is closed as failed, and the policy retries it.
 */
export async function reconcile(deps: CampaignDeps, contactor: Contactor, olderThanMinutes = 30): Promise<{ settled: number }> {
  const now = deps.now();
  const { store } = deps;
  let settled = 0;
  for (const a of await store.campaigns.openCallsBefore(new Date(now.getTime() - olderThanMinutes * 60_000))) {
    const status = a.providerId && contactor.providerStatus ? await contactor.providerStatus({ id: a.id, channel: a.channel, providerId: a.providerId }) : null;
    if (status && status.outcome === null) continue; // still ringing or talking at the provider
    await store.campaigns.settleAttempt(a.id, status?.outcome ?? 'failed', now);
    await store.callbacks.releaseIfInProgress(a.callbackId, { nextActionAt: now });
    settled++;
  }
  return { settled };
}
