/** The pure core of reports: periods, the satisfaction rule, percentiles, the reason classifier, masking, figures from facts, formats. */
import { describe, expect, it } from 'vitest';
import { toLevel } from '../../../src/domain/levels.js';
import { classifyReason, maskPhonesInText, quote } from '../../../src/results/reports/classify.js';
import { computeReport, percentile, satisfactionRate } from '../../../src/results/reports/compute.js';
import { displayWidth, formatReport, formatReportCsv } from '../../../src/results/reports/format.js';
import { temperatureFigures } from '../../../src/results/reports/heating.js';
import { isoWeek, periodLabel, periodRange } from '../../../src/results/reports/period.js';
import type { CallbackFact, ReportInput } from '../../../src/results/reports/types.js';
import { REASON_POOL } from './golden.js';

describe('periods', () => {
  it.each([
    ['day', '2025-03-09', '2025-03-09', '2025-03-09'],
    ['week', '2025-03-09', '2025-03-03', '2025-03-09'], // a Sunday ends its ISO week
    ['week', '2025-03-10', '2025-03-10', '2025-03-16'], // a Monday starts one
    ['week', '2025-01-01', '2024-12-30', '2025-01-05'], // week 2025-W01 starts in 2024
    ['week', '2021-01-03', '2020-12-28', '2021-01-03'], // 2020-W53
    ['month', '2024-02-29', '2024-02-01', '2024-02-29'],
    ['month', '2025-12-31', '2025-12-01', '2025-12-31'],
  ] as const)('%s of %s is %s … %s', (period, date, from, to) => {
    expect(periodRange(period, date)).toEqual({ from, to });
  });

  it('numbers ISO weeks', () => {
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2024-12-29')).toEqual({ year: 2024, week: 52 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(periodLabel('week', '2025-03-12')).toBe('2025-W11');
    expect(periodLabel('month', '2025-03-12')).toBe('2025-03');
  });

  it('rejects dates that do not exist', () => {
    expect(() => periodRange('day', '2025-02-29')).toThrow(/YYYY-MM-DD/);
    expect(() => periodRange('day', '20250101')).toThrow(/YYYY-MM-DD/);
  });
});

describe('satisfaction', () => {
  it('is (very satisfied + satisfied) / (very satisfied + satisfied + dissatisfied); neutral left out', () => {
    expect(satisfactionRate({ very_satisfied: 3, satisfied: 5, neutral: 100, dissatisfied: 2 })).toBe(0.8);
    expect(satisfactionRate({ very_satisfied: 0, satisfied: 0, neutral: 4, dissatisfied: 0 })).toBeNull();
    expect(satisfactionRate({ very_satisfied: 0, satisfied: 0, neutral: 0, dissatisfied: 3 })).toBe(0);
  });

  it('reads other scales through toLevel', () => {
    expect([10, 9, 8, 7, 6, 0].map((n) => toLevel('0-10', n))).toEqual(['very_satisfied', 'very_satisfied', 'satisfied', 'satisfied', 'dissatisfied', 'dissatisfied']);
    expect([5, 4, 3, 2, 0].map((n) => toLevel('0-5', n))).toEqual(['very_satisfied', 'satisfied', 'neutral', 'dissatisfied', 'dissatisfied']);
  });

  it('computes percentiles as percentile_cont', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([4], 0.9)).toBe(4);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(9.1, 12);
  });
});

