/**
 * The query layer of reports: SQL over the store's tables, the same statements on PGlite and
 * server Postgres. It reads fact rows (grouped, with a count) for one date range and hands
 * them to the pure core (compute.ts).
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
import { HuifangError } from '../../shared/errors.js';
import type { Db } from '../../store/db.js';
import type { ReportLevel } from '../../domain/levels.js';
import { dissatisfactionReason } from '../writeback.js';
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

/**
 * Where callback and order facts are read from: the fact tables kept by triggers (`tables`,
 * the default), or their source views over the base tables (`live`: slow, the reference).
 */
export type FactSource = 'tables' | 'live';

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
  /** Fact tables (default) or the live views (tests, benchmarks). */
  source?: FactSource;
}

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

/** Check a breakdown name. */
export function parseDimension(by: string): ReportDimension {
  if (!(REPORT_DIMENSIONS as readonly string[]).includes(by)) {
    throw new HuifangError('HF_CLI_USAGE', `by must be one of ${REPORT_DIMENSIONS.join(', ')}, got ${by}`);
  }
  return by as ReportDimension;
}

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
 * Hours within which an order-triggered callback must reach the customer, for the work-order
 * kind in column `alias.kind`: 48 for heating work orders (003 四.4(7) repairs; 八.3 complaints
 * within 2 days), 72 for all others (004 第五十三条: the same day, at the latest within 3 days).
 * The same CASE is in the view report_order_facts_source (migration 060).
 */
export const deadlineSql = (alias: string): string =>
  `CASE WHEN ${alias}.kind LIKE 'heating%' THEN interval '48 hours' ELSE interval '72 hours' END`;

/** Statuses that mean the customer was reached. */
export const REACHED_STATUSES = ['completed', 'escalated', 'opted_out'] as const;

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
 * on_time within the deadline (deadlineSql), else late.
 */
export async function loadCallbackFacts(db: Db, r: FactRange): Promise<CallbackFact[]> {
  const { rows } = await db.query<CallbackRow>(
    `WITH ${BOUNDS}
     SELECT x.tenant_id, to_char(x.day, 'YYYY-MM-DD') AS day, x.grp, x.cls, x.status, x.attempted, x.reached, x.level, x.scale, x.raw,
       x.dissatisfied, x.complaint, x.timeliness, x.stratum, count(*)::int AS n
     FROM (
       SELECT c.tenant_id, (c.completed_at AT TIME ZONE b.tz)::date AS day, ${groupSql(r.by, 'c')} AS grp,
         ${CAMPAIGN_CLASS_SQL} AS cls, c.status, c.attempted, c.reached, c.level, c.scale, c.raw, c.dissatisfied, c.complaint,
         CASE WHEN c.campaign LIKE 'sampling%' OR c.campaign LIKE 're-survey%' OR c.finished_at IS NULL THEN NULL
           WHEN (c.completed_at AT TIME ZONE b.tz)::date = (c.finished_at AT TIME ZONE b.tz)::date THEN 'same_day'
           WHEN c.completed_at <= c.finished_at + ${deadlineSql('c')} THEN 'on_time'
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
export async function loadOrderFacts(db: Db, r: FactRange): Promise<OrderFact[]> {
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
 * The reason of every dissatisfied finished callback of the range: the text the export shows
 * (`dissatisfactionReason` over the last reason answer and the last escalation detail, which
 * the facts hold for dissatisfied callbacks).
 */
export async function loadReasonFacts(db: Db, r: FactRange): Promise<ReasonFact[]> {
  const { rows } = await db.query<{ tenant_id: string; day: string; grp: string | null; answer: string | null; detail: string | null }>(
    `WITH ${BOUNDS}
     SELECT c.tenant_id, to_char(c.completed_at AT TIME ZONE b.tz, 'YYYY-MM-DD') AS day, ${groupSql(r.by, 'c')} AS grp,
       c.reason_answer AS answer, c.reason_detail AS detail
     ${finishedSql(r.source ?? 'tables')}
     WHERE c.dissatisfied ${campaignSql(4)}
     ORDER BY c.completed_at, c.callback_id`,
    [r.tenantId, r.from, r.to, r.campaign ?? null],
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
  const range: FactRange = { from, to, tenantId: opts.tenantId ?? null, by, campaign, source: opts.source ?? 'tables' };
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
