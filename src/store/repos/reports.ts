/**
 * The query layer of reports: SQL over the report facts, the same statements on PGlite and
 * server Postgres. It reads fact rows (grouped, with a count) for one date range; the pure core
 * (src/results/reports/compute.ts) computes every figure from them.
 *
 * Callbacks and orders due are read from the fact tables of migration 060_report_facts.sql:
 * one row per finished callback (`report_callback_facts`) and one per work order due
 * (`report_order_facts`), kept current by triggers with the rows of the views
 * `report_callback_facts_source` / `report_order_facts_source`, which hold the per-callback
 * expressions (overall score, reached, dissatisfied, reasons, called in time). A report is
 * then a range scan and a GROUP BY. `source: 'live'` reads the views instead: the same facts
 * computed from the base tables on the fly (the reference the tests compare the tables with).
 *
 * Every tenant's days are its own calendar days: the bounds are computed in SQL with the
 * same expression the export uses (`(date)::timestamp AT TIME ZONE tenants.time_zone`), so a
 * report and `huifang export` over the same days always see the same callbacks. Nothing in
 * the facts depends on a time zone: the day of a row and same-day timeliness are computed
 * here from completed_at / finished_at.
 */
import type { ReportLevel } from '../../domain/levels.js';
import type { RepoContext } from '../context.js';
import type { Db } from '../db.js';

