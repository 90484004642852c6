/**
 * A golden data set for reports: rows with known answers (level, reason category, times),
 * written through the repositories, and a straightforward reference that recomputes each
 * figure from those rows (local days with luxon, no SQL), to compare with `buildReport`.
 */
import { dueWindow, KIND_RULES } from '../../../src/domain/deadlines.js';
import { DateTime } from 'luxon';
import type { ReportLevel } from '../../../src/domain/levels.js';
import type { ReasonCategory, ReportDimension } from '../../../src/results/reports/types.js';
import type { Store } from '../../../src/store/index.js';
import { mulberry32 } from '../../../src/shared/random.js';

export interface GoldenTenant {
  id: string;
  tz: string;
}

export interface GoldenScore {
  stepId: string;
  scale: string;
  raw: string;
  level: ReportLevel;
  at: string;
}

export interface GoldenEscalation {
  reason: string;
  detail?: string;
  at: string;
  dueAt?: string;
  status?: 'resolved' | 'unreachable' | 'in_progress' | 'open';
  resolvedAt?: string;
}

export interface GoldenCallback {
  campaign: string;
  status: 'completed' | 'escalated' | 'opted_out' | 'failed' | 'incomplete' | 'pending';
  attempts: { at: string; answered: boolean }[];
  completedAt: string | null;
  scores: GoldenScore[];
  reason?: { stepId: string; raw: string; at: string; categories: ReasonCategory[] };
  escalations: GoldenEscalation[];
}

export interface GoldenOrder {
  tenantId: string;
  externalId: string;
  kind: string;
  finishedAt: string | null;
  district?: string;
  station?: string;
  team?: string;
  engineer?: string;
  callback?: GoldenCallback;
}

export interface GoldenSet {
  tenants: GoldenTenant[];
  orders: GoldenOrder[];
}

/** The project's seeded PRNG (mulberry32, src/shared/random.ts). */
export const rng = mulberry32;

/** Reasons with the categories a reader would give them. */
export const REASON_POOL: { text: string; categories: ReasonCategory[] }[] = [
  { text: '师傅迟到了两个小时', categories: ['late'] },
  { text: '修完第二天又断了', categories: ['repeat_fault'] },
  { text: '还是上不了网', categories: ['not_fixed'] },
  { text: '态度很差，不耐烦', categories: ['attitude'] },
  { text: '装完垃圾没打扫', categories: ['mess'] },
  { text: '多收了五十块钱材料费', categories: ['charges'] },
  { text: '屋里才16度，暖气不热', categories: ['temperature'] },
  { text: '说不上来', categories: ['other'] },
  { text: '迟到了，还没修好，打13812345678找我', categories: ['late', 'not_fixed'] },
  { text: '没迟到，就是屋里冷', categories: ['temperature'] },
  { text: '态度挺好的，就是又坏了', categories: ['repeat_fault'] },
];

const SCALES: { scale: string; raws: [string, ReportLevel][] }[] = [
  {
    scale: 'csat3',
    raws: [['very_satisfied', 'very_satisfied'], ['satisfied', 'satisfied'], ['neutral', 'neutral'], ['dissatisfied', 'dissatisfied']],
  },
  {
    scale: '0-10',
    raws: [['10', 'very_satisfied'], ['9', 'very_satisfied'], ['8', 'satisfied'], ['7', 'satisfied'], ['6', 'dissatisfied'], ['3', 'dissatisfied'], ['0', 'dissatisfied']],
  },
  {
    scale: '0-5',
    raws: [['5', 'very_satisfied'], ['4', 'satisfied'], ['3', 'neutral'], ['2', 'dissatisfied'], ['0', 'dissatisfied']],
  },
];

const iso = (dt: DateTime): string => dt.toUTC().toISO() as string;

/**
 * A random month of work orders and callbacks for one tenant (seeded, so every run is the same).
 * Times are local to `tz`; finish times spread over the month, callbacks 0–100 h later.
 */
/**
 * The window the contact policy plans for an order's callback (src/domain/deadlines.ts): what
 * the seed stores as the callback's deadline and the reference counts "on time" by.
 */
export function plannedWindow(o: Pick<GoldenOrder, 'kind' | 'finishedAt'>): { dueFrom: Date; dueBy: Date } | null {
  const rule = KIND_RULES[o.kind];
  return rule && o.finishedAt ? dueWindow(rule, new Date(o.finishedAt)) : null;
}

