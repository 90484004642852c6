/**
 * Contract tests of the report queries: every figure rebuilt from the golden rows, time-zone
 * and midnight boundaries, ISO weeks, attempts over two days, and agreement with the export.
 * Runs on PGlite always and on server Postgres when DATABASE_URL_TEST is set.
 */
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRows } from '../../../src/results/export.js';
import { percentile } from '../../../src/results/reports/compute.js';
import { buildReport } from '../../../src/results/reports/query.js';
import { periodRange } from '../../../src/results/reports/period.js';
import type { Report, ReportDimension } from '../../../src/results/reports/types.js';
import type { Store } from '../../../src/store/index.js';
import { BACKENDS, openTestStore } from '../../support/store.js';
import { fakeClock } from '../../support/clock.js';
import type { GoldenCallback, GoldenOrder, GoldenSet } from './golden.js';
import { expected, randomMonth, seedGolden } from './golden.js';

const NOW = new Date('2025-06-01T00:00:00Z');

function edgeOrder(tenantId: string, ext: string, tz: string, completedLocal: string, o: Partial<GoldenCallback> & { level?: 'satisfied' | 'dissatisfied' | 'very_satisfied' | null } = {}): GoldenOrder {
  const done = DateTime.fromISO(completedLocal, { zone: tz });
  const at = done.toUTC().toISO() as string;
  const level = o.level === undefined ? 'satisfied' : o.level;
  const cb: GoldenCallback = {
    campaign: o.campaign ?? 'repair-edge',
    status: o.status ?? 'completed',
    attempts: o.attempts ?? [{ at, answered: true }],
    completedAt: at,
    scores: level ? [{ stepId: 'overall', scale: 'csat3', raw: level, level, at }] : [],
    escalations: o.escalations ?? [],
    ...(o.reason ? { reason: o.reason } : {}),
  };
  return { tenantId, externalId: ext, kind: 'repair', finishedAt: done.minus({ hours: 1 }).toUTC().toISO() as string, team: 'E', callback: cb };
}

function goldenSet(): GoldenSet {
  const tenants = [
    { id: 'sh', tz: 'Asia/Shanghai' },
    { id: 'la', tz: 'America/Los_Angeles' },
    { id: 'e-sh', tz: 'Asia/Shanghai' },
    { id: 'e-la', tz: 'America/Los_Angeles' },
    { id: 'e-ur', tz: 'Asia/Urumqi' },
  ];
  const orders: GoldenOrder[] = [...randomMonth(tenants[0]!, '2025-03', 120, 7), ...randomMonth(tenants[1]!, '2025-03', 40, 11)];
  for (const t of tenants.slice(2)) {
    // a callback at 23:59:59 and one at 00:00:00 local time
    orders.push(edgeOrder(t.id, `${t.id}-a`, t.tz, '2025-03-09T23:59:59', { level: 'satisfied' }));
    orders.push(
      edgeOrder(t.id, `${t.id}-b`, t.tz, '2025-03-10T00:00:00', {
        level: 'dissatisfied',
        reason: { stepId: 'reason', raw: '师傅迟到了，电话13912345678', at: DateTime.fromISO('2025-03-09T23:59:30', { zone: t.tz }).toUTC().toISO() as string, categories: ['late'] },
      }),
    );
  }
  const sh = 'Asia/Shanghai';
  const utc = (local: string): string => DateTime.fromISO(local, { zone: sh }).toUTC().toISO() as string;
  // attempts over two days: counted once, on the day of completion
  orders.push(
    edgeOrder('e-sh', 'e-sh-span', sh, '2025-03-13T09:05:00', {
      level: 'very_satisfied',
      attempts: [
        { at: utc('2025-03-12T21:00:00'), answered: false },
        { at: utc('2025-03-13T09:00:00'), answered: true },
      ],
    }),
  );
  // ISO week boundary: Sunday 2024-12-29 (2024-W52) and Monday 2024-12-30 (2025-W01)
  orders.push(edgeOrder('e-sh', 'e-sh-w52', sh, '2024-12-29T23:59:59', { level: 'very_satisfied' }));
  orders.push(edgeOrder('e-sh', 'e-sh-w01', sh, '2024-12-30T00:00:00', { level: 'dissatisfied' }));
  // a day without answers, and a day with only dissatisfied answers
  orders.push(edgeOrder('e-sh', 'e-sh-none1', sh, '2025-04-02T10:00:00', { level: null, status: 'failed', attempts: [{ at: utc('2025-04-02T09:00:00'), answered: false }] }));
  orders.push(edgeOrder('e-sh', 'e-sh-none2', sh, '2025-04-02T11:00:00', { level: null, status: 'opted_out' }));
  orders.push(edgeOrder('e-sh', 'e-sh-dis1', sh, '2025-04-03T10:00:00', { level: 'dissatisfied' }));
  orders.push(edgeOrder('e-sh', 'e-sh-dis2', sh, '2025-04-03T11:00:00', { level: 'dissatisfied' }));
  return { tenants, orders };
}

