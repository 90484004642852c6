// Reports: satisfaction by day, ISO week or month, per tenant and broken down by a dimension
// (GET /api/reports, admin and supervisor; docs/reports.md). Every figure shown is the Report
// JSON's own: nothing is recomputed here. Charts are Apache ECharts (loaded on first use from
// /reports/assets/echarts.esm.min.mjs, never from the internet) with the option builders the
// printable pages use (../reports/charts.js); they re-render when the controls change and are
// disposed when the page unmounts.
import { tc } from './calls-text.js';
import { get, qs } from '../api.js';
import { getLang, reasonText, t } from '../i18n.js';
import { ErrorBox, Loading, html, useEffect, useLoad, useMemo, useRef, useState } from '../ui.js';
import { dailyTrendOption, levelPieOption, reasonsBarOption } from '../reports/charts.js';
import { LEVELS } from '../domain.js';

const PERIODS = ['day', 'week', 'month'];
const DIMENSIONS = ['tenant', 'kind', 'district', 'station', 'team', 'engineer'];

let echartsModule = null;
/** ECharts, loaded once, only when a chart is first drawn (it is large). */
function loadECharts() {
  // @ts-expect-error -- a URL the server serves (src/server/reports-surface.ts), not a module tsc can resolve.
  echartsModule ??= import('/reports/assets/echarts.esm.min.mjs');
  return echartsModule;
}

/** ECharts instances alive now (the browser test checks they are disposed on unmount). */
const live = new Set();
export function liveChartCount() {
  return live.size;
}

/** A fraction 0..1 as a percentage with one decimal; `—` for null (nothing to measure). */
export function fmtRate(v) {
  return v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;
}

function fmtHours(v) {
  return v === null || v === undefined ? '—' : `${v.toFixed(1)} ${t('hoursUnit')}`;
}