export function randomMonth(tenant: GoldenTenant, month: string, count: number, seed: number): GoldenOrder[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const start = DateTime.fromISO(`${month}-01T00:00:00`, { zone: tenant.tz });
  const days = start.daysInMonth as number;
  const out: GoldenOrder[] = [];
  for (let i = 0; i < count; i++) {
    const finished = start.plus({ minutes: Math.floor(r() * days * 24 * 60) });
    const kind = pick(['install', 'repair', 'heating-repair', 'complaint']);
    const campaignRoll = r();
    const campaign = campaignRoll < 0.15 ? `sampling-${month}` : campaignRoll < 0.25 ? 're-survey' : `${kind}-${month}`;
    const order: GoldenOrder = {
      tenantId: tenant.id,
      externalId: `${tenant.id}-R${seed}-${i}`,
      kind: campaign.startsWith('sampling') ? 'sampling' : kind,
      finishedAt: iso(finished),
      district: pick(['东城', '西城', null as unknown as string]) ?? undefined,
      station: pick(['一站', '二站', '三站']),
      team: pick(['A', 'B']),
      engineer: pick(['李工', '王工', '张工']),
    };
    const roll = r();
    if (roll < 0.1) {
      out.push(order); // due, never called
      continue;
    }
    const done = finished.plus({ minutes: Math.floor(r() * 100 * 60) });
    const status = pick(['completed', 'completed', 'completed', 'escalated', 'opted_out', 'failed', 'incomplete'] as const);
    const finishedStatus = status !== 'incomplete';
    const attempts = [{ at: iso(done.minus({ minutes: 5 })), answered: status !== 'failed' && status !== 'incomplete' }];
    if (r() < 0.3) attempts.unshift({ at: iso(done.minus({ hours: 20 })), answered: false });
    const cb: GoldenCallback = { campaign, status, attempts, completedAt: finishedStatus ? iso(done) : null, scores: [], escalations: [] };
    if (status === 'completed' || status === 'escalated') {
      const sc = pick(SCALES);
      const [raw, level] = pick(sc.raws);
      cb.scores.push({ stepId: r() < 0.5 ? 'overall' : 'satisfaction', scale: sc.scale, raw, level, at: iso(done.minus({ minutes: 2 })) });
      if (r() < 0.2) {
        // an earlier step score; the overall score is the last on 'overall', else the last
        const [raw2, level2] = pick(sc.raws);
        cb.scores.unshift({ stepId: 'quality', scale: sc.scale, raw: raw2, level: level2, at: iso(done.minus({ minutes: 3 })) });
      }
      const overall = cb.scores.filter((s) => s.stepId === 'overall').at(-1) ?? cb.scores.at(-1);
      if (overall?.level === 'dissatisfied') {
        const reason = pick(REASON_POOL);
        cb.reason = { stepId: 'reason', raw: reason.text, at: iso(done.minus({ minutes: 1 })), categories: reason.categories };
        const esc: GoldenEscalation = { reason: 'dissatisfied', detail: reason.text, at: iso(done), dueAt: iso(done.plus({ hours: 24 })) };
        const e = r();
        if (e < 0.6) {
          esc.status = 'resolved';
          esc.resolvedAt = iso(done.plus({ minutes: Math.floor(r() * 48 * 60) }));
        } else if (e < 0.7) {
          esc.status = 'unreachable';
          esc.resolvedAt = iso(done.plus({ hours: 30 }));
        }
        cb.escalations.push(esc);
      }
      if (r() < 0.05) cb.escalations.push({ reason: 'complaint', detail: '要投诉', at: iso(done) });
    }
    order.callback = cb;
    out.push(order);
  }
  return out;
}

