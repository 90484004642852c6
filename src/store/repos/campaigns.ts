/**
 * What the campaign scheduler reads and the pacing it shares (src/campaigns/scheduler.ts):
 * finished work orders without a callback, callbacks whose next step is due, the contact
 * history the policy decides from, the shared pacing of new calls, attempts a crash left open.
 * The callbacks' own writes go through the callbacks repository (`transition`, `update`).
 */
import { FINAL_STATUSES, type AttemptOutcome, type CallbackStatus } from '../../domain/callbacks.js';
import type { FailureReason } from '../../domain/contact.js';
import type { RepoContext } from '../context.js';
import { json, ts } from '../context.js';
import { PERSON_ANSWERED_SQL } from './reports.js';

/** The advisory lock that serialises pacing reservations across workers (an arbitrary constant). */
const PACING_LOCK_KEY = 4_810_230_017;

/** The final statuses as SQL literals (constants, never input): the partial index `callbacks_due` has the same list. */
const FINAL_SQL = FINAL_STATUSES.map((s) => `'${s}'`).join(', ');

/** A finished work order the planner has not covered yet; a customer is known by their primary number. */
export interface UnplannedOrder {
  id: string;
  kind: string;
  finishedAt: Date;
  /** The smallest number of the customer (a person with two customer records is one person), else the customer id. */
  customerKey: string | null;
  segment: string | null;
  /** The renovation stage of a `renovation-stage` order (004 第五篇). */
  stage: string | null;
}

/** A sample as recorded: the seed that reproduces it, the rate, the population and its strata. */
export interface RecordedSample {
  seed: string;
  ratePerMille: number;
  population: number;
  strata: unknown[];
}

/** Counts of one run's callbacks (the demo). */
export interface RunSummary {
  callbacks: number;
  /** Phone calls placed, and those a person answered. */
  calls: number;
  callsReached: number;
  /** Callbacks with at least one attempt, and those a person answered (as reports count them). */
  attempted: number;
  reached: number;
  completed: number;
  escalated: number;
  rescheduled: number;
  optedOut: number;
  smsFallbacks: number;
  humanTasks: number;
  flagged: number;
  duplicateDials: number;
  /** Callbacks per level of their first scored step. */
  levels: Record<string, number>;
}

/** An open callback as the scheduler sees it. */
export interface OpenCallback {
  id: string;
  tenantId: string;
  status: CallbackStatus;
  dueFrom: Date;
  dueBy: Date;
  callbackAt: Date | null;
  humanFirst: boolean;
  mandatory: boolean;
  customerId: string | null;
}

interface OpenRow {
  id: string;
  tenant_id: string;
  status: CallbackStatus;
  due_from: Date;
  due_by: Date;
  callback_at: Date | null;
  human_first: boolean;
  mandatory: boolean;
  customer_id: string | null;
}

const toOpen = (r: OpenRow): OpenCallback => ({
  id: r.id,
  tenantId: r.tenant_id,
  status: r.status,
  dueFrom: r.due_from,
  dueBy: r.due_by,
  callbackAt: r.callback_at,
  humanFirst: r.human_first,
  mandatory: r.mandatory,
  customerId: r.customer_id,
});

/** What the contact policy needs to know of a callback beyond its row. */
export interface ContactHistory {
  attempts: { channel: string; startedAt: Date; outcome: AttemptOutcome | null; failureReason: FailureReason | null }[];
  /** Start times of the calls to the customer's numbers in the last two days, by any callback (the per-number cap). */
  numberCalls: Date[];
  /** One of the customer's numbers is on the do-not-contact list (everywhere, or this tenant's). */
  doNotContact: boolean;
  /** Human tasks (escalations) still open. */
  openTasks: number;
  /** The last time any other callback reached this person, by any of their numbers (004 第五十条). */
  lastOtherContactAt: Date | null;
  /** A chat conversation the customer can be reached in. */
  chatAddresses: number;
}

