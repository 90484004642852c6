/**
 * Reports from the store's report facts (src/store/repos/reports.ts): check the options, read
 * the facts of the period in one snapshot, and compute the figures with the pure core
 * (compute.ts). The reasons' text is the export's (`dissatisfactionReason`).
 */
import { HuifangError } from '../../shared/errors.js';
import type { Store } from '../../store/index.js';
import type { FactRange, FactSource, ReasonRow } from '../../store/repos/reports.js';
import { dissatisfactionReason } from '../writeback.js';
import { computeReport } from './compute.js';
import { parseDay, parsePeriod, periodRange } from './period.js';
import type { Period, ReasonFact, Report, ReportDimension } from './types.js';
import { REPORT_DIMENSIONS } from './types.js';

export type { FactRange, FactSource };

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

/** Check a breakdown name. */
export function parseDimension(by: string): ReportDimension {
  if (!(REPORT_DIMENSIONS as readonly string[]).includes(by)) {
    throw new HuifangError('HF_CLI_USAGE', `by must be one of ${REPORT_DIMENSIONS.join(', ')}, got ${by}`);
  }
  return by as ReportDimension;
}

/** The text of each dissatisfied callback's reason, as the export shows it. */
export function reasonFacts(rows: readonly ReasonRow[]): ReasonFact[] {
  const out: ReasonFact[] = [];
  for (const x of rows) {
    const text = dissatisfactionReason(
      x.answer === null ? [] : [{ stepId: 'reason', raw: x.answer }],
      x.detail === null ? [] : [{ reason: 'dissatisfied', detail: x.detail }],
      true,
    );
    if (text !== null) out.push({ tenantId: x.tenantId, day: x.day, group: x.group, text });
  }
  return out;
}

/** Check the options, then read the facts and compute the report. */
export async function buildReport(store: Store, opts: ReportOptions): Promise<Report> {
  const period = parsePeriod(opts.period);
  parseDay(opts.date, 'date');
  const { from, to } = periodRange(period, opts.date);
  const by = opts.by ? parseDimension(opts.by) : null;
  const campaign = opts.campaign ? opts.campaign : null;
  const range: FactRange = { from, to, tenantId: opts.tenantId ?? null, by, campaign, source: opts.source ?? 'tables' };
  if (range.tenantId !== null && !(await store.tenants.get(range.tenantId))) {
    throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${range.tenantId}`);
  }
  const { contacts, callbacks, orders, escalations, reasons } = await store.reports.facts(range, { orders: campaign === null });
  const timeZone = range.tenantId ? ((await store.tenants.get(range.tenantId))?.timeZone ?? 'Asia/Shanghai') : 'Asia/Shanghai';
  return computeReport({
    timeZone,
    ...(contacts ? { contacts } : {}),
    period,
    date: opts.date,
    tenantId: range.tenantId,
    by,
    now: opts.now ?? new Date(),
    callbacks,
    orders,
    escalations,
    reasons: reasonFacts(reasons),
  });
}
