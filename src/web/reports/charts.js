/**
 * Report charts as Apache ECharts option objects: plain data, no DOM, no imports, so the
 * same builders run in the browser (the workspace loads this file from
 * /workspace/assets/reports/charts.js and ECharts from /reports/assets/echarts.esm.min.mjs,
 * then `echarts.init(el).setOption(option)`) and on the server (`renderChartSvg` in ssr.ts
 * renders them to SVG for the printable pages). Types: charts.d.ts.
 */

/** Colours per level: green to red, readable in grey when printed. */
export const LEVEL_COLORS = {
  very_satisfied: '#1b7f3b',
  satisfied: '#7cbf6a',
  neutral: '#c9c9c9',
  dissatisfied: '#c0392b',
};

// The levels and their names are the domain's (src/domain/levels.ts): callers pass them as
// `names.levels`, in order (the server from the domain module, the workspace from the served
// /workspace/assets/domain.js).
const levelsOf = (names) => names.levels ?? {};

const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const base = (title) => ({
  animation: false,
  textStyle: { fontFamily: FONT },
  title: title ? { text: title, left: 'center', textStyle: { fontSize: 14, fontFamily: FONT } } : undefined,
});

const pct = (v) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10);

/** Answers per level, as a ring. `names.levels`: the level names, in order. */
export function levelPieOption(counts, title = '满意度分布', names = {}) {
  const levels = levelsOf(names);
  // Nothing answered: say so, never a full ring of zeros.
  if (Object.keys(levels).every((k) => !(counts[k] > 0))) {
    return {
      ...base(title),
      series: [],
      graphic: [{ type: 'text', left: 'center', top: 'middle', style: { text: names.empty ?? '暂无数据', fontSize: 14, fill: '#888', fontFamily: FONT } }],
    };
  }
  return {
    ...base(title),
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '62%'],
        label: { formatter: '{b}\n{c} ({d}%)' },
        data: Object.keys(levels).map((k) => ({ name: levels[k], value: counts[k] ?? 0, itemStyle: { color: LEVEL_COLORS[k] } })),
      },
    ],
  };
}

/**
 * One bar stack per day (answers per level) and the day's satisfaction (%) as a line.
 * `names`: the level names in order, and ({count, rate}) the axis names over the Chinese ones.
 */
export function dailyTrendOption(series, title = '每日回访与满意率', names = {}) {
  const levels = levelsOf(names);
  const rate = names.rate ?? '满意率';
  return {
    ...base(title),
    legend: { bottom: 0 },
    grid: { left: 40, right: 48, top: 40, bottom: 56 },
    xAxis: { type: 'category', data: series.map((p) => p.date.slice(5)) },
    yAxis: [
      { type: 'value', name: names.count ?? '份数', minInterval: 1 },
      { type: 'value', name: `${rate}%`, min: 0, max: 100 },
    ],
    series: [
      ...Object.keys(levels).map((k) => ({
        name: levels[k],
        type: 'bar',
        stack: 'levels',
        itemStyle: { color: LEVEL_COLORS[k] },
        data: series.map((p) => p.counts[k] ?? 0),
      })),
      {
        name: rate,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        itemStyle: { color: '#1f4e79' },
        data: series.map((p) => pct(p.satisfactionRate)),
      },
    ],
  };
}

/**
 * Reasons for dissatisfaction per category, largest on top. `names.categories` (category →
 * name) replaces the Chinese part of each label.
 */
export function reasonsBarOption(reasons, title = '不满意原因', names = {}) {
  const rows = [...reasons].reverse();
  const name = (r) => names.categories?.[r.category] ?? r.label.split(' ')[0];
  return {
    ...base(title),
    grid: { left: 150, right: 40, top: 40, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map(name) },
    series: [{ type: 'bar', itemStyle: { color: '#c0392b' }, label: { show: true, position: 'right' }, data: rows.map((r) => r.count) }],
  };
}

/** Sample and responses per stratum, with the response rate (%) as a line. */
export function strataOption(strata, title = '分层样本与应答率') {
  return {
    ...base(title),
    legend: { bottom: 0 },
    grid: { left: 40, right: 48, top: 40, bottom: 80 },
    xAxis: { type: 'category', data: strata.map((s) => s.stratum), axisLabel: { rotate: 30, interval: 0 } },
    yAxis: [
      { type: 'value', name: '户数', minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100 },
    ],
    series: [
      { name: '样本', type: 'bar', itemStyle: { color: '#9dbbd6' }, data: strata.map((s) => s.sampled) },
      { name: '应答', type: 'bar', itemStyle: { color: '#1f4e79' }, data: strata.map((s) => s.responded) },
      { name: '应答率', type: 'line', yAxisIndex: 1, itemStyle: { color: '#e67e22' }, data: strata.map((s) => pct(s.responseRate)) },
      { name: '满意率', type: 'line', yAxisIndex: 1, itemStyle: { color: '#1b7f3b' }, data: strata.map((s) => pct(s.satisfactionRate)) },
    ],
  };
}

/** Households per indoor temperature band; bands below the standard in red. */
export function temperatureOption(bins, minCelsius = 18, title = '室温分布') {
  return {
    ...base(title),
    grid: { left: 40, right: 24, top: 40, bottom: 32 },
    xAxis: { type: 'category', data: bins.map((b) => b.label) },
    yAxis: { type: 'value', name: '户数', minInterval: 1 },
    series: [
      {
        type: 'bar',
        label: { show: true, position: 'top' },
        data: bins.map((b) => {
          const lo = parseFloat(b.label.replace(/^[<≥]\s*/, ''));
          const below = b.label.startsWith('<') ? lo <= minCelsius : lo < minCelsius;
          return { value: b.count, itemStyle: { color: below ? '#c0392b' : '#e67e22' } };
        }),
      },
    ],
  };
}