const OPEN_SQL = `SELECT c.id, c.tenant_id, c.status, c.due_from, c.due_by, c.callback_at, c.human_first, c.mandatory, w.customer_id
   FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id
  WHERE c.status NOT IN (${FINAL_SQL})`;

export function campaignsRepo(ctx: RepoContext) {
  const { db } = ctx;
  return {
    /** A tenant's finished work orders that no callback covers yet, in order of finish. */
    async unplannedOrders(tenantId: string): Promise<UnplannedOrder[]> {
      const { rows } = await db.query<{ id: string; kind: string; finished_at: Date; customer_key: string | null; segment: string | null; stage: string | null }>(
        `SELECT w.id, w.kind, w.finished_at,
                coalesce((SELECT min(p.e164) FROM customer_phones p WHERE p.customer_id = w.customer_id), w.customer_id) AS customer_key,
                w.segment, w.raw->>'stage' AS stage FROM work_orders w
          WHERE w.tenant_id = $1 AND w.finished_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM callback_work_orders cw WHERE cw.work_order_id = w.id)
          ORDER BY w.finished_at, w.id`,
        [tenantId],
      );
      return rows.map((r) => ({ id: r.id, kind: r.kind, finishedAt: r.finished_at, customerKey: r.customer_key, segment: r.segment, stage: r.stage }));
    },

    /**
     * Claim a batch of due callbacks for one worker's tick: open callbacks whose next step is
     * due at `now`, or that were never looked at (made outside the planner, such as a
     * re-survey; a callback waiting for people, a human task, has no time). Rows another worker
     * holds are skipped (`FOR UPDATE SKIP LOCKED`) and each claimed row's
     * `next_action_at` moves to `leaseUntil` in the same statement, so N workers split the due
     * set instead of each reading all of it. The worker then writes the decision's own time; if
     * it dies first, the callback is due again when the lease ends.
     */
    async claimDue(now: Date, o: { limit: number; leaseUntil: Date }): Promise<OpenCallback[]> {
      const { rows } = await db.query<OpenRow>(
        `WITH picked AS (
           SELECT c.id FROM callbacks c
            WHERE c.status NOT IN (${FINAL_SQL}) AND (c.next_action_at <= $1 OR (c.next_action_at IS NULL AND c.last_decision IS NULL))
            ORDER BY c.next_action_at NULLS FIRST, c.id LIMIT $2
              FOR UPDATE SKIP LOCKED)
         UPDATE callbacks c SET next_action_at = $3 FROM picked, work_orders w
          WHERE c.id = picked.id AND w.id = c.work_order_id
         RETURNING c.id, c.tenant_id, c.status, c.due_from, c.due_by, c.callback_at, c.human_first, c.mandatory, w.customer_id`,
        [ts(now), Math.max(0, Math.floor(o.limit)), ts(o.leaseUntil)],
      );
      return rows.map(toOpen).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },

    /**
     * Callbacks in progress whose claim is older than `before` with no attempt open and none
     * ended since `before`: a worker claimed them and died before it wrote the attempt (or the
     * attempt was settled without releasing them). `reconcile` releases them.
     */
    async expiredClaims(before: Date, limit = 500): Promise<string[]> {
      const { rows } = await db.query<{ id: string }>(
        `SELECT c.id FROM callbacks c
          WHERE c.status = 'in_progress' AND c.claimed_at < $1
            AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = c.id AND (a.outcome IS NULL OR a.ended_at >= $1))
          ORDER BY c.claimed_at LIMIT $2`,
        [ts(before), limit],
      );
      return rows.map((r) => r.id);
    },

    /** One callback, if it is still open. */
    async openCallback(id: string): Promise<OpenCallback | null> {
      const { rows } = await db.query<OpenRow>(`${OPEN_SQL} AND c.id = $1`, [id]);
      return rows[0] ? toOpen(rows[0]) : null;
    },

    /** The contact history of a callback (one round trip). */
    async history(cb: Pick<OpenCallback, 'id' | 'tenantId' | 'customerId'>): Promise<ContactHistory> {
      const { rows } = await db.query<{
        attempts: { channel: string; started_at: string; outcome: AttemptOutcome | null; failure_reason: FailureReason | null }[] | null;
        number_calls: string[] | null;
        dnc: number;
        tasks: number;
        other: Date | null;
        chat: number;
      }>(
        `SELECT
           (SELECT json_agg(json_build_object('channel', a.channel, 'started_at', a.started_at, 'outcome', a.outcome, 'failure_reason', a.failure_reason) ORDER BY a.started_at)
              FROM attempts a WHERE a.callback_id = $1) AS attempts,
           (SELECT json_agg(a.started_at ORDER BY a.started_at) FROM attempts a JOIN customer_phones p ON p.id = a.phone_id
             WHERE a.channel IN ('voice','simulator') AND a.started_at > $4
               AND p.e164 IN (SELECT e164 FROM customer_phones WHERE customer_id = $2)) AS number_calls,
           (SELECT count(*)::int FROM customer_phones p JOIN do_not_contact d ON d.phone = p.e164 AND (d.tenant_id IS NULL OR d.tenant_id = $3)
              WHERE p.customer_id = $2) AS dnc,
           (SELECT count(*)::int FROM escalations e WHERE e.callback_id = $1 AND e.status IN ('open', 'in_progress')) AS tasks,
           (SELECT max(a.answered_at) FROM attempts a
              JOIN callbacks c ON c.id = a.callback_id JOIN work_orders w ON w.id = c.work_order_id
              JOIN customer_phones p ON p.customer_id = w.customer_id
             WHERE p.e164 IN (SELECT e164 FROM customer_phones WHERE customer_id = $2) AND c.id <> $1 AND a.answered_at IS NOT NULL) AS other,
           (SELECT count(*)::int FROM chat_addresses ca WHERE ca.customer_id = $2 AND ca.do_not_contact_at IS NULL) AS chat`,
        [cb.id, cb.customerId, cb.tenantId, ts(new Date(ctx.now().getTime() - 2 * 86_400_000))],
      );
      const r = rows[0];
      return {
        attempts: (r?.attempts ?? []).map((a) => ({ channel: a.channel, startedAt: new Date(a.started_at), outcome: a.outcome ?? null, failureReason: a.failure_reason ?? null })),
        numberCalls: (r?.number_calls ?? []).map((t) => new Date(t)),
        doNotContact: (r?.dnc ?? 0) > 0,
        openTasks: r?.tasks ?? 0,
        lastOtherContactAt: r?.other ? new Date(r.other) : null,
        chatAddresses: r?.chat ?? 0,
      };
    },

    /**
     * Reserve a second for one new call in the shared pacing: the first second from `now` on,
     * within `horizonSeconds`, that has fewer than `callsPerSecond` calls, counted for every
     * worker in one row per second. Reservations are serialised by a transaction-level advisory
     * lock, so two workers never race for the last place of a second (a conditional upsert with
     * retries was tried first: under 20+ concurrent reservations a caller could lose every retry
     * and get no place although the horizon had room). Returns the second's start, or null when
     * the horizon is full.
     */
    async reservePacingSlot(callsPerSecond: number, now: Date, horizonSeconds = 30): Promise<Date | null> {
      const first = Math.floor(now.getTime() / 1000);
      const limit = Math.max(1, Math.floor(callsPerSecond));
      const horizon = Math.max(0, Math.floor(horizonSeconds));
      const slot = await db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [PACING_LOCK_KEY]);
        const { rows } = await tx.query<{ slot: string }>(
          `WITH free AS (
             SELECT s FROM generate_series($1::bigint, $1::bigint + $3::bigint) AS s
              WHERE coalesce((SELECT p.n FROM call_pacing p WHERE p.slot = s), 0) < $2
              ORDER BY s LIMIT 1)
           INSERT INTO call_pacing (slot, n) SELECT s, 1 FROM free
           ON CONFLICT (slot) DO UPDATE SET n = call_pacing.n + 1 WHERE call_pacing.n < $2
           RETURNING slot`,
          [first, limit, horizon],
        );
        if (rows[0] && first % 60 === 0) await tx.query('DELETE FROM call_pacing WHERE slot < $1', [first - 60]);
        return rows[0] ? Number(rows[0].slot) : null;
      });
      return slot === null ? null : new Date(slot * 1000);
    },

    /** Calls in progress (no outcome yet) started after `since`. */
    async liveCalls(since: Date): Promise<number> {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM attempts WHERE outcome IS NULL AND channel IN ('voice','simulator') AND started_at > $1`,
        [ts(since)],
      );
      return rows[0]?.n ?? 0;
    },

    /** Calls still without an outcome that started before `before` (what a crash may have left open). */
    async openCallsBefore(before: Date): Promise<{ id: string; callbackId: string; channel: string; providerId: string | null }[]> {
      const { rows } = await db.query<{ id: string; callback_id: string; channel: string; provider_id: string | null }>(
        `SELECT id, callback_id, channel, provider_id FROM attempts WHERE outcome IS NULL AND channel IN ('voice','simulator') AND started_at < $1`,
        [ts(before)],
      );
      return rows.map((r) => ({ id: r.id, callbackId: r.callback_id, channel: r.channel, providerId: r.provider_id }));
    },

    /** The sample drawn for a tenant's campaign (003 三.2: its seed reproduces it), or null. */
    async sample(tenantId: string, campaign: string): Promise<RecordedSample | null> {
      const { rows } = await db.query<{ seed: string; rate_per_mille: string; population: number; strata: RecordedSample['strata'] }>(
        'SELECT seed, rate_per_mille, population, strata FROM samples WHERE tenant_id = $1 AND campaign = $2',
        [tenantId, campaign],
      );
      const r = rows[0];
      return r ? { seed: r.seed, ratePerMille: Number(r.rate_per_mille), population: r.population, strata: r.strata } : null;
    },

    /** Record a drawn sample (once per tenant and campaign). */
    async recordSample(tenantId: string, campaign: string, s: RecordedSample): Promise<void> {
      await db.query(
        'INSERT INTO samples (id, tenant_id, campaign, seed, rate_per_mille, population, strata) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)',
        [ctx.newId(), tenantId, campaign, s.seed, s.ratePerMille, s.population, json(s.strata)],
      );
    },

    /**
     * The open callbacks of the work orders whose external id starts with `prefix` (one run of
     * the demo): how many are still scheduled, and when the next one is due.
     */
    async openOfRun(prefix: string): Promise<{ scheduled: number; nextActionAt: Date | null }> {
      const { rows } = await db.query<{ scheduled: number; next: Date | null }>(
        `SELECT count(*) FILTER (WHERE c.next_action_at IS NOT NULL)::int AS scheduled, min(c.next_action_at) AS next
           FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id
          WHERE w.external_id LIKE $1 AND c.status NOT IN (${FINAL_SQL})`,
        [`${prefix}%`],
      );
      return { scheduled: rows[0]?.scheduled ?? 0, nextActionAt: rows[0]?.next ?? null };
    },

    /** What happened to the callbacks of the work orders whose external id starts with `prefix` (the demo's summary). */
    async runSummary(prefix: string): Promise<RunSummary> {
      const { rows } = await db.query<Omit<RunSummary, 'levels'> & { levels: Record<string, number> | null }>(
        `WITH ours AS (SELECT c.* FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id WHERE w.external_id LIKE $1),
              calls AS (SELECT a.* FROM attempts a JOIN ours c ON c.id = a.callback_id WHERE a.channel IN ('voice','simulator')),
              firsts AS (SELECT DISTINCT ON (s.callback_id) s.callback_id, s.step_id FROM scores s JOIN ours c ON c.id = s.callback_id ORDER BY s.callback_id, s.id)
         SELECT
           (SELECT count(*)::int FROM ours) AS callbacks,
           (SELECT count(*)::int FROM calls) AS calls,
           -- Attempted and reached as the reports count them (reports.ts PERSON_ANSWERED_SQL).
           (SELECT count(DISTINCT a.callback_id)::int FROM attempts a JOIN ours c ON c.id = a.callback_id) AS attempted,
           (SELECT count(DISTINCT a.callback_id)::int FROM attempts a JOIN ours c ON c.id = a.callback_id WHERE ${PERSON_ANSWERED_SQL}) AS reached,
           (SELECT count(*)::int FROM calls a WHERE ${PERSON_ANSWERED_SQL}) AS "callsReached",
           (SELECT count(*)::int FROM ours WHERE status = 'completed') AS completed,
           (SELECT count(*)::int FROM ours WHERE status = 'escalated') AS escalated,
           (SELECT count(*)::int FROM ours WHERE callback_at IS NOT NULL) AS rescheduled,
           (SELECT count(*)::int FROM ours WHERE status = 'opted_out') AS "optedOut",
           (SELECT count(*)::int FROM attempts a JOIN ours c ON c.id = a.callback_id WHERE a.channel = 'sms') AS "smsFallbacks",
           -- Tasks for people: one per callback (reasons merged, 004 第五十条), none for an opted-out customer.
           (SELECT count(*)::int FROM escalations e JOIN ours c ON c.id = e.callback_id WHERE e.merged_into IS NULL AND e.no_task_reason IS NULL) AS "humanTasks",
           (SELECT count(DISTINCT f.callback_id)::int FROM flags f JOIN ours c ON c.id = f.callback_id) AS flagged,
           -- Two calls of one callback that overlap in time: a duplicate dial.
           (SELECT count(*)::int FROM calls a JOIN calls b ON a.callback_id = b.callback_id AND a.id <> b.id
              WHERE (a.started_at, a.id) < (b.started_at, b.id) AND b.started_at < coalesce(a.ended_at, 'infinity'::timestamptz)) AS "duplicateDials",
           -- The levels of each callback's first scored step.
           (SELECT json_object_agg(level, n) FROM (
              SELECT s.level, count(*)::int AS n FROM scores s JOIN firsts f ON f.callback_id = s.callback_id AND f.step_id = s.step_id
              WHERE s.level IS NOT NULL GROUP BY s.level) l) AS levels`,
        [`${prefix}%`],
      );
      const r = rows[0];
      return {
        callbacks: r?.callbacks ?? 0,
        calls: r?.calls ?? 0,
        callsReached: r?.callsReached ?? 0,
        attempted: r?.attempted ?? 0,
        reached: r?.reached ?? 0,
        completed: r?.completed ?? 0,
        escalated: r?.escalated ?? 0,
        rescheduled: r?.rescheduled ?? 0,
        optedOut: r?.optedOut ?? 0,
        smsFallbacks: r?.smsFallbacks ?? 0,
        humanTasks: r?.humanTasks ?? 0,
        flagged: r?.flagged ?? 0,
        duplicateDials: r?.duplicateDials ?? 0,
        levels: r?.levels ?? {},
      };
    },

    /** Settle an attempt that has no outcome yet (a no-op otherwise). */
    async settleAttempt(id: string, outcome: AttemptOutcome, at: Date): Promise<boolean> {
      const r = await db.query('UPDATE attempts SET outcome = $2, ended_at = $3 WHERE id = $1 AND outcome IS NULL', [id, outcome, ts(at)]);
      return r.affectedRows === 1;
    },
  };
}
export type CampaignsRepo = ReturnType<typeof campaignsRepo>;
