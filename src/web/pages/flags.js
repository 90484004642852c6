/* global location */
// The flagged-calls queue: one row per call with flags, filters by tenant, team, district,
// reason, date and review state.
import { get, qs } from '../api.js';
import { fmtTime, reasonText, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, ReasonChips, html, useLoad, useState } from '../ui.js';

const EMPTY = { tenant: '', team: '', district: '', reason: '', from: '', to: '', reviewed: 'false' };

export function FlagsPage() {
  const [draft, setDraft] = useState(EMPTY);
  const [filters, setFilters] = useState(EMPTY);
  const meta = useLoad(() => get('/api/meta'), []);
  const list = useLoad(() => get(`/api/flags${qs(filters)}`), [filters]);
  const m = meta.data ?? { tenants: [], teams: [], districts: [], reasons: [] };
  const set = (k) => (e) => setDraft({ ...draft, [k]: e.target.value });
  const select = (k, label, options, fmt = (v) => v) => html`<label>${t(label)}
    <select name=${k} value=${draft[k]} onChange=${set(k)}>
      <option value="">${t('all')}</option>
      ${options.map((o) => html`<option value=${o}>${fmt(o)}</option>`)}
    </select></label>`;
  return html`<section>
    <h2>${t('flags')}</h2>
    <form class="filters" onSubmit=${(e) => { e.preventDefault(); setFilters(draft); }}>
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
      <button class="link" type="button" onClick=${() => { setDraft(EMPTY); setFilters(EMPTY); }}>${t('reset')}</button>
    </form>
    <${ErrorBox} error=${list.error} />
    ${list.loading && !list.data ? html`<${Loading} />` : null}
    ${list.data ? html`<table class="grid flags-table">
      <thead><tr><th>${t('time')}</th><th>${t('workOrder')}</th><th>${t('customer')}</th><th>${t('team')} / ${t('district')}</th><th>${t('reason')}</th><th>${t('level')}</th><th>${t('openTasks')}</th><th>${t('status')}</th></tr></thead>
      <tbody>
        ${list.data.items.length === 0 ? html`<tr><td colspan="8" class="muted center">${t('noItems')}</td></tr>` : null}
        ${list.data.items.map((r) => html`<tr class="clickable" data-callback=${r.callbackId} onClick=${() => { location.hash = `#/calls/${encodeURIComponent(r.callbackId)}`; }}>
          <td class="nowrap">${fmtTime(r.lastFlagAt)}</td>
          <td><a href=${`#/calls/${encodeURIComponent(r.callbackId)}`}>${r.workOrder}</a><div class="muted small">${r.kind}${m.tenants.length > 1 ? ` · ${r.tenantId}` : ''}</div></td>
          <td><${Customer} item=${r} /></td>
          <td>${r.team ?? '—'} / ${r.district ?? '—'}</td>
          <td><${ReasonChips} reasons=${r.reasons} /></td>
          <td>${r.level ? t(r.level) : '—'}</td>
          <td class="center">${r.openTasks || ''}</td>
          <td>${r.reviewed ? html`<span class="ok">✓ ${t('reviewed')}</span>` : html`<span class="warn">${t('unreviewed')}</span>`}</td>
        </tr>`)}
      </tbody></table>` : null}
  </section>`;
}
