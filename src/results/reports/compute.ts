/**
 * The pure core of reports: figures from fact rows, no IO. The query layer (query.ts) reads
 * the facts with SQL; tests build facts by hand and compare. Every figure is defined in
 * docs/reports.md.
 */
import { LEVEL_LABELS, LEVELS, type ReportLevel } from '../../domain/levels.js';
import { classifyReason, quote, REASON_CATEGORIES, REASON_LABELS } from './classify.js';
import { daysOf, periodRange } from './period.js';
import { DateTime } from 'luxon';
import type {
  CallbackFact,
  ContactFact,
  EscalationFact,
  Figures,
  GroupFigures,
  LevelCounts,
  OrderFact,
  ReasonCategory,
  ReasonFact,
  ReasonSummary,
  Report,
  ReportInput,
  SeriesPoint,
  StratumFigures,
  SurveyFigures,
  TargetResult,
} from './types.js';

export { LEVELS, LEVEL_LABELS };

/** Targets of 002 客户服务承包制度 第四条 and 003 九.7. */
export const TARGETS = {
  satisfaction: { op: '>', threshold: 0.99, label: '满意率 > 99% satisfaction', source: '002 客户服务承包制度 第四条' },
  answered_72h: { op: '>=', threshold: 1, label: '工单72小时内回复 100% answered within 72 h', source: '002 客户服务承包制度 第四条' },
  complaint_rate: { op: '<', threshold: 0.001, label: '投诉率 < 0.1% complaint rate', source: '002 客户服务承包制度 第四条' },
  escalations_closed: { op: '>=', threshold: 1, label: '处理闭环率 100% escalations closed', source: '003 九.7' },
  closure_satisfaction: { op: '>=', threshold: 1, label: '闭环满意率 100% satisfied on re-survey', source: '003 九.7' },
} as const satisfies Record<TargetResult['id'], { op: TargetResult['op']; threshold: number; label: string; source: string }>;

/** a / b, or null when b is 0. */
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export const emptyCounts = (): LevelCounts => ({ very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 });

/**
 * Satisfaction (004 第五十五条): (非常满意 + 满意) / (非常满意 + 满意 + 不满意). Neutral answers
 * are left out of the denominator; null when there is no such answer.
 */
export function satisfactionRate(c: LevelCounts): number | null {
  const good = c.very_satisfied + c.satisfied;
  return ratio(good, good + c.dissatisfied);
}

/**
 * The p-quantile (0..1) with linear interpolation between closest ranks, as Postgres
 * `percentile_cont`; null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const xs = [...values].sort((a, b) => a - b);
  const pos = p * (xs.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = xs[lo] as number;
  const b = xs[hi] as number;
  return a + (b - a) * (pos - lo);
}

function survey(facts: readonly CallbackFact[]): SurveyFigures {
  const counts = emptyCounts();
  let answered = 0;
  for (const f of facts) {
    if (f.level) {
      counts[f.level] += f.n;
      answered += f.n;
    }
  }
  return { answered, counts, satisfactionRate: satisfactionRate(counts) };
}

const sum = <T extends { n: number }>(xs: readonly T[], pred: (x: T) => boolean = () => true): number =>
  xs.reduce((acc, x) => acc + (pred(x) ? x.n : 0), 0);

/** A reason's categories and its masked quote, kept per text for one report (the whole report and its groups read the same texts). */
export type ReasonCache = Map<string, { categories: readonly ReasonCategory[]; quote: string }>;