/** Write the golden set through the repositories (times set through the injected clock). */
export async function seedGolden(store: Store, clock: { set: (iso: string) => void }, set: GoldenSet): Promise<void> {
  for (const t of set.tenants) await store.tenants.upsert({ id: t.id, name: t.id, timeZone: t.tz });
  for (const o of set.orders) {
    clock.set('2025-01-01T00:00:00Z');
    const wo = await store.workOrders.upsert({
      tenantId: o.tenantId,
      externalId: o.externalId,
      kind: o.kind,
      finishedAt: o.finishedAt,
      district: o.district ?? null,
      heatStation: o.station ?? null,
      team: o.team ?? null,
      engineer: o.engineer ?? null,
    });
    const cb = o.callback;
    if (!cb) continue;
    const window = plannedWindow(o);
    const { callback } = await store.callbacks.create({
      tenantId: o.tenantId,
      workOrderId: wo.id,
      dialogId: 'golden',
      dialogVersion: 1,
      campaign: cb.campaign,
      ...(window ? { dueFrom: window.dueFrom, dueBy: window.dueBy } : {}),
    });
    for (const a of cb.attempts) {
      clock.set(a.at);
      const { attempt } = await store.callbacks.startAttempt({ callbackId: callback.id, channel: 'simulator', startedAt: a.at });
      await store.callbacks.updateAttempt(attempt.id, a.answered ? { answeredAt: a.at, outcome: 'answered' } : { outcome: 'no-answer' });
    }
    for (const s of cb.scores) {
      await store.results.addScore({ callbackId: callback.id, stepId: s.stepId, scale: s.scale, raw: s.raw, level: s.level, at: s.at });
    }
    if (cb.reason) {
      await store.results.addAnswer({ callbackId: callback.id, stepId: cb.reason.stepId, raw: cb.reason.raw, via: 'speech', value: cb.reason.raw, at: cb.reason.at });
    }
    for (const e of cb.escalations) {
      clock.set(e.at);
      const esc = await store.results.addEscalation({ callbackId: callback.id, reason: e.reason, detail: e.detail ?? null, dueAt: e.dueAt ?? null });
      if (e.status && e.status !== 'open') {
        if (e.resolvedAt) clock.set(e.resolvedAt);
        await store.results.updateEscalation(esc.id, { status: e.status });
      }
    }
    if (cb.status !== 'pending') {
      await store.callbacks.transition(callback.id, cb.status, {
        outcome: cb.status === 'failed' ? 'incomplete' : cb.status === 'incomplete' ? 'hung_up' : cb.status,
        ...(cb.completedAt ? { completedAt: cb.completedAt } : {}),
      });
    }
  }
}

/* ---------------------------------------------------------------- reference */

export interface Expected {
  counts: Record<ReportLevel, number>;
  satisfactionRate: number | null;
  finished: number;
  /** Callbacks with an attempt in the period, those with one answered; calls placed and answered (issue 17). */
  attempted: number;
  reached: number;
  callsPlaced: number;
  callsReached: number;
  completed: number;
  optedOut: number;
  failed: number;
  ordersDue: number;
  answeredInTime: number;
  withDeadline: number;
  onTime: number;
  sameDay: number;
  scales: Record<string, Record<string, number>>;
  reasonCategories: Record<string, number>;
  reasonTexts: string[];
  escalationsOpened: number;
  escalationsResolved: number;
  resolvedHours: number[];
  reSurvey: Record<ReportLevel, number>;
  complaints: number;
  strata: Record<string, { sampled: number; responded: number }>;
}

const localDay = (isoTime: string, tz: string): string => DateTime.fromISO(isoTime).setZone(tz).toISODate() as string;

const groupOf = (o: GoldenOrder, by: ReportDimension | null): string | null => {
  switch (by) {
    case null:
      return null;
    case 'tenant':
      return o.tenantId;
    case 'kind':
      return o.kind;
    case 'district':
      return o.district ?? null;
    case 'station':
      return o.station ?? null;
    case 'team':
      return o.team ?? null;
    case 'engineer':
      return o.engineer ?? null;
  }
};