/** One ECharts chart: created on mount, given each new option, disposed on unmount. */
function Chart({ option, name }) {
  const el = useRef(null);
  const chart = useRef(null);
  const latest = useRef(option);
  latest.current = option;
  const [error, setError] = useState(null);
  useEffect(() => {
    let gone = false;
    let onResize = null;
    loadECharts().then(
      (echarts) => {
        if (gone || !el.current) return;
        const c = echarts.init(el.current);
        chart.current = c;
        live.add(c);
        c.setOption(latest.current, true);
        onResize = () => c.resize();
        window.addEventListener('resize', onResize);
      },
      (e) => {
        if (!gone) setError(e);
      },
    );
    return () => {
      gone = true;
      if (onResize) window.removeEventListener('resize', onResize);
      if (chart.current) {
        live.delete(chart.current);
        chart.current.dispose();
        chart.current = null;
      }
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return html`<div class="chart-box">
    <div class=${`chart chart-${name}`} data-chart=${name} ref=${el}></div>
    <${ErrorBox} error=${error} />
  </div>`;
}

function Kpi({ id, label, value, hint, children }) {
  return html`<div class="kpi" data-figure=${id} title=${hint ?? ''}>
    <span class="kpi-label">${label}</span>
    <span class="kpi-value">${value}</span>
    ${children}
  </div>`;
}

function LevelCounts({ counts }) {
  return html`<span class="level-counts">${LEVELS.map((k) => html`<span class="lc" data-level=${k}><i class=${`dot dot-${k}`}></i>${t(k)} ${counts[k] ?? 0}</span>`)}</span>`;
}

function levelText(raw) {
  return /** @type {readonly string[]} */ (LEVELS).includes(raw) ? t(raw) : raw;
}

/** Raw answers of one scale, best first (numbers descending, csat3 by level). */
function scaleRows(dist) {
  return Object.entries(dist).sort(([a], [b]) => {
    const la = /** @type {readonly string[]} */ (LEVELS).indexOf(a);
    const lb = /** @type {readonly string[]} */ (LEVELS).indexOf(b);
    if (la >= 0 || lb >= 0) return (la < 0 ? 99 : la) - (lb < 0 ? 99 : lb);
    const na = Number(a);
    const nb = Number(b);
    return Number.isNaN(na) || Number.isNaN(nb) ? a.localeCompare(b) : nb - na;
  });
}

function Targets({ targets }) {
  return html`<table class="grid targets-table">
    <thead><tr><th>${t('target')}</th><th>${t('actual')}</th><th></th><th>${t('source')}</th></tr></thead>
    <tbody>${targets.map((g) => html`<tr data-target=${g.id}>
      <td>${t(`tg_${g.id}`)}</td>
      <td class="num">${fmtRate(g.value)}</td>
      <td>${g.met === null ? html`<span class="badge target-none">${t('noData')}</span>` : g.met ? html`<span class="badge target-met">✓ ${t('met')}</span>` : html`<span class="badge target-missed">✗ ${t('notMet')}</span>`}</td>
      <td class="muted small">${g.source}</td>
    </tr>`)}</tbody>
  </table>`;
}

function Breakdown({ report, tenantName }) {
  if (!report.by) return null;
  const key = (g) => (g.key === null ? t('noneGroup') : report.by === 'tenant' ? tenantName(g.key) : g.key);
  return html`<div class="card">
    <h3>${t('breakdownTitle')}: ${t(`by_${report.by}`)}</h3>
    <table class="grid breakdown-table">
      <thead><tr>
        <th>${t(`by_${report.by}`)}</th><th class="num">${t('finished')}</th><th class="num">${t('answered')}</th><th class="num">${t('satisfactionRate')}</th>
        ${LEVELS.map((k) => html`<th class="num">${t(k)}</th>`)}
        <th class="num">${t('ordersDue')}</th><th class="num">${t('contactRate')}</th><th class="num">${t('onTimeRate')}</th><th class="num">${t('complaints')}</th><th class="num">${t('escalations')}</th><th>${t('targetsTitle')}</th>
      </tr></thead>
      <tbody>
        ${report.groups.length === 0 ? html`<tr><td colspan="14" class="muted center">${t('noGroups')}</td></tr>` : null}
        ${report.groups.map((g) => {
          const measured = g.targets.filter((x) => x.met !== null);
          return html`<tr data-group=${g.key ?? ''}>
            <td>${key(g)}</td>
            <td class="num" data-col="finished">${g.callbacks.finished}</td>
            <td class="num">${g.answered}</td>
            <td class="num" data-col="satisfaction">${fmtRate(g.satisfactionRate)}</td>
            ${LEVELS.map((k) => html`<td class="num">${g.counts[k]}</td>`)}
            <td class="num">${g.callbacks.ordersDue}</td>
            <td class="num">${fmtRate(g.callbacks.contactRate)}</td>
            <td class="num">${fmtRate(g.timeliness.onTimeRate)}</td>
            <td class="num">${g.complaints.count}</td>
            <td class="num">${g.escalations.opened}</td>
            <td class="small">${measured.length ? `${measured.filter((x) => x.met).length}/${measured.length} ${t('met')}` : '—'}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function Figures({ report, tenantName }) {
  const r = report;
  const lang = getLang();
  const levelNames = /** @type {Record<import('../domain.js').Level, string>} */ (Object.fromEntries(LEVELS.map((k) => [k, t(k)])));
  const categories = Object.fromEntries(r.reasons.map((x) => [x.category, t(`rc_${x.category}`)]));
  const names = { levels: levelNames, count: t('countAxis'), rate: t('satisfactionRate'), categories, empty: tc('noData') };
  const trend = useMemo(() => dailyTrendOption(r.series, t('chartTrend'), names), [r, lang]);
  const pie = useMemo(() => levelPieOption(r.counts, t('chartLevels'), names), [r, lang]);
  const reasons = useMemo(() => reasonsBarOption(r.reasons, t('chartReasons'), names), [r, lang]);
  const esc = r.escalations;
  const smp = r.sampling;
  return html`<div class="report" data-period=${r.period} data-date=${r.date} data-from=${r.from} data-to=${r.to} data-tenant=${r.tenantId ?? ''} data-by=${r.by ?? ''}>
    <p class="muted small report-range">${t('reportRange')}: <strong class="range">${r.from === r.to ? r.from : `${r.from} – ${r.to}`}</strong>
      · ${r.tenantId ? tenantName(r.tenantId) : t('allTenantsReport')} · ${t('generatedAt')} <span class="generated-at">${r.generatedAtLocal ?? r.generatedAt.slice(0, 16).replace('T', ' ')}</span> <span class="muted">(${r.timeZone ?? 'UTC'})</span></p>

    <div class="kpis">
      <${Kpi} id="satisfaction" label=${t('satisfactionRate')} value=${fmtRate(r.satisfactionRate)} hint=${t('satisfactionFormula')}>
        <${LevelCounts} counts=${r.counts} />
      </${Kpi}>
      <${Kpi} id="ordersDue" label=${t('ordersDue')} value=${r.callbacks.ordersDue} />
      <${Kpi} id="finished" label=${t('finished')} value=${r.callbacks.finished} />
      <${Kpi} id="attempted" label=${t('attempted')} value=${r.callbacks.attempted} />
      <${Kpi} id="reached" label=${t('reached')} value=${r.callbacks.reached} />
      <${Kpi} id="completed" label=${t('completed')} value=${r.callbacks.completed} />
      <${Kpi} id="answered" label=${t('answered')} value=${r.answered} />
      <${Kpi} id="contactRate" label=${t('contactRate')} value=${fmtRate(r.callbacks.contactRate)} hint=${tc('contactRateHint')}>
        <span class="small muted">${tc('reachedOfAttempted', { r: r.callbacks.reached, a: r.callbacks.attempted })}</span></${Kpi}>
      ${r.calls ? html`<${Kpi} id="calls" label=${tc('callsPlaced')} value=${r.calls.attempted}>
        <span class="small muted">${tc('callsAnswered', { n: r.calls.reached, rate: fmtRate(r.calls.contactRate) })}</span></${Kpi}>` : null}
      <${Kpi} id="escalations" label=${tc('escalationsKpi')} value=${r.escalations.opened} hint=${tc('escalationsHint')}>
        <span class="small muted">${Object.entries(r.escalations.byReason).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${reasonText(k)} ${n}`).join(' · ')}</span></${Kpi}>
      <${Kpi} id="sameDayRate" label=${t('sameDayRate')} value=${fmtRate(r.timeliness.sameDayRate)} hint=${t('onTimeHint')} />
      <${Kpi} id="onTimeRate" label=${t('onTimeRate')} value=${fmtRate(r.timeliness.onTimeRate)} hint=${t('onTimeHint')} />
      <${Kpi} id="answeredInTimeRate" label=${t('answeredInTimeRate')} value=${fmtRate(r.orders.answeredInTimeRate)} />
      <${Kpi} id="optOuts" label=${t('optOuts')} value=${r.optOuts} />
      <${Kpi} id="complaints" label=${t('complaints')} value=${r.complaints.count}><span class="small muted">${t('complaintRate')} ${fmtRate(r.complaints.rate)}</span></${Kpi}>
    </div>
    <p class="muted small formula">${t('satisfactionFormula')}. ${t('onTimeRate')}: ${t('onTimeHint')}.</p>

    <div class="charts">
      <div class="card chart-wide"><${Chart} name="trend" option=${trend} /></div>
      <div class="card"><${Chart} name="levels" option=${pie} /></div>
      <div class="card">${r.reasons.length ? html`<${Chart} name="reasons" option=${reasons} />` : html`<p class="muted center no-reasons">${t('noReasons')}</p>`}</div>
    </div>

    <div class="report-cols">
      <div class="card">
        <h3>${t('targetsTitle')}</h3>
        <${Targets} targets=${r.targets} />
      </div>
      <div class="card">
        <h3>${t('reasonsTitle')}</h3>
        ${r.reasons.length === 0 ? html`<p class="muted small">${t('noReasons')}</p>` : html`<table class="grid reasons-table">
          <thead><tr><th>${t('reason')}</th><th class="num">${t('count')}</th><th class="num">${t('share')}</th><th>${t('examples')}</th></tr></thead>
          <tbody>${r.reasons.map((x) => html`<tr data-category=${x.category}>
            <td>${t(`rc_${x.category}`)}</td><td class="num">${x.count}</td><td class="num">${fmtRate(x.share)}</td>
            <td><ul class="quotes">${x.examples.map((q) => html`<li>“${q}”</li>`)}</ul></td>
          </tr>`)}</tbody>
        </table>`}
      </div>
    </div>

    <div class="report-cols three">
      <div class="card escalations" data-section="escalations">
        <h3>${t('escalationsTitle')}</h3>
        <dl class="facts">
          <dt>${t('escOpened')}</dt><dd data-figure="escOpened">${esc.opened}</dd>
          <dt>${t('escResolved')}</dt><dd>${esc.resolved}</dd>
          <dt>${t('escUnreachable')}</dt><dd>${esc.unreachable}</dd>
          <dt>${t('escOpen')}</dt><dd>${esc.open}</dd>
          <dt>${t('escOverdue')}</dt><dd class=${esc.overdue ? 'overdue-text' : ''}>${esc.overdue}</dd>
          <dt>${t('medianHours')}</dt><dd data-figure="medianHours">${fmtHours(esc.medianHours)}</dd>
          <dt>${t('p90Hours')}</dt><dd>${fmtHours(esc.p90Hours)}</dd>
        </dl>
        ${Object.keys(esc.byReason).length ? html`<div class="small"><span class="muted">${t('byReasonLabel')}:</span> <span class="chips">${Object.entries(esc.byReason).map(([k, n]) => html`<span class=${`chip reason-${k}`}>${reasonText(k)} ${n}</span>`)}</span></div>` : null}
      </div>
      <div class="card" data-section="resurvey">
        <h3>${t('reSurveyTitle')}</h3>
        <dl class="facts">
          <dt>${t('satisfactionRate')}</dt><dd data-figure="reSurvey">${fmtRate(r.reSurvey.satisfactionRate)}</dd>
          <dt>${t('answered')}</dt><dd>${r.reSurvey.answered}</dd>
        </dl>
        <${LevelCounts} counts=${r.reSurvey.counts} />
      </div>
      <div class="card" data-section="distribution">
        <h3>${t('distributionTitle')}</h3>
        ${Object.keys(r.scales).length === 0 ? html`<p class="muted small">${t('noItems')}</p>` : Object.entries(r.scales).map(([scale, dist]) => html`<table class="grid scale-table" data-scale=${scale}>
          <thead><tr><th>${t('scale')} ${scale}</th><th class="num">${t('count')}</th></tr></thead>
          <tbody>${scaleRows(dist).map(([raw, n]) => html`<tr><td>${levelText(raw)}</td><td class="num">${n}</td></tr>`)}</tbody>
        </table>`)}
      </div>
    </div>

    ${smp.sampled > 0 ? html`<div class="card sampling" data-section="sampling">
      <h3>${t('samplingTitle')}</h3>
      <p class="small">${t('sampled')} <strong>${smp.sampled}</strong> · ${t('responded')} <strong>${smp.responded}</strong> · ${t('responseRate')} <strong>${fmtRate(smp.responseRate)}</strong> · ${t('satisfactionRate')} <strong>${fmtRate(smp.satisfactionRate)}</strong></p>
      <table class="grid strata-table">
        <thead><tr><th>${t('stratum')}</th><th class="num">${t('sampled')}</th><th class="num">${t('responded')}</th><th class="num">${t('responseRate')}</th><th class="num">${t('satisfactionRate')}</th><th></th></tr></thead>
        <tbody>${smp.strata.map((s) => html`<tr data-stratum=${s.stratum}>
          <td>${s.stratum}</td><td class="num">${s.sampled}</td><td class="num">${s.responded}</td><td class="num">${fmtRate(s.responseRate)}</td><td class="num">${fmtRate(s.satisfactionRate)}</td>
          <td><${LevelCounts} counts=${s.counts} /></td>
        </tr>`)}</tbody>
      </table>
    </div>` : null}

    <${Breakdown} report=${r} tenantName=${tenantName} />
  </div>`;
}

export function ReportsPage({ session }) {
  const bound = session.user.tenantId;
  const [q, setQ] = useState({ period: 'month', date: '', tenant: '', by: bound ? 'team' : 'tenant' });
  const [state, setState] = useState({ loading: true, report: null, error: null });
  const meta = useLoad(() => get('/api/meta'), []);
  const tenants = meta.data?.tenants ?? [];
  const tenantName = (id) => tenants.find((x) => x.id === id)?.name ?? id;

  useEffect(() => {
    let stale = false;
    setState((s) => ({ ...s, loading: true }));
    get(`/api/reports${qs(q)}`).then(
      (report) => !stale && setState({ loading: false, report, error: null }),
      (error) => !stale && setState({ loading: false, report: null, error }),
    );
    return () => {
      stale = true;
    };
  }, [q.period, q.date, q.tenant, q.by]);

  const r = state.report;
  const set = (k) => (e) => setQ({ ...q, [k]: e.target.value });
  const date = q.date || r?.date || '';
  const tenant = bound ?? q.tenant;
  const csv = `/api/reports${qs({ ...q, date, format: 'csv' })}`;
  const denied = state.error?.status === 403;
  return html`<section class="reports-page" data-loading=${state.loading ? 'true' : 'false'}>
    <h2>${t('reportsTitle')}</h2>
    ${denied ? null : html`<form class="filters report-controls" onSubmit=${(e) => e.preventDefault()}>
      <div class="field"><span class="field-label">${t('period')}</span>
        <div class="seg" role="group" aria-label=${t('period')}>
          ${PERIODS.map((p) => html`<button type="button" data-period=${p} class=${q.period === p ? 'on' : ''} aria-pressed=${q.period === p ? 'true' : 'false'} onClick=${() => setQ({ ...q, period: p })}>${t(`period_${p}`)}</button>`)}
        </div>
      </div>
      <label>${t('date')}<input type="date" name="date" value=${date} onChange=${set('date')} /></label>
      ${bound ? null : html`<label>${t('tenant')}<select name="tenant" value=${q.tenant} onChange=${set('tenant')}>
        <option value="">${t('allTenants')}</option>
        ${tenants.map((x) => html`<option value=${x.id}>${x.name}</option>`)}
      </select></label>`}
      <label>${t('by')}<select name="by" value=${q.by} onChange=${set('by')}>
        <option value="">${t('by_none')}</option>
        ${DIMENSIONS.map((d) => html`<option value=${d}>${t(`by_${d}`)}</option>`)}
      </select></label>
      <span class="grow"></span>
      <a class="button csv-link" href=${csv} download>${t('downloadCsv')}</a>
      <a class="button xlsx-link" href=${`/api/reports${qs({ ...q, date, format: 'xlsx' })}`} download>${tc('downloadXlsx')}</a>
      ${tenant
        ? html`<a class="button heating-link" href=${`/reports/heating-survey${qs({ month: date.slice(0, 7), tenant })}`} target="_blank" rel="noopener">${t('heatingReport')}</a>`
        : html`<span class="muted small heating-hint">${t('heatingNeedsTenant')}</span>`}
    </form>`}
    <${ErrorBox} error=${state.error} />
    ${state.loading && !r ? html`<${Loading} />` : null}
    ${r && !denied ? html`<${Figures} report=${r} tenantName=${tenantName} />` : null}
  </section>`;
}
