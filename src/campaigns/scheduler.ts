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
import type { Store } from '../store/index.js';
import type { Callback } from '../store/repos/callbacks.js';
import { decideNext, planCallbacks, tenantPolicy, type CallbackView, type Channel, type ContactPolicy, type Decision } from './policy.js';

/** How a contact is made: the channel adapters (Twilio voice/SMS, chat). */
export interface Contactor {
  contact(req: { callbackId: string; channel: Channel }): Promise<{ attemptId: string; providerId?: string | null }>;
  /** The provider's view of an attempt left open (null: the provider does not know it). */
  providerStatus?(attempt: { id: string; channel: string; providerId: string | null }): Promise<{ outcome: 'answered' | 'no-answer' | 'busy' | 'failed' | 'machine' | 'hung_up' | null } | null>;
}

/** Where contact jobs go (pg-boss in production; direct in tests). */
export interface JobSink {
  enqueueContact(job: ContactJob): Promise<void>;
}

export interface ContactJob {
  callbackId: string;
  channel: Channel;
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

const FINAL = ['completed', 'escalated', 'opted_out', 'failed'];

async function policyOf(deps: CampaignDeps, tenantId: string): Promise<ContactPolicy> {
  if (deps.policyFor) return deps.policyFor(tenantId);
  // The tenant's zone, calling hours and days, holidays and make-up working days.
  return tenantPolicy(await deps.store.tenants.get(tenantId));
}

/** Plan callbacks for a tenant's finished work orders that have none yet. */
export async function planNewOrders(deps: CampaignDeps, tenantId: string): Promise<{ created: number; unplanned: number }> {
  // A customer is known by their primary number: two orders of one person may arrive as two
  // customer records, and they must still make one callback (004 第五十条).
  const { rows } = await deps.store.db.query<{ id: string; kind: string; finished_at: Date; customer_id: string | null; segment: string | null; raw: { stage?: string } | null }>(
    `SELECT w.id, w.kind, w.finished_at,
            coalesce((SELECT min(p.e164) FROM customer_phones p WHERE p.customer_id = w.customer_id), w.customer_id) AS customer_id,
            w.segment, w.raw FROM work_orders w
      WHERE w.tenant_id = $1 AND w.finished_at IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM callback_work_orders cw WHERE cw.work_order_id = w.id)
      ORDER BY w.finished_at, w.id`,
    [tenantId],
  );
  if (!rows.length) return { created: 0, unplanned: 0 };
  const policy = await policyOf(deps, tenantId);
  const { planned, unplanned } = planCallbacks(
    rows.map((r) => ({
      id: r.id,
      // Renovation orders carry their stage (004 第五篇): start, mid-payment, completion.
      kind: r.kind === 'renovation-stage' && r.raw?.stage ? `renovation-${r.raw.stage}` : r.kind,
      finishedAt: new Date(r.finished_at),
      customerId: r.customer_id,
      segment: r.segment,
    })),
    policy,
  );
  let created = 0;
  for (const p of planned) {
    const version = deps.dialogVersion(p.dialog);
    if (version === null) continue;
    const r = await deps.store.transaction(async (tx) => {
      const c = await tx.callbacks.create({
        tenantId,
        workOrderId: p.workOrderId,
        dialogId: p.dialog,
        dialogVersion: version,
        campaign: p.campaign,
        dueFrom: p.dueFrom,
        dueBy: p.dueBy,
        alsoCovers: p.covers,
      });
      if (c.created) {
        await tx.db.query('UPDATE callbacks SET human_first = $2, mandatory = $3, next_action_at = $4 WHERE id = $1', [
          c.callback.id,
          p.humanFirst,
          p.mandatory,
          p.dueFrom,
        ]);
      }
      return c;
    });
    if (r.created) created++;
  }
  return { created, unplanned: unplanned.length };
}

interface DueRow {
  id: string;
  tenant_id: string;
  status: Callback['status'];
  due_from: Date;
  due_by: Date;
  callback_at: Date | null;
  human_first: boolean;
  mandatory: boolean;
  customer_id: string | null;
}

/** Build the policy's view of a callback from the store (one round trip). */
async function viewOf(store: Store, row: DueRow): Promise<CallbackView> {
  const { rows } = await store.db.query<{
    attempts: { channel: string; started_at: string; outcome: string | null }[] | null;
    dnc: number;
    tasks: number;
    other: Date | null;
    chat: number;
  }>(
    `SELECT
       (SELECT json_agg(json_build_object('channel', a.channel, 'started_at', a.started_at, 'outcome', a.outcome) ORDER BY a.started_at)
          FROM attempts a WHERE a.callback_id = $1) AS attempts,
       (SELECT count(*)::int FROM customer_phones p JOIN do_not_contact d ON d.phone = p.e164 AND (d.tenant_id IS NULL OR d.tenant_id = $3)
          WHERE p.customer_id = $2) AS dnc,
       (SELECT count(*)::int FROM escalations e WHERE e.callback_id = $1 AND e.status IN ('open', 'in_progress')) AS tasks,
       -- The last time any other callback reached this person, by any of their numbers (004 第五十条).
       (SELECT max(a.answered_at) FROM attempts a
          JOIN callbacks c ON c.id = a.callback_id JOIN work_orders w ON w.id = c.work_order_id
          JOIN customer_phones p ON p.customer_id = w.customer_id
         WHERE p.e164 IN (SELECT e164 FROM customer_phones WHERE customer_id = $2) AND c.id <> $1 AND a.answered_at IS NOT NULL) AS other,
       -- A chat conversation the customer can be reached in (the ladder prefers it to SMS).
       (SELECT count(*)::int FROM chat_addresses ca WHERE ca.customer_id = $2 AND ca.do_not_contact_at IS NULL) AS chat`,
    [row.id, row.customer_id, row.tenant_id],
  );
  const r = rows[0]!;
  return {
    status: row.status,
    dueFrom: new Date(row.due_from),
    dueBy: new Date(row.due_by),
    callbackAt: row.callback_at ? new Date(row.callback_at) : null,
    humanFirst: row.human_first,
    mandatory: row.mandatory,
    doNotContact: r.dnc > 0 || !row.customer_id,
    humanTaskOpen: r.tasks > 0,
    hasChatAddress: r.chat > 0,
    attempts: (r.attempts ?? []).map((a) => ({ channel: a.channel as Channel, startedAt: new Date(a.started_at), outcome: (a.outcome as CallbackView['attempts'][number]['outcome']) ?? null })),
    lastOtherContactAt: r.other ? new Date(r.other) : null,
  };
}

const OPEN_SQL = `SELECT c.id, c.tenant_id, c.status, c.due_from, c.due_by, c.callback_at, c.human_first, c.mandatory, w.customer_id
   FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id
  WHERE c.status NOT IN ('completed', 'escalated', 'opted_out', 'failed')`;
// Due: its next step's time has come, or it was never looked at (a callback made outside the
// planner, such as a re-survey). A callback waiting for people (a human task) has no time.
const DUE_SQL = `${OPEN_SQL} AND (c.next_action_at <= $1 OR (c.next_action_at IS NULL AND c.last_decision IS NULL))`;

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
  const { rows } = await deps.store.db.query<DueRow>(`${DUE_SQL} ORDER BY c.next_action_at NULLS FIRST, c.id LIMIT ${Number(limit)}`, [now]);
  const out: TickResult = { looked: rows.length, enqueued: 0, humanTasks: 0, scheduled: 0, stopped: 0 };
  const policies = new Map<string, ContactPolicy>();
  for (const row of rows) {
    let policy = policies.get(row.tenant_id);
    if (!policy) policies.set(row.tenant_id, (policy = await policyOf(deps, row.tenant_id)));
    const view = await viewOf(deps.store, row);
    const d = decideNext(view, policy, now);
    await act(deps, jobs, row, d, now, out);
  }
  return out;
}

