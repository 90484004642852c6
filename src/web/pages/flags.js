/* global location */
// The flagged-calls queue: one row per call with flags, the most serious first (misconduct and
// complaints before dissatisfaction), with the count, filters by tenant, team, district,
// reason, date and review state, a search by work order or last digits, paging, "mark the
// selected reviewed" and a CSV export of what the filters select.
import { get, post, qs } from '../api.js';
import { fmtTime, reasonText, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, ReasonChips, html, useLoad, useState } from '../ui.js';
import { tc } from './calls-text.js';
import { Pager } from './calls.js';

const EMPTY = { tenant: '', team: '', district: '', reason: '', from: '', to: '', reviewed: 'false', q: '' };

export function FlagsPage() {
  const [draft, setDraft] = useState(EMPTY);
  const [filters, setFilters] = useState(EMPTY);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState(() => new Set());
  const [msg, setMsg] = useState(null);
  const [error, setError] = useState(null);
  const pageSize = 50;
  const meta = useLoad(() => get('/api/meta'), []);
  const list = useLoad(() => get(`/api/flags${qs({ ...filters, page, pageSize })}`), [filters, page]);
  const m = meta.data ?? { tenants: [], teams: [], districts: [], reasons: [] };
  const set = (k) => (e) => setDraft({ ...draft, [k]: e.target.value });
  const select = (k, label, options, fmt = (v) => v) => html`<label>${t(label)}
    <select name=${k} value=${draft[k]} onChange=${set(k)}>
      <option value="">${t('all')}</option>
      ${options.map((o) => html`<option value=${o}>${fmt(o)}</option>`)}
    </select></label>`;
  const apply = (next) => { setPage(1); setSelected(new Set()); setFilters(next); };
  const items = list.data?.items ?? [];
  const toggle = (id) => {
    const s = new Set(selected);
    if (s.has(id)) s.delete(id);
    else s.add(id);
    setSelected(s);
  };
  const allOnPage = items.length > 0 && items.every((r) => selected.has(r.callbackId));
  async function markSelected() {
    setError(null);
    try {
      const r = await post('/api/flags/review', { callbackIds: [...selected] });
      setMsg(tc('bulkDone', { n: r.reviewed }));
      setSelected(new Set());
      list.reload();
    } catch (e) {
      setError(e);
    }
  }
  return html`<section>
    <h2>${t('flags')} ${list.data ? html`<small class="muted count" data-total=${list.data.total}>${tc(filters.reviewed === 'false' ? 'flagsCount' : 'flagsCountAll', { n: list.data.total })}</small>` : null}</h2>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); apply(draft); }}>
      <label>${tc('search')}<input name="q" value=${draft.q} placeholder=${tc('searchHint')} onInput=${set('q')} /></label>
      ${m.tenants.length > 1 ? select('tenant', 'tenant', m.tenants.map((x) => x.id), (id) => m.tenants.find((x) => x.id === id)?.name ?? id) : null}
      ${select('team', 'team', m.teams)}
      ${select('district', 'district', m.districts)}
      ${select('reason', 'reason', m.reasons, reasonText)}
      <label>${t('from')}<input type="date" name="from" value=${draft.from} onInput=${set('from')} /></label>
      <label>${t('to')}<input type="date" name="to" value=${draft.to} onInput=${set('to')} /></label>
      <label>${t('reviewedFilter')}
        <select name="reviewed" value=${draft.reviewed} onChange=${set('reviewed')}>
          <option value="false">${t('unreviewed')}</option>
          <option value="true">${t('reviewed')}</option>
          <option value="all">${t('all')}</option>
        </select></label>
      <button class="primary" type="submit">${t('filter')}</button>
      <button class="link" type="button" onClick=${() => { setDraft(EMPTY); apply(EMPTY); }}>${t('reset')}</button>
    </form>
    <div class="row bulk">
      <button type="button" class="primary mark-selected" disabled=${selected.size === 0} onClick=${markSelected}>${tc('markSelected', { n: selected.size })}</button>
      <a class="export" href=${`/api/flags/export${qs(filters)}`} download>${tc('exportCsv')}</a>
      ${msg ? html`<span class="ok small">${msg}</span>` : null}
    </div>
    <${ErrorBox} error=${error ?? list.error} />
    ${list.loading && !list.data ? html`<${Loading} />` : null}
    ${list.data ? html`<table class="grid flags-table">
      <thead><tr><th><input type="checkbox" aria-label=${tc('selectAll')} title=${tc('selectAll')} checked=${allOnPage}
        onChange=${() => setSelected(allOnPage ? new Set() : new Set([...selected, ...items.map((r) => r.callbackId)]))} /></th>
        <th>${t('time')}</th><th>${t('workOrder')}</th><th>${t('customer')}</th><th>${t('team')} / ${t('district')}</th><th>${t('reason')}</th><th>${t('level')}</th><th>${t('openTasks')}</th><th>${t('status')}</th></tr></thead>
      <tbody>
        ${items.length === 0 ? html`<tr><td colspan="9" class="muted center">${t('noItems')}</td></tr>` : null}
        ${items.map((r) => html`<tr class="clickable" data-callback=${r.callbackId} onClick=${() => { location.hash = `#/calls/${encodeURIComponent(r.callbackId)}`; }}>
          <td onClick=${(e) => e.stopPropagation()}><input type="checkbox" class="pick" checked=${selected.has(r.callbackId)} onChange=${() => toggle(r.callbackId)} /></td>
          <td class="nowrap">${fmtTime(r.lastFlagAt)}</td>
          <td><a href=${`#/calls/${encodeURIComponent(r.callbackId)}`}>${r.workOrder}</a><div class="muted small">${r.kind}${m.tenants.length > 1 ? ` · ${r.tenantId}` : ''}</div></td>
          <td><${Customer} item=${r} /></td>
          <td>${r.team ?? '—'} / ${r.district ?? '—'}</td>
          <td><${ReasonChips} reasons=${r.reasons} /></td>
          <td>${r.level ? t(r.level) : '—'}</td>
          <td class="center">${r.openTasks || ''}</td>
          <td>${r.reviewed ? html`<span class="ok">✓ ${t('reviewed')}</span>` : html`<span class="warn">${t('unreviewed')}</span>`}</td>
        </tr>`)}
      </tbody></table>
      <${Pager} total=${list.data.total} page=${page} pageSize=${pageSize} onPage=${setPage} />` : null}
  </section>`;
}
