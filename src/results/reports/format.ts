/**
 * Report output: a terminal table (Chinese labels first), CSV (one row for the whole report,
 * then one per group) and JSON. Pure.
 */
import { stringify } from 'csv-stringify/sync';
import { LEVEL_LABELS, LEVELS } from './compute.js';
import { periodLabel } from './period.js';
import type { Figures, Report, ReportDimension } from './types.js';

export const REPORT_FORMATS = ['table', 'csv', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const PERIOD_LABELS = { day: '日报 day', week: '周报 week', month: '月报 month' } as const;

export const DIMENSION_LABELS: Readonly<Record<ReportDimension, string>> = {
  tenant: '租户 tenant',
  kind: '工单类型 kind',
  district: '区域 district',
  station: '热力站 station',
  team: '班组 team',
  engineer: '工程师 engineer',
};

/** A fraction as a percentage with one decimal, or "—" when there is none. */
export const pct = (v: number | null, digits = 1): string => (v === null ? '—' : `${(v * 100).toFixed(digits)}%`);
const hours = (v: number | null): string => (v === null ? '—' : `${v.toFixed(1)} h`);

/** Display width in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

const pad = (s: string, w: number, right = false): string => {
  const fill = ' '.repeat(Math.max(0, w - displayWidth(s)));
  return right ? fill + s : s + fill;
};

/** A plain text table; numeric-looking cells are right-aligned. */
export function textTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const num = (s: string): boolean => /^[-\d.,%—\sh]+$/.test(s);
  const line = (r: string[]): string => r.map((c, i) => pad(c, widths[i] as number, i > 0 && num(c))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function summaryRows(f: Figures): string[][] {
  const c = f.callbacks;
  const levels = LEVELS.map((l) => `${LEVEL_LABELS['zh-CN'][l]} ${f.counts[l]}`).join(' · ');
  return [
    ['满意率 satisfaction', pct(f.satisfactionRate), levels],
    ['应回访工单 orders due', String(c.ordersDue), `72小时内回访 answered in time ${f.orders.answeredInTime} (${pct(f.orders.answeredInTimeRate)})`],
    ['已结束回访 callbacks finished', String(c.finished), `完成 completed ${c.completed} · 转人工 escalated ${c.escalated} · 失败 failed ${c.failed}`],
    ['已拨打 attempted', String(c.attempted), ''],
    ['接通 reached', String(c.reached), `接通率 contact rate ${pct(c.contactRate)}`],
    ['有评价 answered', String(f.answered), `应答率 response rate ${pct(c.responseRate)}`],
    ['及时回访 on time', String(f.timeliness.onTime), `当天 same day ${f.timeliness.sameDay} (${pct(f.timeliness.sameDayRate)}) · 及时率 ${pct(f.timeliness.onTimeRate)} of ${f.timeliness.withDeadline}`],
    ['拒访 opt-outs', String(f.optOuts), ''],
    ['投诉 complaints', String(f.complaints.count), `投诉率 complaint rate ${pct(f.complaints.rate, 2)}`],
    ['升级处理 escalations', String(f.escalations.opened), `已解决 resolved ${f.escalations.resolved} · 未结 open ${f.escalations.open} · 超期 overdue ${f.escalations.overdue} · 中位 median ${hours(f.escalations.medianHours)} · P90 ${hours(f.escalations.p90Hours)}`],
    ['复访满意率 re-survey', pct(f.reSurvey.satisfactionRate), `${f.reSurvey.answered} answered`],
    ['抽样调查 sampling', String(f.sampling.sampled), `应答率 response rate ${pct(f.sampling.responseRate)} · 满意率 ${pct(f.sampling.satisfactionRate)}`],
  ];
}

/** The report as text for a terminal. */
export function formatReportTable(r: Report): string {
  const out: string[] = [];
  out.push(`回访报表 Callback report — ${PERIOD_LABELS[r.period]} ${periodLabel(r.period, r.date)} (${r.from} … ${r.to})  租户 tenant: ${r.tenantId ?? '全部 all'}`);
  out.push('');
  out.push(textTable(['指标 figure', '数值 value', '说明 detail'], summaryRows(r)));
  const scales = Object.entries(r.scales);
  if (scales.length > 0) {
    out.push('', '评分分布 distribution per scale');
    for (const [scale, dist] of scales) out.push(`  ${scale}: ${Object.entries(dist).map(([k, n]) => `${k}=${n}`).join('  ')}`);
  }
  if (r.reasons.length > 0) {
    out.push('', '不满意原因 reasons for dissatisfaction');
    out.push(textTable(['类别 category', '次数 count', '占比 share', '例句 examples'], r.reasons.map((x) => [x.label, String(x.count), pct(x.share), x.examples.map((e) => `“${e}”`).join(' ')])));
  }
  if (r.sampling.strata.length > 0) {
    out.push('', '抽样分层 sampling strata (区域 / 热力站)');
    out.push(textTable(['分层 stratum', '样本 sample', '应答 responded', '应答率 rate', '满意率 satisfaction'], r.sampling.strata.map((s) => [s.stratum, String(s.sampled), String(s.responded), pct(s.responseRate), pct(s.satisfactionRate)])));
  }
  out.push('', '考核目标 targets');
  out.push(textTable(['目标 target', '实际 actual', '结果 result', '依据 source'], r.targets.map((t) => [t.label, pct(t.value, t.id === 'complaint_rate' ? 2 : 1), t.met === null ? '无数据 no data' : t.met ? '达标 met' : '未达标 not met', t.source])));
  if (r.by && r.groups.length > 0) {
    out.push('', `分组 by ${DIMENSION_LABELS[r.by]}`);
    out.push(
      textTable(
        [DIMENSION_LABELS[r.by], '回访 finished', '满意率 satisfaction', '不满意 dissatisfied', '接通率 contact', '及时率 on time', '应回访 due', '升级 escalations'],
        r.groups.map((g) => [g.key ?? '(未填 none)', String(g.callbacks.finished), pct(g.satisfactionRate), String(g.counts.dissatisfied), pct(g.callbacks.contactRate), pct(g.timeliness.onTimeRate), String(g.orders.due), String(g.escalations.opened)]),
      ),
    );
  }
  return out.join('\n') + '\n';
}

/**
 * The columns of the CSV and XLSX report: Chinese headers (what the people who open the file
 * read), one row "合计" for the whole report, then one per group. Rates are percentages as
 * people read them (84.6%; the complaint rate with two decimals), hours with one decimal; the
 * JSON keeps the fractions.
 */
export const CSV_COLUMNS: readonly { header: string; value: (f: Figures) => string | number; rate?: boolean }[] = [
  { header: '已结束回访', value: (f) => f.callbacks.finished },
  { header: '应回访工单', value: (f) => f.callbacks.ordersDue },
  { header: '已联系回访', value: (f) => f.callbacks.attempted },
  { header: '有人接听回访', value: (f) => f.callbacks.reached },
  { header: '接通率', value: (f) => pctCell(f.callbacks.contactRate), rate: true },
  { header: '外呼次数', value: (f) => f.calls.attempted },
  { header: '外呼有人接听', value: (f) => f.calls.reached },
  { header: '外呼接通率', value: (f) => pctCell(f.calls.contactRate), rate: true },
  { header: '完成', value: (f) => f.callbacks.completed },
  { header: '以转人工结束', value: (f) => f.callbacks.escalated },
  { header: '拒绝回访', value: (f) => f.callbacks.optedOut },
  { header: '失败', value: (f) => f.callbacks.failed },
  { header: '非常满意', value: (f) => f.counts.very_satisfied },
  { header: '满意', value: (f) => f.counts.satisfied },
  { header: '一般', value: (f) => f.counts.neutral },
  { header: '不满意', value: (f) => f.counts.dissatisfied },
  { header: '满意率', value: (f) => pctCell(f.satisfactionRate), rate: true },
  { header: '应答率', value: (f) => pctCell(f.callbacks.responseRate), rate: true },
  { header: '当天回访', value: (f) => f.timeliness.sameDay },
  { header: '按时回访', value: (f) => f.timeliness.onTime },
  { header: '按时率', value: (f) => pctCell(f.timeliness.onTimeRate), rate: true },
  { header: '72小时内回复率', value: (f) => pctCell(f.orders.answeredInTimeRate), rate: true },
  { header: '投诉', value: (f) => f.complaints.count },
  { header: '投诉率', value: (f) => pctCell(f.complaints.rate, 2), rate: true },
  { header: '升级人工', value: (f) => f.escalations.opened },
  { header: '已解决', value: (f) => f.escalations.resolved },
  { header: '处理时长中位数(小时)', value: (f) => hoursCell(f.escalations.medianHours) },
  { header: '处理时长P90(小时)', value: (f) => hoursCell(f.escalations.p90Hours) },
  { header: '复查满意率', value: (f) => pctCell(f.reSurvey.satisfactionRate), rate: true },
  { header: '抽样户数', value: (f) => f.sampling.sampled },
  { header: '抽样应答率', value: (f) => pctCell(f.sampling.responseRate), rate: true },
  { header: '主要不满意原因', value: (f) => (f.reasons[0] ? (f.reasons[0].label.split(' ')[0] ?? '') : '') },
];

/** A rate as people read it ("84.6%"), empty when there is none. */
function pctCell(v: number | null, digits = 1): string {
  return v === null ? '' : `${(v * 100).toFixed(digits)}%`;
}
function hoursCell(v: number | null): string {
  return v === null ? '' : v.toFixed(1);
}

/** The header row and the rows of the CSV and XLSX report. */
export function reportRows(r: Report): string[][] {
  const dim = r.by ? (DIMENSION_LABELS[r.by].split(' ')[0] ?? '分组') : '分组';
  const header = [dim, '开始日期', '结束日期', ...CSV_COLUMNS.map((c) => c.header)];
  const row = (group: string, f: Figures): string[] => [group, r.from, r.to, ...CSV_COLUMNS.map((c) => String(c.value(f)))];
  return [header, row('合计', r), ...r.groups.map((g) => row(g.key ?? '(未填)', g))];
}

/** CSV: Chinese headers, a row "合计" for the whole report, then one row per group. `bom` for Excel. */
export function formatReportCsv(r: Report, opts: { bom?: boolean } = {}): string {
  return (opts.bom ? '\uFEFF' : '') + stringify(reportRows(r));
}

/** The report in the chosen format. */
export function formatReport(r: Report, format: ReportFormat): string {
  if (format === 'json') return JSON.stringify(r, null, 2) + '\n';
  if (format === 'csv') return formatReportCsv(r);
  return formatReportTable(r);
}