function compare(r: Report, e: ReturnType<typeof expected>): void {
  expect(r.counts).toEqual(e.counts);
  if (e.satisfactionRate === null) expect(r.satisfactionRate).toBeNull();
  else expect(r.satisfactionRate).toBeCloseTo(e.satisfactionRate, 12);
  expect(r.answered).toBe(Object.values(e.counts).reduce((a, b) => a + b, 0));
  expect(r.callbacks).toMatchObject({
    finished: e.finished,
    attempted: e.attempted,
    reached: e.reached,
    completed: e.completed,
    optedOut: e.optedOut,
    failed: e.failed,
    ordersDue: e.ordersDue,
  });
  expect(r.calls).toMatchObject({ attempted: e.callsPlaced, reached: e.callsReached });
  expect(r.optOuts).toBe(e.optedOut);
  expect(r.orders.due).toBe(e.ordersDue);
  expect(r.orders.answeredInTime).toBe(e.answeredInTime);
  expect(r.timeliness).toMatchObject({ withDeadline: e.withDeadline, onTime: e.onTime, sameDay: e.sameDay, late: e.withDeadline - e.onTime });
  expect(r.scales).toEqual(e.scales);
  const cats = Object.fromEntries(r.reasons.map((x) => [x.category, x.count]));
  expect(cats).toEqual(e.reasonCategories);
  expect(r.escalations.opened).toBe(e.escalationsOpened);
  expect(r.escalations.resolved).toBe(e.escalationsResolved);
  const med = percentile(e.resolvedHours, 0.5);
  if (med === null) expect(r.escalations.medianHours).toBeNull();
  else expect(r.escalations.medianHours).toBeCloseTo(med, 6);
  expect(r.reSurvey.counts).toEqual(e.reSurvey);
  expect(r.complaints.count).toBe(e.complaints);
  const strata = Object.fromEntries(r.sampling.strata.map((s) => [s.stratum, { sampled: s.sampled, responded: s.responded }]));
  expect(strata).toEqual(e.strata);
}