/** The main reasons: count per category, largest first, with up to 3 masked example quotes. */
export function summariseReasons(reasons: readonly Pick<ReasonFact, 'text'>[], cache: ReasonCache = new Map()): ReasonSummary[] {
  const counts = new Map<ReasonCategory, { count: number; examples: string[] }>();
  for (const r of reasons) {
    let c = cache.get(r.text);
    if (!c) cache.set(r.text, (c = { categories: classifyReason(r.text), quote: quote(r.text) }));
    for (const cat of c.categories) {
      const e = counts.get(cat) ?? { count: 0, examples: [] };
      e.count += 1;
      const q = c.quote;
      if (e.examples.length < 3 && q && !e.examples.includes(q)) e.examples.push(q);
      counts.set(cat, e);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || REASON_CATEGORIES.indexOf(a[0]) - REASON_CATEGORIES.indexOf(b[0]))
    .map(([category, e]) => ({
      category,
      label: REASON_LABELS[category],
      count: e.count,
      share: e.count / reasons.length,
      examples: e.examples,
    }));
}

function target(id: TargetResult['id'], value: number | null): TargetResult {
  const t = TARGETS[id];
  const met =
    value === null ? null : t.op === '>' ? value > t.threshold : t.op === '>=' ? value >= t.threshold - 1e-12 : value < t.threshold;
  return { id, label: t.label, source: t.source, value, op: t.op, threshold: t.threshold, met };
}

const HOUR = 3_600_000;

/** The figures of one slice of facts. */
export function computeFigures(
  slice: {
    /** Contact attempts of the slice (attempted, reached, calls); without them these come from finished callbacks. */
    contacts?: readonly ContactFact[];
    callbacks: readonly CallbackFact[];
    orders: readonly OrderFact[];
    escalations: readonly EscalationFact[];
    reasons: readonly ReasonFact[];
  },
  now: Date,
  reasonCache: ReasonCache = new Map(),
): Figures {
  const cbs = slice.callbacks;
  const all = survey(cbs);
  // Finished callbacks that reached the customer: what the response and complaint rates divide by.
  const finishedReached = sum(cbs, (f) => f.reached);
  // Attempted and reached as dialled (issue 17): callbacks with at least one attempt in the
  // period, those a person answered; phone calls placed and answered by a person.
  const contacts = slice.contacts;
  const attempted = contacts ? contacts.reduce((a, c) => a + c.callbacksAttempted, 0) : sum(cbs, (f) => f.attempted);
  const reached = contacts ? contacts.reduce((a, c) => a + c.callbacksReached, 0) : finishedReached;
  const callsPlaced = contacts ? contacts.reduce((a, c) => a + c.callsPlaced, 0) : 0;
  const callsReached = contacts ? contacts.reduce((a, c) => a + c.callsReached, 0) : 0;

  const withDeadline = sum(cbs, (f) => f.timeliness !== null);
  const sameDay = sum(cbs, (f) => f.reached && f.timeliness === 'same_day');
  const onTime = sum(cbs, (f) => f.reached && (f.timeliness === 'same_day' || f.timeliness === 'on_time'));

  const due = sum(slice.orders);
  const called = sum(slice.orders, (o) => o.called);
  const inTime = sum(slice.orders, (o) => o.answeredInTime);

  const scales: Record<string, Record<string, number>> = {};
  for (const f of cbs) {
    if (f.scale === null || f.raw === null) continue;
    const s = (scales[f.scale] ??= {});
    s[f.raw] = (s[f.raw] ?? 0) + f.n;
  }
  for (const [name, dist] of Object.entries(scales)) scales[name] = sortDistribution(dist);

  const esc = slice.escalations;
  const resolvedHours = esc
    .filter((e) => e.status === 'resolved' && e.resolvedAt)
    .map((e) => ((e.resolvedAt as Date).getTime() - e.createdAt.getTime()) / HOUR);
  const byReason: Record<string, number> = {};
  for (const e of esc) byReason[e.reason] = (byReason[e.reason] ?? 0) + 1;
  const escalations = {
    opened: esc.length,
    resolved: esc.filter((e) => e.status === 'resolved').length,
    unreachable: esc.filter((e) => e.status === 'unreachable').length,
    open: esc.filter((e) => e.status === 'open' || e.status === 'in_progress').length,
    overdue: esc.filter((e) => e.dueAt !== null && (e.resolvedAt ?? now).getTime() > e.dueAt.getTime()).length,
    medianHours: percentile(resolvedHours, 0.5),
    p90Hours: percentile(resolvedHours, 0.9),
    byReason,
  };

  const reSurvey = survey(cbs.filter((f) => f.campaignClass === 're-survey'));
  const complaints = sum(cbs, (f) => f.complaint);

  const sampled = cbs.filter((f) => f.campaignClass === 'sampling');
  const strataKeys = [...new Set(sampled.map((f) => f.stratum ?? ''))].sort();
  const strata: StratumFigures[] = strataKeys.map((key) => {
    const fs = sampled.filter((f) => (f.stratum ?? '') === key);
    const s = survey(fs);
    const n = sum(fs);
    return { stratum: key, sampled: n, responded: s.answered, responseRate: ratio(s.answered, n), ...s };
  });
  const samplingSurvey = survey(sampled);
  const sampledN = sum(sampled);

  const figures: Figures = {
    satisfactionRate: all.satisfactionRate,
    counts: all.counts,
    answered: all.answered,
    callbacks: {
      ordersDue: due,
      attempted,
      reached,
      completed: sum(cbs, (f) => f.status === 'completed' || f.status === 'escalated'),
      finished: sum(cbs),
      escalated: sum(cbs, (f) => f.status === 'escalated'),
      optedOut: sum(cbs, (f) => f.status === 'opted_out'),
      failed: sum(cbs, (f) => f.status === 'failed'),
      contactRate: ratio(reached, attempted),
      responseRate: ratio(all.answered, finishedReached),
    },
    calls: { attempted: callsPlaced, reached: callsReached, contactRate: ratio(callsReached, callsPlaced) },
    timeliness: {
      withDeadline,
      sameDay,
      onTime,
      late: withDeadline - onTime,
      sameDayRate: ratio(sameDay, withDeadline),
      onTimeRate: ratio(onTime, withDeadline),
    },
    orders: { due, called, answeredInTime: inTime, answeredInTimeRate: ratio(inTime, due) },
    scales,
    reasons: summariseReasons(slice.reasons, reasonCache),
    escalations,
    reSurvey,
    optOuts: sum(cbs, (f) => f.status === 'opted_out'),
    complaints: { count: complaints, rate: ratio(complaints, finishedReached) },
    sampling: {
      sampled: sampledN,
      responded: samplingSurvey.answered,
      responseRate: ratio(samplingSurvey.answered, sampledN),
      satisfactionRate: samplingSurvey.satisfactionRate,
      strata,
    },
    targets: [],
  };
  figures.targets = [
    target('satisfaction', figures.satisfactionRate),
    target('answered_72h', figures.orders.answeredInTimeRate),
    target('complaint_rate', figures.complaints.rate),
    target('escalations_closed', ratio(escalations.resolved, escalations.opened)),
    target('closure_satisfaction', reSurvey.satisfactionRate),
  ];
  return figures;
}

/** Numeric raw answers in descending order, words in level order. */
function sortDistribution(dist: Record<string, number>): Record<string, number> {
  const rank = (k: string): number => {
    const i = LEVELS.indexOf(k as ReportLevel);
    return i >= 0 ? i : Number.NaN;
  };
  const keys = Object.keys(dist).sort((a, b) => {
    const na = Number(a);
    const nb = Number(b);
    if (Number.isFinite(na) && Number.isFinite(nb)) return nb - na;
    const ra = rank(a);
    const rb = rank(b);
    if (!Number.isNaN(ra) && !Number.isNaN(rb)) return ra - rb;
    return a.localeCompare(b);
  });
  return Object.fromEntries(keys.map((k) => [k, dist[k] as number]));
}

/**
 * The report: figures for the whole period, one point per day, and one entry per group.
 * @example computeReport({ period: 'day', date: '2025-01-15', tenantId: null, by: null, now, callbacks: [], orders: [], escalations: [], reasons: [] }).satisfactionRate // null
 */
export function computeReport(input: ReportInput): Report {
  const { from, to } = periodRange(input.period, input.date);
  const zone = input.timeZone ?? 'Asia/Shanghai';
  const inRange = <T extends { day: string }>(xs: readonly T[]): T[] => xs.filter((x) => x.day >= from && x.day <= to);
  const slice = {
    contacts: input.contacts ? inRange(input.contacts) : undefined,
    callbacks: inRange(input.callbacks),
    orders: inRange(input.orders),
    escalations: inRange(input.escalations),
    reasons: inRange(input.reasons),
  };
  const reasonCache: ReasonCache = new Map();
  const total = computeFigures(slice, input.now, reasonCache);

  const byDay = new Map<string, CallbackFact[]>();
  for (const f of slice.callbacks) {
    const d = byDay.get(f.day);
    if (d) d.push(f);
    else byDay.set(f.day, [f]);
  }
  const series: SeriesPoint[] = daysOf(from, to).map((date) => {
    const day = byDay.get(date) ?? [];
    return { date, finished: sum(day), ...survey(day) };
  });

  const groups: GroupFigures[] = [];
  if (input.by) {
    type Slice = { contacts?: ContactFact[]; callbacks: CallbackFact[]; orders: OrderFact[]; escalations: EscalationFact[]; reasons: ReasonFact[] };
    const parts = new Map<string | null, Slice>();
    const part = (key: string | null): Slice => {
      let p = parts.get(key);
      if (!p) parts.set(key, (p = { ...(slice.contacts ? { contacts: [] } : {}), callbacks: [], orders: [], escalations: [], reasons: [] }));
      return p;
    };
    for (const c of slice.contacts ?? []) part(c.group).contacts?.push(c);
    for (const f of slice.callbacks) part(f.group).callbacks.push(f);
    for (const o of slice.orders) part(o.group).orders.push(o);
    for (const e of slice.escalations) part(e.group).escalations.push(e);
    for (const r of slice.reasons) part(r.group).reasons.push(r);
    for (const [key, p] of parts) groups.push({ key, ...computeFigures(p, input.now, reasonCache) });
    groups.sort(
      (a, b) =>
        b.callbacks.finished - a.callbacks.finished ||
        b.orders.due - a.orders.due ||
        (a.key === null ? 1 : b.key === null ? -1 : a.key.localeCompare(b.key)),
    );
  }

  return {
    period: input.period,
    date: input.date,
    from,
    to,
    tenantId: input.tenantId,
    by: input.by,
    generatedAt: input.now.toISOString(),
    timeZone: zone,
    generatedAtLocal: DateTime.fromJSDate(input.now, { zone }).toFormat('yyyy-MM-dd HH:mm'),
    ...total,
    series,
    groups,
  };
}
