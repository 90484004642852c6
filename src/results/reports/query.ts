/**
 * The query layer of reports: SQL over the store's tables, the same statements on PGlite and
 * server Postgres. It reads fact rows (grouped, with a count) for one date range and hands
 * them to the pure core (compute.ts).
 *
 * Every tenant's days are its own calendar days: the bounds are computed in SQL with the
 * same expression the export uses (`(date)::timestamp AT TIME ZONE tenants.time_zone`), so a
 * report and `huifang export` over the same days always see the same callbacks.
 */
import { HuifangError } from '../../shared/errors.js';
import type { Db } from '../../store/db.js';
import type { ReportLevel } from '../levels.js';
import { dissatisfactionReason, REASON_STEP } from '../writeback.js';
import { computeReport } from './compute.js';
import { parseDay, parsePeriod, periodRange } from './period.js';
import type {
  CallbackFact,
  CampaignClass,
  EscalationFact,
  OrderFact,
  Period,
  ReasonFact,
  Report,
  ReportDimension,
  Timeliness,
} from './types.js';
import { REPORT_DIMENSIONS } from './types.js';

export interface ReportOptions {
  period: Period;
  /** Any day of the period, YYYY-MM-DD. */
  date: string;
  /** Only this tenant (default: every tenant, each in its own time zone). */
  tenantId?: string | null;
  /** Break the figures down by this dimension. */
  by?: ReportDimension | null;
  /** Only callbacks whose campaign starts with this (e.g. "sampling"); orders due are then left out. */
  campaign?: string | null;
  /** The time of the report (overdue escalations); default now. */
  now?: Date;
}

/** The range of local days the facts are read for. */
export interface FactRange {
  from: string;
  to: string;
  tenantId: string | null;
  by: ReportDimension | null;
  /** Campaign prefix filter, or null. */
  campaign?: string | null;
}

/** Column of the work order (alias w) for each breakdown. Fixed strings: never user input. */
const GROUP_SQL: Readonly<Record<ReportDimension, string>> = {
  tenant: 'w.tenant_id',
  kind: 'w.kind',
  district: 'w.district',
  station: 'w.heat_station',
  team: 'w.team',
  engineer: 'w.engineer',
};

/** Check a breakdown name. */
export function parseDimension(by: string): ReportDimension {
  if (!(REPORT_DIMENSIONS as readonly string[]).includes(by)) {
    throw new HuifangError('HF_CLI_USAGE', `by must be one of ${REPORT_DIMENSIONS.join(', ')}, got ${by}`);
  }
  return by as ReportDimension;
}

/** The campaign prefix filter on callbacks (alias c), parameter $n. */
const campaignSql = (n: number): string => `AND ($${n}::text IS NULL OR left(c.campaign, length($${n}::text)) = $${n}::text)`;

const groupSql = (by: ReportDimension | null): string => (by ? GROUP_SQL[by] : 'NULL::text');

/** Tenants with their local-day bounds as instants ($1 tenant or null, $2 from, $3 to). */
const BOUNDS = `b AS (
  SELECT id AS tenant_id, time_zone AS tz,
    ($2::date)::timestamp AT TIME ZONE time_zone AS lo,
    ($3::date + 1)::timestamp AT TIME ZONE time_zone AS hi
  FROM tenants WHERE ($1::text IS NULL OR id = $1)
), bb AS (SELECT min(lo) AS lo, max(hi) AS hi FROM b)`;

/** Campaign classes: sampling surveys (003 三.2) and re-surveys after an escalation was resolved. */
export const CAMPAIGN_CLASS_SQL = `CASE WHEN c.campaign LIKE 'sampling%' THEN 'sampling'
  WHEN c.campaign LIKE 're-survey%' THEN 're-survey' ELSE 'order' END`;

/**
 * Hours within which an order-triggered callback must reach the customer: 48 for heating
 * work orders (003 四.4(7) repairs; 八.3 complaints within 2 days), 72 for all others
 * (004 第五十三条: the same day, at the latest within 3 days).
 */
export const DEADLINE_SQL = `CASE WHEN w.kind LIKE 'heating%' THEN interval '48 hours' ELSE interval '72 hours' END`;

/** Statuses that mean the customer was reached. */
export const REACHED_STATUSES = ['completed', 'escalated', 'opted_out'] as const;