describe('reasons', () => {
  it.each(REASON_POOL.map((r) => [r.text, r.categories] as const))('classifies %s', (text, categories) => {
    expect(classifyReason(text)).toEqual(categories);
  });

  it.each([
    ['网络老是断，修了好几次', ['repeat_fault']],
    ['收了两百上门费', ['charges']],
    ['弄得一地灰，也没收拾', ['mess']],
    ['客服推诿，爱答不理', ['attitude']],
    ['服务态度也挺好的', ['other']],
    ['屋里冷得很', ['temperature']],
    ['师傅很冷淡', ['attitude']],
    ['等了三天才来', ['late']],
    ['不知道', ['other']],
  ] as const)('classifies %s', (text, categories) => {
    expect(classifyReason(text)).toEqual(categories);
  });

  it('masks anything that looks like a phone number in quotes', () => {
    expect(maskPhonesInText('打13812345678找我')).toBe('打***********找我');
    expect(maskPhonesInText('座机 010-6552 1234 或 +86 138 1234 5678')).toBe('座机 ***-**** **** 或 +** *** **** ****');
    expect(maskPhonesInText('电话一三八一二三四五六七八')).toBe('电话***********');
    expect(maskPhonesInText('等了2个小时，16度')).toBe('等了2个小时，16度');
    expect(quote('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

const fact = (o: Partial<CallbackFact>): CallbackFact => ({
  tenantId: 't', day: '2025-03-10', group: null, campaignClass: 'order', status: 'completed', attempted: true, reached: true,
  level: 'satisfied', scale: 'csat3', raw: 'satisfied', dissatisfied: false, complaint: false, timeliness: 'same_day', stratum: null, n: 1, ...o,
});

const input = (o: Partial<ReportInput>): ReportInput => ({
  period: 'week', date: '2025-03-12', tenantId: 't', by: null, now: new Date('2025-04-01T00:00:00Z'),
  callbacks: [], orders: [], escalations: [], reasons: [], ...o,
});

describe('computeReport', () => {
  it('gives null rates and empty lists without facts', () => {
    const r = computeReport(input({}));
    expect(r.satisfactionRate).toBeNull();
    expect(r.callbacks.contactRate).toBeNull();
    expect(r.series).toHaveLength(7);
    expect(r.targets.every((t) => t.met === null)).toBe(true);
  });

  it('adds grouped facts, keeps out other days, and checks the targets', () => {
    const r = computeReport(
      input({
        by: 'team',
        callbacks: [
          fact({ group: 'A', n: 99, level: 'very_satisfied', raw: 'very_satisfied' }),
          fact({ group: 'B', n: 1, level: 'dissatisfied', raw: 'dissatisfied', dissatisfied: true, timeliness: 'late' }),
          fact({ group: 'B', n: 5, level: null, scale: null, raw: null, status: 'failed', reached: false, timeliness: 'on_time' }),
          fact({ group: 'A', day: '2025-03-17', n: 50 }), // next week
          fact({ group: 'A', n: 2, level: 'neutral', raw: 'neutral', campaignClass: 're-survey', timeliness: null }),
        ],
        orders: [{ tenantId: 't', day: '2025-03-11', group: 'A', called: true, answeredInTime: true, n: 10 }],
        escalations: [
          { tenantId: 't', day: '2025-03-11', group: 'B', reason: 'dissatisfied', status: 'resolved', createdAt: new Date('2025-03-11T00:00:00Z'), resolvedAt: new Date('2025-03-11T10:00:00Z'), dueAt: new Date('2025-03-12T00:00:00Z') },
          { tenantId: 't', day: '2025-03-11', group: 'B', reason: 'dissatisfied', status: 'open', createdAt: new Date('2025-03-11T00:00:00Z'), resolvedAt: null, dueAt: new Date('2025-03-12T00:00:00Z') },
        ],
        reasons: [{ tenantId: 't', day: '2025-03-11', group: 'B', text: '迟到了 13912345678' }],
      }),
    );
    expect(r.counts).toEqual({ very_satisfied: 99, satisfied: 0, neutral: 2, dissatisfied: 1 });
    expect(r.satisfactionRate).toBeCloseTo(0.99, 12);
    expect(r.callbacks).toMatchObject({ finished: 107, attempted: 107, reached: 102, failed: 5, ordersDue: 10 });
    expect(r.timeliness).toMatchObject({ withDeadline: 105, sameDay: 99, onTime: 99, late: 6 });
    expect(r.escalations).toMatchObject({ opened: 2, resolved: 1, open: 1, overdue: 1, medianHours: 10, p90Hours: 10 });
    expect(r.reSurvey.satisfactionRate).toBeNull();
    expect(r.reasons).toEqual([{ category: 'late', label: '迟到/超时 late', count: 1, share: 1, examples: ['迟到了 ***********'] }]);
    const sat = r.targets.find((t) => t.id === 'satisfaction');
    expect(sat).toMatchObject({ met: false, op: '>', threshold: 0.99 }); // 99% is not > 99%
    expect(r.targets.find((t) => t.id === 'answered_72h')?.met).toBe(true);
    expect(r.groups.map((g) => [g.key, g.callbacks.finished])).toEqual([['A', 101], ['B', 6]]);
    expect(r.groups[0]?.satisfactionRate).toBe(1);
    expect(r.series.find((p) => p.date === '2025-03-10')?.finished).toBe(107);
  });

  it('formats a table with Chinese labels first, CSV and JSON', () => {
    const r = computeReport(input({ by: 'team', callbacks: [fact({ group: '甲队' }), fact({ group: '乙队', level: 'dissatisfied', raw: 'dissatisfied' })] }));
    const table = formatReport(r, 'table');
    expect(table).toContain('满意率 satisfaction');
    expect(table).toContain('周报 week 2025-W11');
    expect(table).toContain('甲队');
    expect(table).toContain('未达标 not met');
    const csv = formatReportCsv(r).trim().split('\n');
    expect(csv).toHaveLength(4);
    expect(csv[0]).toMatch(/^班组,开始日期,结束日期,已结束回访,应回访工单,已联系回访,有人接听回访,接通率,/);
    expect(csv[1]).toMatch(/^合计,2025-03-10,2025-03-16,2,/);
    // Rates as people read them: one decimal and a percent sign, never a fraction like 0.846154.
    expect(csv[1]).toContain(',50.0%,');
    expect(csv.join('\n')).not.toMatch(/0\.\d{4,}/);
    const json = JSON.parse(formatReport(r, 'json'));
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['period', 'from', 'to', 'satisfactionRate', 'counts']));
    expect(displayWidth('满意a')).toBe(5);
  });
});

describe('temperatures', () => {
  it('computes mean, median, the share below standard and bands', () => {
    const t = temperatureFigures([{ celsius: 15, n: 1 }, { celsius: 19, n: 2 }, { celsius: 22, n: 1 }]);
    expect(t).toMatchObject({ answered: 4, mean: 18.75, median: 19, min: 15, max: 22, belowStandard: 1, belowStandardRate: 0.25 });
    expect(t.bins.map((b) => b.count)).toEqual([1, 0, 2, 0, 1]);
    expect(temperatureFigures([]).mean).toBeNull();
  });
});

describe('reason categories: a slow network is a fault, a late arrival is late', () => {
  it.each([
    ['装完以后网速很慢', 'not_fixed'],
    ['说好上午来，下午才到', 'late'],
    ['处理太慢了', 'late'],
  ])('%s -> %s', (text, category) => {
    expect(classifyReason(text)).toEqual([category]);
  });
});
