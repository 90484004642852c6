// User management: the list (admins and supervisors), and for admins: create a user
// (admin / supervisor / agent, one tenant or all), disable or enable one (disabling ends their
// sessions), set their phone (agents: rung for live transfers and calls from tasks;
// supervisors: for listening in), reset a password and change a role (both end the user's
// sessions; audited). Numbers are shown masked only; a taken user name or a number that cannot
// be rung is a clear message (HF_USER_EXISTS, HF_PHONE_INVALID).
import { get, patch, post } from '../api.js';
import { label, t } from '../i18n.js';
import { ErrorBox, Loading, html, useLoad, useState } from '../ui.js';

const ROLES = ['agent', 'supervisor', 'admin'];

function NewUser({ session, tenants, onCreated }) {
  const own = session.user.tenantId;
  const empty = { username: '', displayName: '', password: '', role: 'agent', tenantId: own ?? (tenants[0]?.id ?? ''), phone: '' };
  const [f, setF] = useState(empty);
  const [error, setError] = useState(null);
  const [done, setDone] = useState(null);
  const set = (k) => (e) => setF({ ...f, [k]: e.target.value });
  async function submit(e) {
    e.preventDefault();
    setError(null);
    setDone(null);
    try {
      const r = await post('/api/users', {
        username: f.username,
        password: f.password,
        role: f.role,
        tenantId: f.tenantId === '' ? null : f.tenantId,
        displayName: f.displayName || null,
        phone: f.phone || null,
      });
      setDone(r.user.username);
      setF(empty);
      onCreated();
    } catch (err) {
      setError(err);
    }
  }
  return html`<form class="card new-user" onSubmit=${submit}>
    <h3>${t('newUser')}</h3>
    <div class="form-grid">
      <label>${t('username')}<input name="username" value=${f.username} onInput=${set('username')} required minlength="2" autocomplete="off" /></label>
      <label>${t('displayName')}<input name="displayName" value=${f.displayName} onInput=${set('displayName')} /></label>
      <label>${t('password')}<input name="password" type="password" value=${f.password} onInput=${set('password')} required minlength="8" autocomplete="new-password" /></label>
      <label>${t('role')}<select name="role" value=${f.role} onChange=${set('role')}>
        ${ROLES.map((r) => html`<option value=${r}>${label('role', r)}</option>`)}</select></label>
      <label>${t('tenant')}<select name="tenantId" value=${f.tenantId} onChange=${set('tenantId')} disabled=${own !== null}>
        ${own === null ? html`<option value="">${t('allTenants')}</option>` : null}
        ${tenants.map((x) => html`<option value=${x.id}>${x.name}</option>`)}</select></label>
      <label>${t('phone')}<input name="phone" type="tel" value=${f.phone} onInput=${set('phone')} placeholder="138xxxxxxxx" autocomplete="off" /></label>
    </div>
    <p class="muted small">${t('phoneHint')}</p>
    <${ErrorBox} error=${error} />
    ${done ? html`<p class="ok small user-created">${t('userCreated')}: ${done}</p>` : null}
    <button class="primary" type="submit">${t('create')}</button>
  </form>`;
}

function UserRow({ u, canEdit, self, tenants, onChanged }) {
  const [open, setOpen] = useState(null); // 'phone' | 'password' | null
  const [value, setValue] = useState('');
  const [error, setError] = useState(null);
  const [done, setDone] = useState(null);
  async function change(body, message) {
    setError(null);
    setDone(null);
    try {
      await patch(`/api/users/${encodeURIComponent(u.id)}`, body);
      setOpen(null);
      setValue('');
      if (message) setDone(message);
      onChanged();
    } catch (err) {
      setError(err);
    }
  }
  const toggle = (what) => {
    setOpen(open === what ? null : what);
    setValue('');
  };
  const tenantName = u.tenantId === null ? t('allTenants') : (tenants.find((x) => x.id === u.tenantId)?.name ?? u.tenantId);
  return html`<tr data-user=${u.username} class=${u.disabled ? 'user-disabled' : ''}>
    <td class="mono">${u.username}</td>
    <td>${u.displayName ?? '—'}</td>
    <td class="user-role">${canEdit && !self
      ? html`<select class="small role-select" aria-label=${t('changeRole')} value=${u.role} onChange=${(e) => change({ role: e.target.value }, t('roleChanged'))}>
          ${ROLES.map((r) => html`<option value=${r}>${label('role', r)}</option>`)}</select>`
      : label('role', u.role)}</td>
    <td>${tenantName}</td>
    <td class="mono phone-masked">${u.phone ?? '—'}</td>
    <td class="user-status">${u.disabled ? html`<span class="warn">${t('userDisabled')}</span>` : html`<span class="ok">${t('userEnabled')}</span>`}</td>
    <td>${canEdit ? html`<div class="actions">
      ${self ? null : u.disabled
        ? html`<button type="button" class="small enable" onClick=${() => change({ disabled: false })}>${t('enable')}</button>`
        : html`<button type="button" class="small disable" onClick=${() => change({ disabled: true })}>${t('disable')}</button>`}
      <button type="button" class="small link set-phone" onClick=${() => toggle('phone')}>${t('setPhone')}</button>
      <button type="button" class="small link reset-password" onClick=${() => toggle('password')}>${t('resetPassword')}</button>
      ${open === 'phone' ? html`<form class="row phone-form" onSubmit=${(e) => { e.preventDefault(); change({ phone: value || null }); }}>
        <input name="phone" type="tel" value=${value} onInput=${(e) => setValue(e.target.value)} placeholder=${t('phoneClearHint')} autocomplete="off" />
        <button type="submit" class="small">${t('save')}</button></form>` : null}
      ${open === 'password' ? html`<form class="row password-form" onSubmit=${(e) => { e.preventDefault(); change({ password: value }, t('passwordReset')); }}>
        <input name="newPassword" type="password" value=${value} onInput=${(e) => setValue(e.target.value)} placeholder=${t('newPassword')} minlength="8" required autocomplete="new-password" />
        <button type="submit" class="small">${t('save')}</button></form>` : null}
      ${done ? html`<span class="ok small user-done">${done}</span>` : null}
      <${ErrorBox} error=${error} />
    </div>` : null}</td>
  </tr>`;
}

export function UsersPage({ session }) {
  const list = useLoad(() => get('/api/users'), []);
  const meta = useLoad(() => get('/api/meta'), []);
  const tenants = meta.data?.tenants ?? [];
  const d = list.data;
  return html`<section class="users-page">
    <h2>${t('usersTitle')}</h2>
    <${ErrorBox} error=${list.error} />
    ${list.loading && !d ? html`<${Loading} />` : null}
    ${d ? html`
      ${d.canEdit ? html`<${NewUser} session=${session} tenants=${tenants} onCreated=${list.reload} />` : html`<p class="note">${t('onlyAdminEdits')}</p>`}
      <table class="grid users-table">
        <thead><tr><th>${t('username')}</th><th>${t('displayName')}</th><th>${t('role')}</th><th>${t('tenant')}</th><th>${t('phone')}</th><th>${t('status')}</th><th>${t('userActions')}</th></tr></thead>
        <tbody>
          ${d.items.map((u) => html`<${UserRow} key=${u.id} u=${u} canEdit=${d.canEdit} self=${u.id === session.user.id} tenants=${tenants} onChanged=${list.reload} />`)}
        </tbody>
      </table>` : null}
  </section>`;
}
