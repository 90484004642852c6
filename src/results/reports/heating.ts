/**
 * The heating survey report (003 三.7: within 7 days after the monthly sampling survey of
 * 三.2, a statistical report with improvement measures). Figures for one month: the sample
 * and response rate per stratum (district / heat station), satisfaction, indoor temperatures,
 * the main problems; improvement measures are suggested per main problem for the company to
 * complete. Pure figures over the store's temperature facts; the rest is `buildReport`.
 */
import { HuifangError } from '../../shared/errors.js';
import type { Store } from '../../store/index.js';
import type { TemperatureFact } from '../../store/repos/reports.js';
import { percentile } from './compute.js';
import { buildReport } from './query.js';
import type { ReasonCategory, Report } from './types.js';

/** Steps whose answer is the indoor temperature (heating-sampling asks step "temperature"). */
export const TEMPERATURE_STEP = /(^|[_.-])(temperature|temp|indoor_temp|room_temp|室温|温度)([_.-]|$)/i;

/** Indoor temperature below which a household counts as under standard (local heating rules commonly require 18 °C; the survey asks in bands at 16/18/20). */
export const DEFAULT_MIN_CELSIUS = 18;

export const TEMPERATURE_BINS = [
  { label: '< 16 °C', lo: -Infinity, hi: 16 },
  { label: '16–18 °C', lo: 16, hi: 18 },
  { label: '18–20 °C', lo: 18, hi: 20 },
  { label: '20–22 °C', lo: 20, hi: 22 },
  { label: '≥ 22 °C', lo: 22, hi: Infinity },
] as const;

export type { TemperatureFact };

export interface TemperatureFigures {
  answered: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  belowStandard: number;
  belowStandardRate: number | null;
  bins: { label: string; count: number }[];
}

export interface HeatingSurvey {
  month: string;
  tenantId: string;
  tenantName: string;
  minCelsius: number;
  /** The month's report broken down by heat station. */
  report: Report;
  temperatures: TemperatureFigures & { strata: (TemperatureFigures & { stratum: string })[] };
  /** Suggested improvement measures for the main problems (to be completed by the company). */
  measures: { category: ReasonCategory; count: number; suggestion: string }[];
}

/** Suggested measures per category of problem: a starting point for the report's 改进措施. */
export const MEASURE_SUGGESTIONS: Readonly<Record<ReasonCategory, string>> = {
  temperature: '对低温户逐户复测，排查管网水力失调与户内堵塞，调整热力站供水温度和流量；对周边用户抽查达标情况（003 五.6）。',
  not_fixed: '对未解决问题的工单重新派单，限期处理并回访确认（003 四.4）。',
  repeat_fault: '对反复报修的用户和设备建立台账，分析根因，安排专项检修。',
  late: '核查报修到场时限执行情况，按时限要求考核（003 四.4(4)），高峰期增派人员。',
  attitude: '对涉及人员进行服务规范和文明用语培训，纳入考核（003 二.2）。',
  mess: '重申入户规范：穿鞋套、工完场清，维修后清理现场。',
  charges: '公示收费标准，核查是否存在违规收费，违规者按规定处理。',
  other: '逐条核实用户意见，对集中反映的问题制定措施重点解决（003 三.7）。',
};

/** Temperature figures from (value, count) facts. */
export function temperatureFigures(facts: readonly { celsius: number; n: number }[], minCelsius = DEFAULT_MIN_CELSIUS): TemperatureFigures {
  const values: number[] = [];
  for (const f of facts) for (let i = 0; i < f.n; i++) values.push(f.celsius);
  const answered = values.length;
  const below = values.filter((v) => v < minCelsius).length;
  return {
    answered,
    mean: answered ? values.reduce((a, b) => a + b, 0) / answered : null,
    median: percentile(values, 0.5),
    min: answered ? Math.min(...values) : null,
    max: answered ? Math.max(...values) : null,
    belowStandard: below,
    belowStandardRate: answered ? below / answered : null,
    bins: TEMPERATURE_BINS.map((b) => ({ label: b.label, count: values.filter((v) => v >= b.lo && v < b.hi).length })),
  };
}

/**
 * The heating survey of one month for one tenant.
 * @throws HuifangError HF_CLI_USAGE (month not YYYY-MM), HF_STORE_NOT_FOUND (no tenant)
 */
export async function buildHeatingSurvey(
  store: Store,
  opts: { tenantId: string; month: string; now?: Date; minCelsius?: number },
): Promise<HeatingSurvey> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(opts.month)) {
    throw new HuifangError('HF_CLI_USAGE', `month must be YYYY-MM, got ${opts.month}`);
  }
  const tenant = await store.tenants.get(opts.tenantId);
  if (!tenant) throw new HuifangError('HF_STORE_NOT_FOUND', `no tenant ${opts.tenantId}`);
  const minCelsius = opts.minCelsius ?? DEFAULT_MIN_CELSIUS;
  const report = await buildReport(store, { period: 'month', date: `${opts.month}-01`, tenantId: opts.tenantId, by: 'station', campaign: 'sampling', now: opts.now ?? new Date() });
  const facts = await store.reports.temperatures(opts.tenantId, report.from, report.to, TEMPERATURE_STEP);
  const strata = [...new Set(facts.map((f) => f.stratum))].map((stratum) => ({
    stratum,
    ...temperatureFigures(facts.filter((f) => f.stratum === stratum), minCelsius),
  }));
  const measures = report.reasons.map((r) => ({ category: r.category, count: r.count, suggestion: MEASURE_SUGGESTIONS[r.category] }));
  // The sample is the households drawn for the month (003 三.2, recorded with its seed), not
  // only the surveys finished so far: 12 households drawn and none finished yet is a sample
  // of 12 with nobody responded, never a sample of 0.
  const drawn = await store.campaigns.sample(opts.tenantId, `sampling-${opts.month}`);
  if (drawn) {
    const drawnStrata = (drawn.strata as { stratum: string; sampled: number }[]).map((x) => ({ stratum: x.stratum.split('/').map((p) => p.trim()).join(' / '), sampled: x.sampled }));
    const total = drawnStrata.reduce((a, x) => a + x.sampled, 0);
    const smp = report.sampling;
    const keys = [...new Set([...drawnStrata.map((x) => x.stratum), ...smp.strata.map((x) => x.stratum)])].sort();
    smp.strata = keys.map((stratum) => {
      const have = smp.strata.find((x) => x.stratum === stratum);
      const sampled = Math.max(drawnStrata.find((x) => x.stratum === stratum)?.sampled ?? 0, have?.sampled ?? 0);
      const base = have ?? { stratum, sampled: 0, responded: 0, responseRate: null, answered: 0, counts: { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 }, satisfactionRate: null };
      return { ...base, sampled, responseRate: sampled ? base.responded / sampled : null };
    });
    smp.sampled = Math.max(total, smp.sampled);
    smp.responseRate = smp.sampled ? smp.responded / smp.sampled : null;
  }
  return {
    month: opts.month,
    tenantId: opts.tenantId,
    tenantName: tenant.name,
    minCelsius,
    report,
    temperatures: { ...temperatureFigures(facts, minCelsius), strata },
    measures,
  };
}
