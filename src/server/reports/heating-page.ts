/**
 * The printable heating survey report (003 三.7): server-rendered HTML, charts as inline SVG,
 * print CSS in report.css (served at /reports/assets/report.css). No JavaScript.
 */
import type { HeatingSurvey } from '../../results/reports/heating.js';
import { LEVEL_LABELS, LEVELS } from '../../domain/levels.js';
import { pct } from '../../results/reports/format.js';
import { dailyTrendOption, levelPieOption, reasonsBarOption, strataOption, temperatureOption } from '../../web/reports/charts.js';
import { renderChartSvg } from './ssr.js';

/** The level names the charts use: the domain's Chinese ones. */
const ZH = { levels: LEVEL_LABELS['zh-CN'] };

/** Escape text for HTML. */
export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const num = (v: number | null, digits = 1): string => (v === null ? '—' : v.toFixed(digits));

function table(head: string[], rows: (string | number)[][], cls = ''): string {
  return `<table${cls ? ` class="${cls}"` : ''}><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
}

/** The page. `generatedAt` is shown in the header. */
export async function renderHeatingSurveyPage(s: HeatingSurvey, opts: { generatedAt: Date }): Promise<string> {
  const r = s.report;
  const smp = r.sampling;
  const t = s.temperatures;
  const samplingCounts = LEVELS.reduce(
    (acc, l) => ({ ...acc, [l]: smp.strata.reduce((a, x) => a + x.counts[l], 0) }),
    {} as Record<(typeof LEVELS)[number], number>,
  );
  const charts = {
    strata: smp.strata.length ? await renderChartSvg(strataOption(smp.strata), { width: 680, height: 300 }) : '',
    pie: await renderChartSvg(levelPieOption(samplingCounts, undefined, ZH), { width: 330, height: 260 }),
    trend: await renderChartSvg(dailyTrendOption(r.series, undefined, ZH), { width: 680, height: 280 }),
    temps: t.answered ? await renderChartSvg(temperatureOption(t.bins, s.minCelsius), { width: 330, height: 260 }) : '',
    reasons: r.reasons.length ? await renderChartSvg(reasonsBarOption(r.reasons), { width: 680, height: 40 + 32 * r.reasons.length + 40 }) : '',
  };
  const title = `${s.tenantName} 供暖季服务质量满意度调查报告`;
  const cards = [
    ['样本户数 sample', String(smp.sampled)],
    ['应答户数 responded', String(smp.responded)],
    ['应答率 response rate', pct(smp.responseRate)],
    ['满意率 satisfaction', pct(smp.satisfactionRate)],
    ['平均室温 mean temperature', t.mean === null ? '—' : `${num(t.mean)} °C`],
    [`低于${s.minCelsius} °C`, t.answered ? `${t.belowStandard} (${pct(t.belowStandardRate)})` : '—'],
  ];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} ${esc(s.month)}</title>
<link rel="stylesheet" href="/reports/assets/report.css">
</head>
<body>
<main class="report">
<header>
  <h1>${esc(title)}</h1>
  <p class="meta">调查月份 ${esc(s.month)}（${esc(r.from)} 至 ${esc(r.to)}） · 生成时间 ${esc(opts.generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC · 依据 003 三.2、三.7</p>
  <p class="note">按 003 三.7，调查结束后7日内形成调查报告，统计分析结果，制定并实施改进措施；对反映较集中的问题重点解决。</p>
</header>

<section class="cards">
${cards.map(([k, v]) => `  <div class="card"><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div></div>`).join('\n')}
</section>

<section>
  <h2>一、样本与应答率 Sample and response rate per stratum</h2>
  <p class="hint">抽样对象随机抽取，以居民用户为主，分布均匀，户数为供暖总户数的1–5‰（003 三.2）。分层：区域 / 热力站。</p>
  ${smp.strata.length ? table(['分层 stratum', '样本 sample', '应答 responded', '应答率 response rate', '满意率 satisfaction', ...LEVELS.map((l) => LEVEL_LABELS['zh-CN'][l])], smp.strata.map((x) => [x.stratum, x.sampled, x.responded, pct(x.responseRate), pct(x.satisfactionRate), ...LEVELS.map((l) => x.counts[l])])) : '<p class="empty">本月无抽样回访 no sampling callbacks this month.</p>'}
  <figure>${charts.strata}</figure>
</section>

<section>
  <h2>二、满意度 Satisfaction</h2>
  <p class="hint">满意率 = (非常满意 + 满意) / (非常满意 + 满意 + 不满意)，“一般”不计入分母（004 第五十五条）。</p>
  <div class="row"><figure>${charts.pie}</figure>
  ${table(['等级 level', '户数 count'], LEVELS.map((l) => [LEVEL_LABELS['zh-CN'][l], samplingCounts[l]]), 'narrow')}</div>
  <figure>${charts.trend}</figure>
</section>

<section>
  <h2>三、室温情况 Indoor temperatures</h2>
  ${t.answered ? `<div class="row"><figure>${charts.temps}</figure>${table(['指标', '数值'], [['回答户数', t.answered], ['平均 mean', `${num(t.mean)} °C`], ['中位数 median', `${num(t.median)} °C`], ['最低 min', `${num(t.min)} °C`], ['最高 max', `${num(t.max)} °C`], [`低于 ${s.minCelsius} °C`, `${t.belowStandard} (${pct(t.belowStandardRate)})`]], 'narrow')}</div>
  ${table(['分层 stratum', '回答 answered', '平均 mean °C', '最低 min °C', `低于 ${s.minCelsius} °C`], t.strata.map((x) => [x.stratum, x.answered, num(x.mean), num(x.min), `${x.belowStandard} (${pct(x.belowStandardRate)})`]))}` : '<p class="empty">本月无室温回答 no temperature answers.</p>'}
</section>

<section>
  <h2>四、主要问题 Main problems</h2>
  ${r.reasons.length ? `<figure>${charts.reasons}</figure>${table(['类别 category', '次数 count', '占比 share', '用户原话（号码已隐去） quotes'], r.reasons.map((x) => [x.label, x.count, pct(x.share), x.examples.map((e) => `“${e}”`).join('　')]))}` : '<p class="empty">本月无不满意原因 no reasons for dissatisfaction.</p>'}
</section>

<section class="measures">
  <h2>五、改进措施 Improvement measures</h2>
  <p class="hint">建议措施按主要问题列出，由责任部门确认、补充并填写完成时限（003 三.7）。</p>
  ${table(['问题 problem', '次数', '建议措施 suggested measure', '责任部门 owner', '完成时限 due'], (s.measures.length ? s.measures : [{ category: 'other', count: 0, suggestion: '—' }]).map((m) => [r.reasons.find((x) => x.category === m.category)?.label ?? m.category, m.count, m.suggestion, '', '']), 'measures')}
  <div class="lines"><p>其他措施：</p><div class="line"></div><div class="line"></div><div class="line"></div></div>
</section>

<section>
  <h2>六、考核目标 Targets</h2>
  ${table(['目标 target', '实际 actual', '结果 result', '依据 source'], r.targets.map((x) => [x.label, pct(x.value, x.id === 'complaint_rate' ? 2 : 1), x.met === null ? '无数据' : x.met ? '达标' : '未达标', x.source]))}
</section>

<footer>
  <div>编制 prepared by：__________</div><div>审核 reviewed by：__________</div><div>日期 date：__________</div>
</footer>
</main>
</body>
</html>
`;
}