describe.each(BACKENDS)('reports on %s', (backend) => {
  let store: Store;
  let cleanup: () => Promise<void>;
  const set = goldenSet();

  beforeAll(async () => {
    const clock = fakeClock();
    const t = await openTestStore(backend, { now: clock.now });
    store = t.store;
    cleanup = t.cleanup;
    await seedGolden(store, clock, set);
  });
  afterAll(async () => {
    await cleanup();
  });

  const cases: [string | null, 'day' | 'week' | 'month', string][] = [
    ['sh', 'month', '2025-03-15'],
    ['sh', 'week', '2025-03-12'],
    ['sh', 'day', '2025-03-09'],
    ['sh', 'day', '2025-03-31'],
    ['sh', 'month', '2025-04-01'],
    ['la', 'month', '2025-03-01'],
    ['la', 'week', '2025-03-09'],
    [null, 'month', '2025-03-20'],
    [null, 'week', '2025-03-10'],
  ];
  it.each(cases)('rebuilds every figure from the raw rows: tenant %s, %s of %s', async (tenantId, period, date) => {
    const r = await buildReport(store, { period, date, tenantId, now: NOW });
    const { from, to } = periodRange(period, date);
    expect([r.from, r.to]).toEqual([from, to]);
    compare(r, expected(set, { tenantId, from, to }));
    // the daily series adds up to the period
    const series = r.series.reduce((a, p) => a + p.finished, 0);
    expect(series).toBe(r.callbacks.finished);
  });

  it.each(['team', 'station', 'kind', 'engineer', 'district', 'tenant'] as ReportDimension[])('breaks down by %s, each group rebuilt from the raw rows', async (by) => {
    const r = await buildReport(store, { period: 'month', date: '2025-03-01', by, now: NOW });
    expect(r.groups.length).toBeGreaterThan(0);
    for (const g of r.groups) {
      compare({ ...r, ...g }, expected(set, { tenantId: null, from: '2025-03-01', to: '2025-03-31', by, group: g.key }));
    }
    expect(r.groups.reduce((a, g) => a + g.callbacks.finished, 0)).toBe(r.callbacks.finished);
  });

  it.each([
    ['e-sh', 'Asia/Shanghai'],
    ['e-la', 'America/Los_Angeles'],
    ['e-ur', 'Asia/Urumqi'],
  ])('counts 23:59:59 and 00:00:00 local time on their own days (%s, %s)', async (tenantId) => {
    const d9 = await buildReport(store, { period: 'day', date: '2025-03-09', tenantId, now: NOW });
    const d10 = await buildReport(store, { period: 'day', date: '2025-03-10', tenantId, now: NOW });
    expect(d9.counts).toEqual({ very_satisfied: 0, satisfied: 1, neutral: 0, dissatisfied: 0 });
    expect(d9.satisfactionRate).toBe(1);
    expect(d10.counts).toEqual({ very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 1 });
    expect(d10.satisfactionRate).toBe(0);
    expect(d10.reasons).toHaveLength(1);
    expect(d10.reasons[0]?.category).toBe('late');
    expect(d10.reasons[0]?.examples[0]).toBe('师傅迟到了，电话***********');
  });

  it('counts a callback whose attempts span two days once as finished, on the day of completion; each call on its day', async () => {
    const d12 = await buildReport(store, { period: 'day', date: '2025-03-12', tenantId: 'e-sh', now: NOW });
    const d13 = await buildReport(store, { period: 'day', date: '2025-03-13', tenantId: 'e-sh', now: NOW });
    expect(d12.callbacks.finished).toBe(0);
    // The unanswered call of the evening before: attempted that day, nobody answered.
    expect(d12.callbacks).toMatchObject({ attempted: 1, reached: 0, contactRate: 0 });
    expect(d12.calls).toMatchObject({ attempted: 1, reached: 0 });
    expect(d13.callbacks).toMatchObject({ finished: 1, attempted: 1, reached: 1, completed: 1 });
    const week = await buildReport(store, { period: 'week', date: '2025-03-12', tenantId: 'e-sh', now: NOW });
    expect(week.callbacks.finished).toBe(2); // 03-10 00:00 and 03-13; not 03-09 (the Sunday before)
    expect(week.callbacks).toMatchObject({ attempted: 2, reached: 2 }); // the span callback once
    expect(week.calls).toMatchObject({ attempted: 3, reached: 2 });
  });

  it('splits ISO weeks on Monday and months on the 1st', async () => {
    const w52 = await buildReport(store, { period: 'week', date: '2024-12-29', tenantId: 'e-sh', now: NOW });
    const w01 = await buildReport(store, { period: 'week', date: '2025-01-01', tenantId: 'e-sh', now: NOW });
    const dec = await buildReport(store, { period: 'month', date: '2024-12-01', tenantId: 'e-sh', now: NOW });
    expect([w52.from, w52.to]).toEqual(['2024-12-23', '2024-12-29']);
    expect([w01.from, w01.to]).toEqual(['2024-12-30', '2025-01-05']);
    expect(w52.counts.very_satisfied).toBe(1);
    expect(w52.counts.dissatisfied).toBe(0);
    expect(w01.counts.dissatisfied).toBe(1);
    expect(w01.counts.very_satisfied).toBe(0);
    expect(dec.callbacks.finished).toBe(2);
    expect(dec.satisfactionRate).toBe(0.5);
  });

  it('gives null without answers and 0 when everyone is dissatisfied', async () => {
    const none = await buildReport(store, { period: 'day', date: '2025-04-02', tenantId: 'e-sh', now: NOW });
    expect(none.callbacks.finished).toBe(2);
    expect(none.answered).toBe(0);
    expect(none.satisfactionRate).toBeNull();
    expect(none.optOuts).toBe(1);
    expect(none.targets.find((t) => t.id === 'satisfaction')?.met).toBeNull();
    const all = await buildReport(store, { period: 'day', date: '2025-04-03', tenantId: 'e-sh', now: NOW });
    expect(all.counts.dissatisfied).toBe(2);
    expect(all.satisfactionRate).toBe(0);
    expect(all.targets.find((t) => t.id === 'satisfaction')?.met).toBe(false);
    const empty = await buildReport(store, { period: 'day', date: '2030-01-01', now: NOW });
    expect(empty.satisfactionRate).toBeNull();
    expect(empty.callbacks.finished).toBe(0);
  });

  it.each([
    ['sh', '2025-03-01', '2025-03-31'],
    ['la', '2025-03-10', '2025-03-16'],
    ['e-la', '2025-03-10', '2025-03-10'],
    [null, '2025-03-01', '2025-03-31'],
    [null, '2024-12-30', '2025-01-05'],
  ])('agrees with huifang export: tenant %s, %s to %s', async (tenantId, from, to) => {
    const rows = await exportRows(store, { from, to, ...(tenantId ? { tenantId } : {}) });
    const counts = { very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 0 };
    for (const row of rows) if (row.level) counts[row.level]++;
    // a report over exactly these days: a month, a week or a day
    const period = from === to ? 'day' : from.endsWith('-01') && to.endsWith('-31') ? 'month' : 'week';
    const r = await buildReport(store, { period, date: from, tenantId, now: NOW });
    expect([r.from, r.to]).toEqual([from, to]);
    expect(r.counts).toEqual(counts);
    expect(r.callbacks.finished).toBe(rows.length);
    expect(r.callbacks.escalated).toBe(rows.filter((x) => x.outcome === 'escalated').length);
    const reasons = rows.map((x) => x.reason).filter((x): x is string => x !== null).sort();
    const reported = r.reasons.reduce((a, x) => a + x.count, 0);
    expect(reported).toBeGreaterThanOrEqual(reasons.length);
    const rebuilt = expected(set, { tenantId, from, to }).reasonTexts.sort();
    expect(reasons).toEqual(rebuilt);
  });

  it('rejects bad options with coded errors', async () => {
    await expect(buildReport(store, { period: 'year' as 'day', date: '2025-03-01' })).rejects.toMatchObject({ code: 'HF_CLI_USAGE' });
    await expect(buildReport(store, { period: 'day', date: '2025-02-30' })).rejects.toMatchObject({ code: 'HF_CLI_USAGE' });
    await expect(buildReport(store, { period: 'day', date: '2025-03-01', by: 'colour' as 'team' })).rejects.toMatchObject({ code: 'HF_CLI_USAGE' });
    await expect(buildReport(store, { period: 'day', date: '2025-03-01', tenantId: 'nobody' })).rejects.toMatchObject({ code: 'HF_STORE_NOT_FOUND' });
  });
});
