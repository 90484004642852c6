// Tenants (admins): the list, a form to create one (admins of every tenant), and a form to edit
// each: time zone, calling hours and days, holidays and make-up working days (调休) in the
// holidays-file format, and the write-back endpoint. The server validates exactly as
// `huifang tenant` does (src/campaigns/tenant-admin.ts); secrets are never sent back.
import { get, patch, post } from '../api.js';
import { t } from '../i18n.js';
import { ErrorBox, Loading, html, useLoad, useState } from '../ui.js';

const hoursText = (v) => (v.callingHours ? v.callingHours.map((w) => `${w.start}-${w.end}`).join(',') : '');
const daysText = (v) => (v.callingDays ? v.callingDays.join(',') : '');
const holidaysText = (v) => [...v.holidays.map((d) => `${d} holiday`), ...v.workdays.map((d) => `${d} workday`)].sort().join('\n');

/** The form's fields from a tenant (or empty for a new one). */
/** @param {string} p */
const providerName = (p) => (p === 'aliyun' ? t('aliyun') : 'Twilio');

function toForm(v) {
  return {
    id: v?.id ?? '',
    name: v?.name ?? '',
    timeZone: v?.timeZone ?? 'Asia/Shanghai',
    callingHours: v ? hoursText(v) : '',
    callingDays: v ? daysText(v) : '',
    holidays: v ? holidaysText(v) : '',
    writebackUrl: v?.writeback?.url ?? '',
    writebackSecret: '',
    writebackAllowPrivate: v?.writeback?.allowPrivate ?? false,
    voiceProvider: v?.voiceProvider ?? '',
    smsProvider: v?.smsProvider ?? '',
  };
}

/**
 * The body for POST (every field) or PATCH (the fields changed: a masked URL is never sent
 * back). Empty text returns a setting to its default; an empty secret keeps the stored one.
 */
function toBody(f, initial) {
  const all = {
    name: f.name,
    timeZone: f.timeZone,
    callingHours: f.callingHours.trim() || null,
    callingDays: f.callingDays.trim() || null,
    holidays: f.holidays.trim() || null,
    writebackUrl: f.writebackUrl.trim() || null,
    writebackAllowPrivate: f.writebackAllowPrivate,
    voiceProvider: f.voiceProvider || null,
    smsProvider: f.smsProvider || null,
  };
  const b = {};
  for (const [k, v] of Object.entries(all)) if (!initial || f[k] !== initial[k]) b[k] = v;
  if (f.writebackSecret.trim()) b.writebackSecret = f.writebackSecret.trim();
  if (!b.writebackUrl && !initial) delete b.writebackAllowPrivate;
  if (!initial) b.id = f.id.trim();
  return b;
}

function TenantForm({ tenant, onDone }) {
  const creating = !tenant;
  const [initial, setInitial] = useState(() => (tenant ? toForm(tenant) : null));
  const [f, setF] = useState(() => toForm(tenant));
  const [error, setError] = useState(null);
  const [done, setDone] = useState(false);
  const set = (k) => (e) => setF({ ...f, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value });
  async function submit(e) {
    e.preventDefault();
    setError(null);
    setDone(false);
    try {
      const r = creating ? await post('/api/tenants', toBody(f, null)) : await patch(`/api/tenants/${encodeURIComponent(tenant.id)}`, toBody(f, initial));
      setF(creating ? toForm(null) : toForm(r.tenant));
      if (!creating) setInitial(toForm(r.tenant));
      setDone(true);
      onDone(r.tenant);
    } catch (err) {
      setError(err);
    }
  }
  return html`<form class=${`card tenant-form ${creating ? 'new-tenant' : 'edit-tenant'}`} onSubmit=${submit} data-tenant=${tenant?.id ?? ''}>
    <h3>${creating ? t('newTenant') : `${t('editTenant')}: ${tenant.name}`}</h3>
    <div class="form-grid">
      ${creating ? html`<label>${t('tenantId')}<input name="id" value=${f.id} onInput=${set('id')} required pattern="[a-z0-9][a-z0-9_-]*" autocomplete="off" placeholder="unicom-dachang" /></label>` : null}
      <label>${t('tenantName')}<input name="name" value=${f.name} onInput=${set('name')} required /></label>
      <label>${t('timeZone')}<input name="timeZone" value=${f.timeZone} onInput=${set('timeZone')} required /></label>
      <label>${t('callingHours')}<input name="callingHours" value=${f.callingHours} onInput=${set('callingHours')} placeholder=${t('callingHoursHint')} /></label>
      <label>${t('callingDays')}<input name="callingDays" value=${f.callingDays} onInput=${set('callingDays')} placeholder=${t('callingDaysHint')} /></label>
      <label>${t('voiceProvider')}<select name="voiceProvider" value=${f.voiceProvider} onChange=${set('voiceProvider')}>
        <option value="">${t('providerDefault')}</option><option value="twilio">Twilio</option><option value="aliyun">${t('aliyun')}</option></select></label>
      <label>${t('smsProvider')}<select name="smsProvider" value=${f.smsProvider} onChange=${set('smsProvider')}>
        <option value="">${t('providerDefault')}</option><option value="twilio">Twilio</option><option value="aliyun">${t('aliyun')}</option></select></label>
      <label>${t('writebackUrl')}<input name="writebackUrl" type="url" value=${f.writebackUrl} onInput=${set('writebackUrl')} placeholder="https://orders.example.com/hooks/huifang" /></label>
      <label>${t('writebackSecret')}<input name="writebackSecret" type="password" value=${f.writebackSecret} onInput=${set('writebackSecret')} autocomplete="new-password" placeholder=${tenant?.writeback ? t('writebackSecretKeep') : 'whsec_…'} /></label>
    </div>
    <label class="check"><input type="checkbox" name="writebackAllowPrivate" checked=${f.writebackAllowPrivate} onChange=${set('writebackAllowPrivate')} />${t('writebackAllowPrivate')}</label>
    <label>${t('holidaysFile')}<textarea name="holidays" rows="5" class="mono" value=${f.holidays} onInput=${set('holidays')} placeholder=${t('holidaysHint')}></textarea></label>
    <${ErrorBox} error=${error} />
    ${done ? html`<p class="ok small tenant-saved">${creating ? t('tenantCreated') : t('tenantSaved')}</p>` : null}
    <button class="primary" type="submit">${creating ? t('create') : t('save')}</button>
  </form>`;
}

