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
  /**
   * How long a claim holds (seconds, default 120): a tick's claimed batch, a queued contact
   * whose job may be lost, a callback claimed for a contact whose attempt was never written.
   * A worker that dies holding one loses nothing: the callback is due again when it ends.
   */
  claimLeaseSeconds?: number;
  /** The worker's id, recorded with each claim (`claimed_by`). */
  workerId?: string;
  /** Wait until a reserved pacing second starts (default: a real timer; tests pass their own). */
  sleep?: (ms: number) => Promise<void>;
}

const leaseOf = (deps: CampaignDeps): number => deps.claimLeaseSeconds ?? 120;

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

/**
 * Look at the due callbacks and act on the policy's decision. The tick claims them in batches
 * of `batch` (`claimDue`: `FOR UPDATE SKIP LOCKED`, each claimed callback's next look moved to
 * the end of the lease in the same statement), so several workers ticking at once split the
 * due set; it stops after `limit` callbacks or when nothing is due.
 */
export async function tick(deps: CampaignDeps, jobs: JobSink, limit = 5000, batch = 100): Promise<TickResult> {
  const now = deps.now();
  const out: TickResult = { looked: 0, enqueued: 0, humanTasks: 0, scheduled: 0, stopped: 0 };
  const policies = new Map<string, ContactPolicy>();
  while (out.looked < limit) {
    const size = Math.min(batch, limit - out.looked);
    const due = await deps.store.campaigns.claimDue(now, { limit: size, leaseUntil: new Date(now.getTime() + leaseOf(deps) * 1000) });
    out.looked += due.length;
    for (const cb of due) {
      let policy = policies.get(cb.tenantId);
      if (!policy) policies.set(cb.tenantId, (policy = await policyOf(deps, cb.tenantId)));
      const d = decideNext(await viewOf(deps.store, cb), policy, now);
      await act(deps, jobs, cb, d, now, out);
    }
    if (due.length < size) break;
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
      // Look again when the lease ends, in case the job is lost (a worker killed holding it); a
      // second job for the callback is harmless (one queued per callback, and the claim in
      // runContact prevents doubles).
      await note(new Date(now.getTime() + leaseOf(deps) * 1000), `${d.channel}:${d.reason}:queued`);
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


/** A contact that wakes this late into its reserved second does not dial in it (the provider would count it in the next). */
const PACING_LATE_MS = 500;
/** How far ahead a contact may reserve its pacing second (beyond: look again soon). */
const PACING_HORIZON_S = 20;
/** When a contact that found the lines busy or the pacing full is looked at again. */
const PACED_RETRY_MS = 15_000;
const realSleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

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
  // Lines busy or no second free soon: look again shortly rather than when the lease ends.
  const later = () => store.callbacks.update(job.callbackId, { nextActionAt: new Date(now.getTime() + PACED_RETRY_MS) });
  if (job.channel === 'voice' && (await store.campaigns.liveCalls(new Date(now.getTime() - 3_600_000))) >= pacing.maxConcurrent) {
    await later();
    return 'busy_lines';
  }
  if (job.channel === 'voice') {
    // The shared pacing: a second reserved for this call across every worker, never more than
    // `callsPerSecond` calls in one second; wait for it to start. Reserved before the claim, so
    // a contact paced out leaves the callback as it was (a place reserved by a contact whose
    // claim then fails stays unused: the fleet may dial below the limit, never above it).
    let slot = await store.campaigns.reservePacingSlot(pacing.callsPerSecond, new Date(), PACING_HORIZON_S);
    for (let late = 0; ; late++) {
      if (!slot) {
        await later();
        return 'paced';
      }
      const wait = slot.getTime() - Date.now();
      if (wait > 0) await (deps.sleep ?? realSleep)(wait);
      // Woken late (a busy process, or a second reserved as it ended): the call would reach the
      // provider in a later second, which may be full already. Take a later second instead (this
      // one's place stays unused: below the limit, never above it); after three, look again later.
      if (Date.now() - slot.getTime() < PACING_LATE_MS) break;
      slot = late < 2 ? await store.campaigns.reservePacingSlot(pacing.callsPerSecond, new Date(Date.now() + 1000), PACING_HORIZON_S) : null;
    }
  }
  // The claim: only one worker moves this callback to in_progress (the transition table does
  // not let in_progress be entered twice), and not while an attempt is still open. It records
  // when and by whom: a worker killed before it writes the attempt leaves a claim that
  // `reconcile` releases once the lease has passed (issue 15 item 7).
  const claimed = await store.callbacks.transition(job.callbackId, 'in_progress', { unlessAttemptOpen: true, lastDecision: `${job.channel}:dialling`, claimedBy: deps.workerId ?? null });
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
 *
 * And claims that expired: a callback claimed for a contact (in progress) whose attempt was
 * never written — the worker died between the claim and the attempt — is released once the
 * claim is older than the lease and no attempt is open, so the policy decides again (issue 15
 * item 7). Without this it stayed in progress for ever: the claim refuses it, and the open
 * attempts above do not include it.
 */
export async function reconcile(deps: CampaignDeps, contactor: Contactor, olderThanMinutes = 30): Promise<{ settled: number; released: number }> {
  const now = deps.now();
  const { store } = deps;
  let settled = 0;
  let released = 0;
  const before = new Date(now.getTime() - leaseOf(deps) * 1000);
  for (const id of await store.campaigns.expiredClaims(before)) {
    const r = await store.callbacks.transition(id, 'incomplete', { from: ['in_progress'], unlessAttemptOpen: true, claimedBefore: before, nextActionAt: now, lastDecision: 'released:claim_expired' });
    if (r) released++;
  }
  for (const a of await store.campaigns.openCallsBefore(new Date(now.getTime() - olderThanMinutes * 60_000))) {
    const status = a.providerId && contactor.providerStatus ? await contactor.providerStatus({ id: a.id, channel: a.channel, providerId: a.providerId }) : null;
    if (status && status.outcome === null) continue; // still ringing or talking at the provider
    await store.campaigns.settleAttempt(a.id, status?.outcome ?? 'failed', now);
    await store.callbacks.releaseIfInProgress(a.callbackId, { nextActionAt: now });
    settled++;
  }
  return { settled, released };
}