/** The finished callbacks of the range ($1..$3), joined to their work order and the bounds. */
const FINISHED = `FROM b CROSS JOIN bb
  JOIN callbacks c ON c.tenant_id = b.tenant_id AND c.completed_at >= b.lo AND c.completed_at < b.hi
    AND c.completed_at >= bb.lo AND c.completed_at < bb.hi
  JOIN work_orders w ON w.id = c.work_order_id`;

/** The overall score as `overallScore` picks it: the last on step 'overall', else the last. */
const OVERALL_SCORE = `LEFT JOIN LATERAL (
    SELECT s.level, s.scale, s.raw FROM scores s WHERE s.callback_id = c.id
    ORDER BY (s.step_id = 'overall') DESC, s.created_at DESC, s.id DESC LIMIT 1) s ON true`;

const ESCALATION_FLAGS = `LEFT JOIN LATERAL (
    SELECT bool_or(e.reason IN ('dissatisfied', 'low_score')) AS dis, bool_or(e.reason = 'complaint') AS complaint
    FROM escalations e WHERE e.callback_id = c.id) e ON true`;

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

/** Finished callbacks of the range, grouped. */
export async function loadCallbackFacts(db: Db, r: FactRange): Promise<CallbackFact[]> {
  const { rows } = await db.query<CallbackRow>(
    `WITH ${BOUNDS}
     SELECT c.tenant_id, to_char(c.completed_at AT TIME ZONE b.tz, 'YYYY-MM-DD') AS day, ${groupSql(r.by)} AS grp,
       ${CAMPAIGN_CLASS_SQL} AS cls, c.status,
       (c.attempts > 0 OR x.reached) AS attempted, x.reached,
       s.level, s.scale, s.raw,
       (s.level IS NOT DISTINCT FROM 'dissatisfied' OR COALESCE(e.dis, false)) AS dissatisfied,
       COALESCE(e.complaint, false) AS complaint,
       CASE WHEN c.campaign LIKE 'sampling%' OR c.campaign LIKE 're-survey%' OR w.finished_at IS NULL THEN NULL
         WHEN to_char(c.completed_at AT TIME ZONE b.tz, 'YYYY-MM-DD') = to_char(w.finished_at AT TIME ZONE b.tz, 'YYYY-MM-DD') THEN 'same_day'
         WHEN c.completed_at <= w.finished_at + ${DEADLINE_SQL} THEN 'on_time'
         ELSE 'late' END AS timeliness,
       CASE WHEN c.campaign LIKE 'sampling%' THEN COALESCE(w.district, '-') || ' / ' || COALESCE(w.heat_station, '-') END AS stratum,
       count(*)::int AS n
     ${FINISHED}
     ${OVERALL_SCORE}
     ${ESCALATION_FLAGS}
     LEFT JOIN LATERAL (SELECT true AS hit FROM attempts a
       WHERE c.status NOT IN ('completed', 'escalated', 'opted_out') AND a.callback_id = c.id
         AND (a.answered_at IS NOT NULL OR a.outcome IN ('answered', 'hung_up')) LIMIT 1) a ON true
     CROSS JOIN LATERAL (SELECT (c.status IN ('completed', 'escalated', 'opted_out') OR a.hit IS NOT NULL) AS reached) x
     WHERE true ${campaignSql(4)}
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14`,
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
export async function loadOrderFacts(db: Db, r: FactRange): Promise<OrderFact[]> {
  const { rows } = await db.query<{ tenant_id: string; day: string; grp: string | null; called: boolean; in_time: boolean; n: number }>(
    `WITH ${BOUNDS}
     SELECT w.tenant_id, to_char(w.finished_at AT TIME ZONE b.tz, 'YYYY-MM-DD') AS day, ${groupSql(r.by)} AS grp,
       COALESCE(x.called, false) AS called, COALESCE(x.in_time, false) AS in_time, count(*)::int AS n
     FROM b CROSS JOIN bb
     JOIN work_orders w ON w.tenant_id = b.tenant_id AND w.finished_at >= b.lo AND w.finished_at < b.hi
       AND w.finished_at >= bb.lo AND w.finished_at < bb.hi
     LEFT JOIN LATERAL (
       SELECT true AS called,
         bool_or(c.status IN ('completed', 'escalated', 'opted_out') AND c.completed_at <= w.finished_at + ${DEADLINE_SQL}) AS in_time
       FROM callback_work_orders cw JOIN callbacks c ON c.id = cw.callback_id
       WHERE cw.work_order_id = w.id AND c.completed_at IS NOT NULL
         AND c.campaign NOT LIKE 'sampling%' AND c.campaign NOT LIKE 're-survey%'
       HAVING count(*) > 0) x ON true
     WHERE w.kind NOT LIKE 'sampling%' AND w.kind NOT LIKE 'survey%'
     GROUP BY 1, 2, 3, 4, 5`,
    [r.tenantId, r.from, r.to],
  );
  return rows.map((x) => ({ tenantId: x.tenant_id, day: x.day, group: x.grp, called: x.called, answeredInTime: x.in_time, n: x.n }));
}

/** Escalations opened in the range (local day of created_at). */
export async function loadEscalationFacts(db: Db, r: FactRange): Promise<EscalationFact[]> {
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
     SELECT c.tenant_id, to_char(e.created_at AT TIME ZONE b.tz, 'YYYY-MM-DD') AS day, ${groupSql(r.by)} AS grp,
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
 * The reason of every dissatisfied finished callback of the range: the text the export shows
 * (`dissatisfactionReason` over the last reason answer and the last escalation detail).
 */
export async function loadReasonFacts(db: Db, r: FactRange): Promise<ReasonFact[]> {
  const { rows } = await db.query<{ tenant_id: string; day: string; grp: string | null; answer: string | null; detail: string | null }>(
    `WITH ${BOUNDS}
     SELECT c.tenant_id, to_char(c.completed_at AT TIME ZONE b.tz, 'YYYY-MM-DD') AS day, ${groupSql(r.by)} AS grp,
       ra.raw AS answer, ed.detail
     ${FINISHED}
     ${OVERALL_SCORE}
     LEFT JOIN LATERAL (SELECT a.raw FROM answers a WHERE a.callback_id = c.id AND a.step_id ~* $4
       ORDER BY a.created_at DESC, a.id DESC LIMIT 1) ra ON true
     LEFT JOIN LATERAL (SELECT e.detail FROM escalations e WHERE e.callback_id = c.id AND e.detail IS NOT NULL AND e.detail <> ''
       AND e.reason IN ('dissatisfied', 'low_score', 'not_fixed', 'complaint')
       ORDER BY e.created_at DESC, e.id DESC LIMIT 1) ed ON true
     WHERE (s.level = 'dissatisfied'
       OR EXISTS (SELECT 1 FROM escalations e2 WHERE e2.callback_id = c.id AND e2.reason IN ('dissatisfied', 'low_score')))
       ${campaignSql(5)}
     ORDER BY c.completed_at, c.id`,
    [r.tenantId, r.from, r.to, REASON_STEP.source, r.campaign ?? null],
  );
  const out: ReasonFact[] = [];
  for (const x of rows) {
    const text = dissatisfactionReason(
      x.answer === null ? [] : [{ stepId: 'reason', raw: x.answer }],
      x.detail === null ? [] : [{ reason: 'dissatisfied', detail: x.detail }],
      true,
    );
    if (text !== null) out.push({ tenantId: x.tenant_id, day: x.day, group: x.grp, text });
  }
  return out;
}

/** Check the options, then read the facts and compute the report. */
export async function buildReport(db: Db, opts: ReportOptions): Promise<Report> {
  const period = parsePeriod(opts.period);
  parseDay(opts.date, 'date');
  const { from, to } = periodRange(period, opts.date);
  const by = opts.by ? parseDimension(opts.by) : null;
  const campaign = opts.campaign ? opts.campaign : null;
  const range: FactRange = { from, to, tenantId: opts.tenantId ?? null, by, campaign };
  if (range.tenantId !== null) {
    const { rows } = await db.query('SELECT 1 FROM tenants WHERE id = $1', [range.tenantId]);
    if (rows.length === 0) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${range.tenantId}`, undefined, 404);
  }
  // One transaction: one snapshot for the four statements. JIT off: these statements are
  // short, and compiling them (estimated costs are high for a month) took longer than running
  // them on a loaded server.
  const { callbacks, orders, escalations, reasons } = await db.transaction(async (tx) => {
    await tx.exec('SET LOCAL jit = off');
    return {
      callbacks: await loadCallbackFacts(tx, range),
      orders: campaign === null ? await loadOrderFacts(tx, range) : [],
      escalations: await loadEscalationFacts(tx, range),
      reasons: await loadReasonFacts(tx, range),
    };
  });
  return computeReport({
    period,
    date: opts.date,
    tenantId: range.tenantId,
    by,
    now: opts.now ?? new Date(),
    callbacks,
    orders,
    escalations,
    reasons,
  });
}