function TenantRow({ v, onEdit, editing }) {
  return html`<tr data-tenant=${v.id} class=${editing ? 'selected' : ''}>
    <td class="mono">${v.id}</td>
    <td>${v.name}</td>
    <td>${v.timeZone}</td>
    <td class="mono calling-hours">${v.callingHours ? hoursText(v) : html`<span class="muted">${t('defaultHours')}</span>`}</td>
    <td class="calling-days">${v.callingDays ? v.callingDays.map((d) => t(`weekday${d}`)).join(' ') : html`<span class="muted">${t('everyDay')}</span>`}</td>
    <td class="holidays">${v.holidays.length} ${t('holidayCount')}${v.workdays.length ? ` · ${v.workdays.length} ${t('workdayCount')}` : ''}</td>
    <td class="writeback">${v.writeback ? html`<span class="mono">${v.writeback.url}</span> <span class="muted small">(${t('secretSet')})</span>` : html`<span class="muted">${t('none')}</span>`}</td>
    <td class="providers">${t('voiceProvider')}: ${v.voiceProvider ? providerName(v.voiceProvider) : html`<span class="muted">${t('providerDefault')}</span>`}<br />${t('smsProvider')}: ${v.smsProvider ? providerName(v.smsProvider) : html`<span class="muted">${t('providerDefault')}</span>`}</td>
    <td><button type="button" class="small link edit-tenant" onClick=${onEdit}>${t('editTenant')}</button></td>
  </tr>`;
}

export function TenantsPage() {
  const list = useLoad(() => get('/api/tenants'), []);
  const [editing, setEditing] = useState(null);
  const d = list.data;
  const current = d?.items.find((x) => x.id === editing) ?? null;
  return html`<section class="tenants-page">
    <h2>${t('tenantsTitle')}</h2>
    <p class="muted small">${t('tenantsIntro')}</p>
    <${ErrorBox} error=${list.error} />
    ${list.loading && !d ? html`<${Loading} />` : null}
    ${d ? html`
      <table class="grid tenants-table">
        <thead><tr><th>${t('tenantId')}</th><th>${t('tenantName')}</th><th>${t('timeZone')}</th><th>${t('callingHours')}</th><th>${t('callingDays')}</th><th>${t('holidayCount')}</th><th>${t('writebackUrl')}</th><th>${t('providers')}</th><th></th></tr></thead>
        <tbody>${d.items.map((v) => html`<${TenantRow} key=${v.id} v=${v} editing=${v.id === editing} onEdit=${() => setEditing(v.id === editing ? null : v.id)} />`)}</tbody>
      </table>
      ${current ? html`<${TenantForm} key=${`edit-${current.id}`} tenant=${current} onDone=${() => list.reload()} />` : null}
      ${d.canCreate ? html`<${TenantForm} key="new" tenant=${null} onDone=${(v) => { list.reload(); setEditing(v.id); }} />` : html`<p class="note">${t('onlyGlobalAdminCreates')}</p>`}` : null}
  </section>`;
}
