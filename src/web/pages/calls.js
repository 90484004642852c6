/* global location */
// 全部通话 Calls: every call the user may see (not only flagged ones), filtered by date,
// tenant, script or kind, satisfaction level, outcome, flagged or not, engineer, team, and
// searched by work order or the last digits of the number; paged.
import { get, qs } from '../api.js';
import { fmtTime, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, html, useLoad, useState } from '../ui.js';
import { pages, tc } from './calls-text.js';

const EMPTY = { from: '', to: '', tenant: '', dialog: '', kind: '', level: '', outcome: '', flagged: '', engineer: '', team: '', q: '' };
const LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'];
const OUTCOMES = ['reached', 'unreached', 'completed', 'escalated', 'rescheduled', 'opted_out', 'incomplete', 'failed', 'in_progress', 'pending'];

export function Pager({ total, page, pageSize, onPage }) {
  const n = pages(total, page, pageSize);
  return html`<div class="pager">
    <button type="button" class="small" disabled=${page <= 1} onClick=${() => onPage(page - 1)}>${tc('prev')}</button>
    <span class="muted small">${tc('pageOf', { p: page, n })}</span>
    <button type="button" class="small" disabled=${page >= n} onClick=${() => onPage(page + 1)}>${tc('next')}</button>
  </div>`;
}

export function CallsPage() {
  const [draft, setDraft] = useState(EMPTY);
  const [filters, setFilters] = useState(EMPTY);
  const [page, setPage] = useState(1);
  const pageSize = 50;
  const meta = useLoad(() => get('/api/meta'), []);
  const facets = useLoad(() => get('/api/calls/facets'), []);
  const list = useLoad(() => get(`/api/calls${qs({ ...filters, page, pageSize })}`), [filters, page]);
  const m = meta.data ?? { tenants: [] };
  const f = facets.data ?? { dialogs: [], kinds: [], engineers: [], teams: [] };
  const set = (k) => (e) => setDraft({ ...draft, [k]: e.target.value });
  const select = (k, label, options, fmt = (v) => v) => html`<label>${label}
    <select name=${k} value=${draft[k]} onChange=${set(k)}>
      <option value="">${t('all')}</option>
      ${options.map((o) => html`<option value=${o}>${fmt(o)}</option>`)}
    </select></label>`;
  const apply = (next) => { setPage(1); setFilters(next); };
  return html`<section class="calls-page">
    <h2>${tc('calls')} ${list.data ? html`<small class="muted count" data-total=${list.data.total}>${tc('callsCount', { n: list.data.total })}</small>` : null}</h2>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); apply(draft); }}>
      <label>${tc('search')}<input name="q" value=${draft.q} placeholder=${tc('searchHint')} onInput=${set('q')} /></label>
      <label>${t('from')}<input type="date" name="from" value=${draft.from} onInput=${set('from')} /></label>
      <label>${t('to')}<input type="date" name="to" value=${draft.to} onInput=${set('to')} /></label>
      ${m.tenants.length > 1 ? select('tenant', t('tenant'), m.tenants.map((x) => x.id), (id) => m.tenants.find((x) => x.id === id)?.name ?? id) : null}
      ${select('dialog', tc('dialog'), f.dialogs)}
      ${select('kind', t('kind'), f.kinds)}
      ${select('level', t('level'), LEVELS, (l) => t(l))}
      ${select('outcome', tc('outcome'), OUTCOMES, (o) => tc(o))}
      <label>${tc('flagged')}<select name="flagged" value=${draft.flagged} onChange=${set('flagged')}>
        <option value="">${t('all')}</option><option value="true">${tc('flagged')}</option><option value="false">${tc('notFlagged')}</option></select></label>
      ${select('engineer', tc('engineer'), f.engineers)}
      ${select('team', t('team'), f.teams)}
      <button class="primary" type="submit">${t('filter')}</button>
      <button class="link" type="button" onClick=${() => { setDraft(EMPTY); apply(EMPTY); }}>${t('reset')}</button>
    </form>
    <${ErrorBox} error=${list.error} />
    ${list.loading && !list.data ? html`<${Loading} />` : null}
    ${list.data ? html`<table class="grid calls-table">
      <thead><tr><th>${tc('firstCall')}</th><th>${t('workOrder')}</th><th>${t('customer')}</th><th>${t('team')} / ${tc('engineer')}</th><th>${tc('channels')}</th><th>${tc('outcome')}</th><th>${t('level')}</th><th>${t('flags')}</th></tr></thead>
      <tbody>
        ${list.data.items.length === 0 ? html`<tr><td colspan="8" class="muted center">${t('noItems')}</td></tr>` : null}
        ${list.data.items.map((r) => html`<tr class="clickable" data-callback=${r.callbackId} onClick=${() => { location.hash = `#/calls/${encodeURIComponent(r.callbackId)}`; }}>
          <td class="nowrap">${fmtTime(r.firstAttemptAt)}</td>
          <td><a href=${`#/calls/${encodeURIComponent(r.callbackId)}`}>${r.workOrder}</a><div class="muted small">${r.kind} · ${r.dialogId}</div></td>
          <td><${Customer} item=${r} /></td>
          <td>${r.team ?? '—'} / ${r.engineer ?? '—'}</td>
          <td>${r.channels.map((c) => tc(c)).join('、')} <span class="muted small">×${r.attempts}</span></td>
          <td>${tc(r.callbackStatus)}${r.reached ? '' : html` <span class="warn small">${tc('unreached')}</span>`}</td>
          <td>${r.level ? t(r.level) : '—'}</td>
          <td class="center">${r.flagCount || ''}</td>
        </tr>`)}
      </tbody></table>
      <${Pager} total=${list.data.total} page=${page} pageSize=${pageSize} onPage=${setPage} />` : null}
  </section>`;
}