async function act(deps: CampaignDeps, jobs: JobSink, row: DueRow, d: Decision, now: Date, out: TickResult): Promise<void> {
  const db = deps.store.db;
  const note = (next: Date | null, decision: string) =>
    db.query('UPDATE callbacks SET next_action_at = $2, last_decision = $3, updated_at = $4 WHERE id = $1', [row.id, next, decision, now]);
  switch (d.action) {
    case 'contact':
      if (d.at > now) {
        await note(d.at, `${d.channel}:${d.reason}`);
        out.scheduled++;
        return;
      }
      // Look again in 10 minutes if the job is lost; the claim in runContact prevents doubles.
      await note(new Date(now.getTime() + 10 * 60_000), `${d.channel}:${d.reason}:queued`);
      await jobs.enqueueContact({ callbackId: row.id, channel: d.channel });
      out.enqueued++;
      return;
    case 'human_task':
      // 004 第五十二条: VIP first, and every failed automatic callback, go to a person.
      await deps.store.transaction(async (tx) => {
        await tx.results.addEscalation({ callbackId: row.id, reason: d.reason === 'vip' ? 'vip_human_first' : `auto_${d.reason}`, dueAt: d.dueAt });
        await tx.db.query('UPDATE callbacks SET next_action_at = NULL, last_decision = $2, updated_at = $3 WHERE id = $1', [row.id, `human_task:${d.reason}`, now]);
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
        await db.query(`UPDATE callbacks SET status = 'opted_out', outcome = 'opted_out', next_action_at = NULL, last_decision = 'stop:do_not_contact', completed_at = $2, updated_at = $2 WHERE id = $1 AND status NOT IN ('completed','escalated','opted_out','failed')`, [row.id, now]);
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
  const slot = Math.floor(now.getTime() / 1000);
  const { rows } = await store.db.query<{ n: number }>(
    'INSERT INTO call_pacing (slot, n) VALUES ($1, 1) ON CONFLICT (slot) DO UPDATE SET n = call_pacing.n + 1 RETURNING n',
    [slot],
  );
  if (slot % 60 === 0) await store.db.query('DELETE FROM call_pacing WHERE slot < $1', [slot - 60]);
  return (rows[0]?.n ?? 1) <= callsPerSecond;
}

export type ContactOutcome = 'contacted' | 'not_due' | 'claimed_elsewhere' | 'paced' | 'busy_lines' | 'failed';

/**
 * The `contact` job: claim, re-check, pace, contact. Safe to run twice for the same job:
 * the claim is an atomic UPDATE, so a second run finds the callback in progress.
 */
export async function runContact(deps: CampaignDeps, contactor: Contactor, job: ContactJob): Promise<ContactOutcome> {
  const now = deps.now();
  const { rows } = await deps.store.db.query<DueRow>(`${OPEN_SQL} AND c.id = $1`, [job.callbackId]);
  const row = rows[0];
  if (!row) return 'not_due';
  const policy = await policyOf(deps, row.tenant_id);
  const d = decideNext(await viewOf(deps.store, row), policy, now);
  if (d.action !== 'contact' || d.at > now || d.channel !== job.channel) return 'not_due';
  const pacing = deps.pacing ?? { callsPerSecond: 5, maxConcurrent: 50 };
  if (job.channel === 'voice') {
    const { rows: live } = await deps.store.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM attempts WHERE outcome IS NULL AND channel IN ('voice','simulator') AND started_at > $1`,
      [new Date(now.getTime() - 3_600_000)],
    );
    if ((live[0]?.n ?? 0) >= pacing.maxConcurrent) return 'busy_lines';
    if (!(await takePacingSlot(deps.store, pacing.callsPerSecond, new Date()))) return 'paced';
  }
  // The claim: only one worker moves this callback to in_progress.
  const claim = await deps.store.db.query(
    `UPDATE callbacks SET status = 'in_progress', last_decision = $2, updated_at = $3
      WHERE id = $1 AND status NOT IN ('in_progress', 'completed', 'escalated', 'opted_out', 'failed')
        AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = $1 AND a.outcome IS NULL)
      RETURNING id`,
    [job.callbackId, `${job.channel}:dialling`, now],
  );
  if (!claim.rows.length) return 'claimed_elsewhere';
  try {
    await contactor.contact({ callbackId: job.callbackId, channel: job.channel });
    return 'contacted';
  } catch {
    // The channel recorded the failed attempt; the next tick decides again.
    await deps.store.db.query(`UPDATE callbacks SET status = 'incomplete', next_action_at = $2 WHERE id = $1 AND status = 'in_progress'`, [job.callbackId, now]);
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
  const { rows } = await deps.store.db.query<{ id: string; callback_id: string; channel: string; provider_id: string | null }>(
    `SELECT id, callback_id, channel, provider_id FROM attempts WHERE outcome IS NULL AND channel IN ('voice','simulator') AND started_at < $1`,
    [new Date(now.getTime() - olderThanMinutes * 60_000)],
  );
  let settled = 0;
  for (const a of rows) {
    const status = a.provider_id && contactor.providerStatus ? await contactor.providerStatus({ id: a.id, channel: a.channel, providerId: a.provider_id }) : null;
    if (status && status.outcome === null) continue; // still ringing or talking at the provider
    const outcome = status?.outcome ?? 'failed';
    await deps.store.db.query('UPDATE attempts SET outcome = $2, ended_at = $3 WHERE id = $1 AND outcome IS NULL', [a.id, outcome, now]);
    await deps.store.db.query(`UPDATE callbacks SET status = 'incomplete', next_action_at = $2 WHERE id = $1 AND status = 'in_progress'`, [a.callback_id, now]);
    settled++;
  }
  return { settled };
}

export { FINAL as FINAL_CALLBACK_STATUSES };