/** Dimensions a report can be broken down by. `station` is the work order's heat station (or service area). */
export const REPORT_DIMENSIONS = ['tenant', 'kind', 'district', 'station', 'team', 'engineer'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** Which survey a callback belongs to, from its campaign name. */
export type CampaignClass = 'order' | 'sampling' | 're-survey';

/** When an order-triggered callback was finished relative to the work order's finish. */
export type Timeliness = 'same_day' | 'on_time' | 'late';

/**
 * Where callback and order facts are read from: the fact tables kept by triggers (`tables`,
 * the default), or their source views over the base tables (`live`: slow, the reference).
 */
export type FactSource = 'tables' | 'live';

/** The range of local days the facts are read for. */
export interface FactRange {
  from: string;
  to: string;
  tenantId: string | null;
  by: ReportDimension | null;
  /** Campaign prefix filter, or null. */
  campaign?: string | null;
  /** Fact tables (default) or the live views. */
  source?: FactSource;
}

/** Finished callbacks (completed_at in the period), grouped; `n` identical ones. */
export interface CallbackFact {
  tenantId: string;
  /** Local day (tenant time zone) of completed_at, YYYY-MM-DD. */
  day: string;
  /** Value of the breakdown dimension (null when the work order has none, or no breakdown). */
  group: string | null;
  campaignClass: CampaignClass;
  status: string;
  /** At least one contact attempt (or an answer). */
  attempted: boolean;
  /** The customer was reached (answered a call, replied, or the dialog finished). */
  reached: boolean;
  /** Level, scale and raw answer of the overall score (null: no answer). */
  level: ReportLevel | null;
  scale: string | null;
  raw: string | null;
  /** Dissatisfied as the export defines it: level dissatisfied or a dissatisfied / low-score escalation. */
  dissatisfied: boolean;
  /** An escalation with reason 'complaint'. */
  complaint: boolean;
  /** Order-triggered callbacks with a work-order finish time only; else null. */
  timeliness: Timeliness | null;
  /** Sampling callbacks only: "district / heat station" of the work order; else null. */
  stratum: string | null;
  n: number;
}

/** Work orders finished in the period (orders due for a callback), grouped. */
export interface OrderFact {
  tenantId: string;
  /** Local day of finished_at. */
  day: string;
  group: string | null;
  /** A finished order-triggered callback covers the order. */
  called: boolean;
  /** ... and it reached the customer within the deadline the contact policy planned. */
  answeredInTime: boolean;
  n: number;
}

/** One escalation opened in the period. */
export interface EscalationFact {
  tenantId: string;
  /** Local day of created_at. */
  day: string;
  group: string | null;
  reason: string;
  status: 'open' | 'in_progress' | 'resolved' | 'unreachable' | string;
  createdAt: Date;
  resolvedAt: Date | null;
  dueAt: Date | null;
}

/** What a dissatisfied callback's reason is made of: the last reason answer, the last escalation detail. */
export interface ReasonRow {
  tenantId: string;
  day: string;
  group: string | null;
  answer: string | null;
  detail: string | null;
}

/** The indoor temperature answers of a month's sampling callbacks, grouped by stratum and value. */
export interface TemperatureFact {
  stratum: string;
  celsius: number;
  n: number;
}

/**
 * Contact attempts of the period (issue 17: figures that add up with what was dialled): per
 * tenant, local day of a callback's first attempt in the period and group, how many callbacks
 * had at least one attempt (SMS and chat included) and how many of them a person answered, and
 * how many phone calls were placed and answered by a person (an answering machine is not a
 * person). The demo's summary counts with the same expressions (campaigns.runSummary).
 */
export interface ContactFact {
  tenantId: string;
  day: string;
  group: string | null;
  callbacksAttempted: number;
  callbacksReached: number;
  callsPlaced: number;
  callsReached: number;
}

/** An attempt a person answered (alias a): the one definition reports and the demo summary share. */
export const PERSON_ANSWERED_SQL = `(a.answered_at IS NOT NULL AND a.outcome IS DISTINCT FROM 'machine')`;
/** An attempt that is a phone call (alias a). */
export const PHONE_CALL_SQL = `a.channel IN ('voice', 'simulator')`;

/** Everything a report reads, in one snapshot. */
export interface ReportFacts {
  /** Contact attempts of the period (absent: figures from finished callbacks only). */
  contacts?: ContactFact[];
  callbacks: CallbackFact[];
  orders: OrderFact[];
  escalations: EscalationFact[];
  reasons: ReasonRow[];
}

/** The relations facts are read from. Fixed strings: never user input. */
const RELATIONS: Readonly<Record<FactSource, { callbacks: string; orders: string }>> = {
  tables: { callbacks: 'report_callback_facts', orders: 'report_order_facts' },
  live: { callbacks: 'report_callback_facts_source', orders: 'report_order_facts_source' },
};

/** Column of the work order (or of a fact row, which carries the same columns) for each breakdown. */
const GROUP_COLUMN: Readonly<Record<ReportDimension, string>> = {
  tenant: 'tenant_id',
  kind: 'kind',
  district: 'district',
  station: 'heat_station',
  team: 'team',
  engineer: 'engineer',
};

/** The campaign prefix filter on callbacks (alias c), parameter $n. */
const campaignSql = (n: number): string => `AND ($${n}::text IS NULL OR left(c.campaign, length($${n}::text)) = $${n}::text)`;

/** The breakdown column on alias `alias`. */
const groupSql = (by: ReportDimension | null, alias: string): string => (by ? `${alias}.${GROUP_COLUMN[by]}` : 'NULL::text');

/** Tenants with their local-day bounds as instants ($1 tenant or null, $2 from, $3 to). */
const BOUNDS = `b AS (
  SELECT id AS tenant_id, time_zone AS tz,
    ($2::date)::timestamp AT TIME ZONE time_zone AS lo,
    ($3::date + 1)::timestamp AT TIME ZONE time_zone AS hi
  FROM tenants WHERE ($1::text IS NULL OR id = $1)
), bb AS (SELECT min(lo) AS lo, max(hi) AS hi FROM b)`;

/** Campaign classes: sampling surveys (003 三.2) and re-surveys after an escalation was resolved (003 九.4, 九.7). */
export const CAMPAIGN_CLASS_SQL = `CASE WHEN c.campaign LIKE 'sampling%' THEN 'sampling'
  WHEN c.campaign LIKE 're-survey%' THEN 're-survey' ELSE 'order' END`;

/**
 * The rows of a fact relation in the range ($1..$3), joined to the bounds. On the live views the
 * range goes into a LATERAL subquery fenced with OFFSET 0: the planner then looks up the range's
 * callbacks first, instead of computing the view for every callback and filtering after.
 */
const rangeSql = (relation: string, alias: string, time: string, live: boolean): string => {
  const range = `${alias}.tenant_id = b.tenant_id AND ${alias}.${time} >= b.lo AND ${alias}.${time} < b.hi
    AND ${alias}.${time} >= bb.lo AND ${alias}.${time} < bb.hi`;
  return live
    ? `FROM b CROSS JOIN bb CROSS JOIN LATERAL (SELECT * FROM ${relation} ${alias} WHERE ${range} OFFSET 0) ${alias}`
    : `FROM b CROSS JOIN bb JOIN ${relation} ${alias} ON ${range}`;
};

/** The finished callbacks of the range: fact rows, alias c. */
const finishedSql = (source: FactSource): string => rangeSql(RELATIONS[source].callbacks, 'c', 'completed_at', source === 'live');

/** The work orders due in the range: fact rows, alias w. */
const dueSql = (source: FactSource): string => rangeSql(RELATIONS[source].orders, 'w', 'finished_at', source === 'live');

interface CallbackRow {
  tenant_id: string;
  day: string;
  grp: string | null;
  cls: CampaignClass;
  status: string;
  attempted: boolean;
  reached: boolean;
  level: ReportLevel | null;
  scale: string | null;
  raw: string | null;
  dissatisfied: boolean;
  complaint: boolean;
  timeliness: Timeliness | null;
  stratum: string | null;
  n: number;
}

/**
 * Finished callbacks of the range, grouped. Timeliness (order-triggered callbacks whose work
 * order has a finish time): same_day when finished on the local day the order finished, else
 * on_time when finished by the callback's own deadline (`due_by`: the end of the window the
 * contact policy planned, src/domain/deadlines.ts), else late; no timeliness without a deadline.
 */
async function callbackFacts(db: Db, r: FactRange): Promise<CallbackFact[]> {
  const { rows } = await db.query<CallbackRow>(
    `WITH ${BOUNDS}
     SELECT x.tenant_id, to_char(x.day, 'YYYY-MM-DD') AS day, x.grp, x.cls, x.status, x.attempted, x.reached, x.level, x.scale, x.raw,
       x.dissatisfied, x.complaint, x.timeliness, x.stratum, count(*)::int AS n
     FROM (
       SELECT c.tenant_id, (c.completed_at AT TIME ZONE b.tz)::date AS day, ${groupSql(r.by, 'c')} AS grp,
         ${CAMPAIGN_CLASS_SQL} AS cls, c.status, c.attempted, c.reached, c.level, c.scale, c.raw, c.dissatisfied, c.complaint,
         CASE WHEN c.campaign LIKE 'sampling%' OR c.campaign LIKE 're-survey%' OR c.finished_at IS NULL OR c.due_by IS NULL THEN NULL
           WHEN (c.completed_at AT TIME ZONE b.tz)::date = (c.finished_at AT TIME ZONE b.tz)::date THEN 'same_day'
           WHEN c.completed_at <= c.due_by THEN 'on_time'
           ELSE 'late' END AS timeliness,
         CASE WHEN c.campaign LIKE 'sampling%' THEN COALESCE(c.district, '-') || ' / ' || COALESCE(c.heat_station, '-') END AS stratum
       ${finishedSql(r.source ?? 'tables')}
       WHERE true ${campaignSql(4)}
     ) x
     GROUP BY x.tenant_id, x.day, x.grp, x.cls, x.status, x.attempted, x.reached, x.level, x.scale, x.raw, x.dissatisfied, x.complaint,
       x.timeliness, x.stratum`,
    [r.tenantId, r.from, r.to, r.campaign ?? null],
  );
  return rows.map((x) => ({
    tenantId: x.tenant_id,
    day: x.day,
    group: x.grp,
    campaignClass: x.cls,
    status: x.status,
    attempted: x.attempted,
    reached: x.reached,
    level: x.level,
    scale: x.scale,
    raw: x.raw,
    dissatisfied: x.dissatisfied,
    complaint: x.complaint,
    timeliness: x.timeliness,
    stratum: x.stratum,
    n: x.n,
  }));
}

/** Work orders finished in the range (orders due), grouped. Survey households (kind sampling…/survey…) are not orders. */
async function orderFacts(db: Db, r: FactRange): Promise<OrderFact[]> {
  const { rows } = await db.query<{ tenant_id: string; day: string; grp: string | null; called: boolean; in_time: boolean; n: number }>(
    `WITH ${BOUNDS}
     SELECT x.tenant_id, to_char(x.day, 'YYYY-MM-DD') AS day, x.grp, x.called, x.in_time, count(*)::int AS n
     FROM (
       SELECT w.tenant_id, (w.finished_at AT TIME ZONE b.tz)::date AS day, ${groupSql(r.by, 'w')} AS grp, w.called, w.in_time
       ${dueSql(r.source ?? 'tables')}
     ) x
     GROUP BY x.tenant_id, x.day, x.grp, x.called, x.in_time`,
    [r.tenantId, r.from, r.to],
  );
  return rows.map((x) => ({ tenantId: x.tenant_id, day: x.day, group: x.grp, called: x.called, answeredInTime: x.in_time, n: x.n }));
}

/** Escalations opened in the range (local day of created_at). */
async function contactFacts(db: Db, r: FactRange): Promise<ContactFact[]> {
  const { rows } = await db.query<{ tenant_id: string; day: string; grp: string | null; cb: number; cb_reached: number; calls: number; calls_reached: number }>(
    `WITH ${BOUNDS},
     per AS (
       SELECT c.tenant_id, c.id, min(a.started_at) AS first_at, b.tz, ${groupSql(r.by, 'w')} AS grp,
         bool_or(${PERSON_ANSWERED_SQL}) AS reached,
         count(*) FILTER (WHERE ${PHONE_CALL_SQL})::int AS calls,
         count(*) FILTER (WHERE ${PHONE_CALL_SQL} AND ${PERSON_ANSWERED_SQL})::int AS calls_reached
       FROM b CROSS JOIN bb
       JOIN callbacks c ON c.tenant_id = b.tenant_id
       JOIN attempts a ON a.callback_id = c.id AND a.started_at >= b.lo AND a.started_at < b.hi AND a.started_at >= bb.lo AND a.started_at < bb.hi
       JOIN work_orders w ON w.id = c.work_order_id
       WHERE true ${campaignSql(4)}
       GROUP BY c.tenant_id, c.id, b.tz${r.by ? `, w.${GROUP_COLUMN[r.by]}` : ''})
     SELECT tenant_id, to_char((first_at AT TIME ZONE tz)::date, 'YYYY-MM-DD') AS day, grp,
       count(*)::int AS cb, count(*) FILTER (WHERE reached)::int AS cb_reached, sum(calls)::int AS calls, sum(calls_reached)::int AS calls_reached
     FROM per GROUP BY 1, 2, 3`,
    [r.tenantId, r.from, r.to, r.campaign ?? null],
  );
  return rows.map((x) => ({
    tenantId: x.tenant_id, day: x.day, group: x.grp, callbacksAttempted: x.cb, callbacksReached: x.cb_reached, callsPlaced: x.calls, callsReached: x.calls_reached,
  }));
}

async function escalationFacts(db: Db, r: FactRange): Promise<EscalationFact[]> {
  const { rows } = await db.query<{
    tenant_id: string;
    day: string;
    grp: string | null;
    reason: string;
    status: string;
    created_at: Date;
    resolved_at: Date | null;
    due_at: Date | null;
  }>(
    `WITH ${BOUNDS}
     SELECT c.tenant_id, to_char(e.created_at AT TIME ZONE b.tz, 'YYYY-MM-DD') AS day, ${groupSql(r.by, 'w')} AS grp,
       e.reason, e.status, e.created_at, e.resolved_at, e.due_at
     FROM bb JOIN escalations e ON e.created_at >= bb.lo AND e.created_at < bb.hi
     JOIN callbacks c ON c.id = e.callback_id
     JOIN b ON b.tenant_id = c.tenant_id AND e.created_at >= b.lo AND e.created_at < b.hi
     JOIN work_orders w ON w.id = c.work_order_id
     WHERE true ${campaignSql(4)}
     ORDER BY e.created_at, e.id`,
    [r.tenantId, r.from, r.to, r.campaign ?? null],
  );
  return rows.map((x) => ({
    tenantId: x.tenant_id,
    day: x.day,
    group: x.grp,
    reason: x.reason,
    status: x.status,
    createdAt: x.created_at,
    resolvedAt: x.resolved_at,
    dueAt: x.due_at,
  }));
}

/**
 * The reason of every dissatisfied finished callback of the range, as the facts hold it: the
 * last reason answer and the last escalation detail (the text the export shows is made of them,
 * `dissatisfactionReason`).
 */
async function reasonFacts(db: Db, r: FactRange): Promise<ReasonRow[]> {
  const { rows } = await db.query<{ tenant_id: string; day: string; grp: string | null; answer: string | null; detail: string | null }>(
    `WITH ${BOUNDS}
     SELECT c.tenant_id, to_char(c.completed_at AT TIME ZONE b.tz, 'YYYY-MM-DD') AS day, ${groupSql(r.by, 'c')} AS grp,
       c.reason_answer AS answer, c.reason_detail AS detail
     ${finishedSql(r.source ?? 'tables')}
     WHERE c.dissatisfied ${campaignSql(4)}
     ORDER BY c.completed_at, c.callback_id`,
    [r.tenantId, r.from, r.to, r.campaign ?? null],
  );
  return rows.map((x) => ({ tenantId: x.tenant_id, day: x.day, group: x.grp, answer: x.answer, detail: x.detail }));
}

/** A finished callback as the export lists it, with the rows its level and reason come from. */
export interface FinishedCallbackRow {
  id: string;
  workOrderExternalId: string;
  dialogId: string;
  outcome: string | null;
  completedAt: Date | null;
  /** The channel of its last attempt. */
  channel: string | null;
  escalated: boolean;
  scores: { stepId: string; scale: string; raw: string; level: ReportLevel | null }[];
  answers: { stepId: string; raw: string }[];
  escalations: { reason: string; detail: string | null }[];
}

export function reportsRepo(ctx: RepoContext) {
  return {
    /**
     * The finished callbacks (completed_at set) of a range of local days (each tenant's own
     * calendar, as reports count them), oldest first, with their scores, answers and escalations.
     */
    async finishedCallbacks(f: { from?: string | null; to?: string | null; tenantId?: string | null }): Promise<FinishedCallbackRow[]> {
      const { rows } = await ctx.db.query<{
        id: string;
        external_id: string;
        dialog_id: string;
        outcome: string | null;
        completed_at: Date | null;
        channel: string | null;
        escalated: boolean;
      }>(
        `SELECT c.id, w.external_id, c.dialog_id, c.outcome, c.completed_at,
           (SELECT a.channel FROM attempts a WHERE a.callback_id = c.id ORDER BY a.started_at DESC, a.id DESC LIMIT 1) AS channel,
           EXISTS (SELECT 1 FROM escalations e WHERE e.callback_id = c.id) AS escalated
         FROM callbacks c JOIN work_orders w ON w.id = c.work_order_id JOIN tenants t ON t.id = c.tenant_id
         WHERE c.completed_at IS NOT NULL
           AND ($1::text IS NULL OR c.tenant_id = $1)
           AND ($2::date IS NULL OR c.completed_at >= ($2::date)::timestamp AT TIME ZONE t.time_zone)
           AND ($3::date IS NULL OR c.completed_at < ($3::date + 1)::timestamp AT TIME ZONE t.time_zone)
         ORDER BY c.completed_at, c.id`,
        [f.tenantId ?? null, f.from ?? null, f.to ?? null],
      );
      if (rows.length === 0) return [];
      const ids = rows.map((r) => r.id);
      const scores = await ctx.db.query<{ callback_id: string; step_id: string; scale: string; raw: string; level: ReportLevel | null }>(
        'SELECT callback_id, step_id, scale, raw, level FROM scores WHERE callback_id = ANY($1::text[]) ORDER BY created_at, id',
        [ids],
      );
      const answers = await ctx.db.query<{ callback_id: string; step_id: string; raw: string }>(
        'SELECT callback_id, step_id, raw FROM answers WHERE callback_id = ANY($1::text[]) ORDER BY created_at, id',
        [ids],
      );
      const escalations = await ctx.db.query<{ callback_id: string; reason: string; detail: string | null }>(
        'SELECT callback_id, reason, detail FROM escalations WHERE callback_id = ANY($1::text[]) ORDER BY created_at, id',
        [ids],
      );
      const group = <T extends { callback_id: string }>(list: T[]): Map<string, T[]> => {
        const m = new Map<string, T[]>();
        for (const r of list) m.set(r.callback_id, [...(m.get(r.callback_id) ?? []), r]);
        return m;
      };
      const scoresBy = group(scores.rows);
      const answersBy = group(answers.rows);
      const escBy = group(escalations.rows);
      return rows.map((r) => ({
        id: r.id,
        workOrderExternalId: r.external_id,
        dialogId: r.dialog_id,
        outcome: r.outcome,
        completedAt: r.completed_at,
        channel: r.channel,
        escalated: r.escalated,
        scores: (scoresBy.get(r.id) ?? []).map((x) => ({ stepId: x.step_id, scale: x.scale, raw: x.raw, level: x.level })),
        answers: (answersBy.get(r.id) ?? []).map((a) => ({ stepId: a.step_id, raw: a.raw })),
        escalations: (escBy.get(r.id) ?? []).map((e) => ({ reason: e.reason, detail: e.detail })),
      }));
    },

    /**
     * The facts of a range in one transaction (one snapshot for the four statements). JIT off:
     * these statements are short, and compiling them (estimated costs are high for a month)
     * took longer than running them on a loaded server.
     */
    async facts(r: FactRange, o: { orders: boolean }): Promise<ReportFacts> {
      return ctx.db.transaction(async (tx) => {
        await tx.exec('SET LOCAL jit = off');
        return {
          contacts: await contactFacts(tx, r),
          callbacks: await callbackFacts(tx, r),
          orders: o.orders ? await orderFacts(tx, r) : [],
          escalations: await escalationFacts(tx, r),
          reasons: await reasonFacts(tx, r),
        };
      });
    },

    /** Indoor temperatures answered in the range's sampling callbacks (the last temperature answer of each; `step` matches the step id). */
    async temperatures(tenantId: string, from: string, to: string, step: RegExp): Promise<TemperatureFact[]> {
      const { rows } = await ctx.db.query<{ stratum: string; celsius: number; n: number }>(
        `WITH b AS (
           SELECT id AS tenant_id, ($2::date)::timestamp AT TIME ZONE time_zone AS lo, ($3::date + 1)::timestamp AT TIME ZONE time_zone AS hi
           FROM tenants WHERE id = $1)
         SELECT COALESCE(w.district, '-') || ' / ' || COALESCE(w.heat_station, '-') AS stratum, t.celsius, count(*)::int AS n
         FROM b JOIN callbacks c ON c.tenant_id = b.tenant_id AND c.completed_at >= b.lo AND c.completed_at < b.hi
         JOIN work_orders w ON w.id = c.work_order_id
         JOIN LATERAL (SELECT (a.value #>> '{}')::float8 AS celsius FROM answers a
           WHERE a.callback_id = c.id AND a.step_id ~* $4 AND jsonb_typeof(a.value) = 'number'
           ORDER BY a.created_at DESC, a.id DESC LIMIT 1) t ON true
         WHERE c.campaign LIKE 'sampling%'
         GROUP BY 1, 2 ORDER BY 1, 2`,
        [tenantId, from, to, step.source],
      );
      return rows.map((r) => ({ stratum: r.stratum, celsius: Number(r.celsius), n: r.n }));
    },
  };
}
export type ReportsRepo = ReturnType<typeof reportsRepo>;