/** Recompute the figures from the golden rows. */
export function expected(
  set: GoldenSet,
  q: { tenantId: string | null; from: string; to: string; by?: ReportDimension | null; group?: string | null },
): Expected {
  const tz = new Map(set.tenants.map((t) => [t.id, t.tz]));
  const e: Expected = {
    counts: { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 },
    satisfactionRate: null,
    finished: 0,
    attempted: 0,
    reached: 0,
    callsPlaced: 0,
    callsReached: 0,
    completed: 0,
    optedOut: 0,
    failed: 0,
    ordersDue: 0,
    answeredInTime: 0,
    withDeadline: 0,
    onTime: 0,
    sameDay: 0,
    scales: {},
    reasonCategories: {},
    reasonTexts: [],
    escalationsOpened: 0,
    escalationsResolved: 0,
    resolvedHours: [],
    reSurvey: { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 },
    complaints: 0,
    strata: {},
  };
  const inRange = (d: string): boolean => d >= q.from && d <= q.to;
  for (const o of set.orders) {
    if (q.tenantId !== null && o.tenantId !== q.tenantId) continue;
    if (q.by !== undefined && q.group !== undefined && groupOf(o, q.by ?? null) !== q.group) continue;
    const zone = tz.get(o.tenantId) as string;
    const cb = o.callback;
    const orderCampaign = !cb || (!cb.campaign.startsWith('sampling') && !cb.campaign.startsWith('re-survey'));
    const dueBy = plannedWindow(o)?.dueBy.getTime() ?? null;
    const reachedStatus = cb && ['completed', 'escalated', 'opted_out'].includes(cb.status);
    if (o.finishedAt && inRange(localDay(o.finishedAt, zone)) && !o.kind.startsWith('sampling')) {
      e.ordersDue++;
      if (cb && orderCampaign && reachedStatus && cb.completedAt && dueBy !== null && Date.parse(cb.completedAt) <= dueBy) e.answeredInTime++;
    }
    for (const esc of cb?.escalations ?? []) {
      if (!inRange(localDay(esc.at, zone))) continue;
      e.escalationsOpened++;
      if (esc.status === 'resolved') {
        e.escalationsResolved++;
        e.resolvedHours.push((Date.parse(esc.resolvedAt as string) - Date.parse(esc.at)) / 3_600_000);
      }
    }
    // Attempts are counted on the days they were made, finished or not (every golden attempt is a call).
    const attemptsIn = (cb?.attempts ?? []).filter((a) => inRange(localDay(a.at, zone)));
    if (attemptsIn.length > 0) {
      e.attempted++;
      if (attemptsIn.some((a) => a.answered)) e.reached++;
      e.callsPlaced += attemptsIn.length;
      e.callsReached += attemptsIn.filter((a) => a.answered).length;
    }
    if (!cb || !cb.completedAt || !inRange(localDay(cb.completedAt, zone))) continue;
    e.finished++;
    const reached = Boolean(reachedStatus) || cb.attempts.some((a) => a.answered);
    if (cb.status === 'completed' || cb.status === 'escalated') e.completed++;
    if (cb.status === 'opted_out') e.optedOut++;
    if (cb.status === 'failed') e.failed++;
    const overall = cb.scores.filter((s) => s.stepId === 'overall').at(-1) ?? cb.scores.at(-1);
    if (overall) {
      e.counts[overall.level]++;
      const dist = (e.scales[overall.scale] ??= {});
      dist[overall.raw] = (dist[overall.raw] ?? 0) + 1;
      if (cb.campaign.startsWith('re-survey')) e.reSurvey[overall.level]++;
    }
    if (cb.escalations.some((x) => x.reason === 'complaint')) e.complaints++;
    if (orderCampaign && o.finishedAt && dueBy !== null) {
      e.withDeadline++;
      const same = localDay(cb.completedAt, zone) === localDay(o.finishedAt, zone);
      const within = Date.parse(cb.completedAt) <= dueBy;
      if (reached && same) e.sameDay++;
      if (reached && (same || within)) e.onTime++;
    }
    if (cb.campaign.startsWith('sampling')) {
      const key = `${o.district ?? '-'} / ${o.station ?? '-'}`;
      const s = (e.strata[key] ??= { sampled: 0, responded: 0 });
      s.sampled++;
      if (overall) s.responded++;
    }
    const dissatisfied = overall?.level === 'dissatisfied' || cb.escalations.some((x) => x.reason === 'dissatisfied' || x.reason === 'low_score');
    if (dissatisfied && cb.reason) {
      e.reasonTexts.push(cb.reason.raw);
      for (const c of cb.reason.categories) e.reasonCategories[c] = (e.reasonCategories[c] ?? 0) + 1;
    }
  }
  const good = e.counts.very_satisfied + e.counts.satisfied;
  e.satisfactionRate = good + e.counts.dissatisfied > 0 ? good / (good + e.counts.dissatisfied) : null;
  return e;
}
