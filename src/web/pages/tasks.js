// The task board: one card per open task (one task per callback, 004 第五十条), the reasons
// most serious first, the customer's own words, the deadline and its basis, the assignee and
// the resolution. Filters (status, reason, assignee, company, overdue), search (work order,
// last digits of the number), sort (deadline, severity), paging. Agents call the customer
// from the card without seeing the number (Twilio rings their phone first); the full number
// is for the task's assignee only. Agents see their tasks and the unassigned ones.
import { get, patch, post, qs } from '../api.js';
import { REASON_SEVERITY } from '../domain.js';
import { fmtTime, label, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, html, useEffect, useLoad, useRef, useState } from '../ui.js';

const PAGE_SIZE = 20;
const STATUS_CHOICES = ['active', 'open', 'in_progress', 'resolved', 'unreachable', 'all'];

/** Click-to-call: start, then follow the call until it ends. */
function CallButton({ task, onDone }) {
  const [call, setCall] = useState(null);
  const [phone, setPhone] = useState(null);
  const [error, setError] = useState(null);
  const timer = useRef(null);
  useEffect(() => () => clearTimeout(timer.current), []);
  async function follow(id) {
    try {
      const r = await get(`/api/tasks/${encodeURIComponent(task.id)}/calls/${encodeURIComponent(id)}`);
      setCall(r.call);
      if (r.call.ended) onDone();
      else timer.current = setTimeout(() => follow(id), 2000);
    } catch (e) {
      setError(e);
    }
  }
  async function start() {
    setError(null);
    try {
      const r = await post(`/api/tasks/${encodeURIComponent(task.id)}/call`);
      setCall(r.call);
      setPhone(r.myPhone);
      timer.current = setTimeout(() => follow(r.call.id), 1500);
    } catch (e) {
      setError(e);
    }
  }
  const live = call && !call.ended;
  return html`<div class="call-box">
    <button type="button" class="small primary call" disabled=${live} onClick=${start} title=${t('callHow')}>${t('callCustomer')}</button>
    ${live ? html`<p class="small note call-status" data-outcome=${call.outcome}>${t('calling', { phone: phone ?? '' })} <strong>${label('taskCallOutcome', call.outcome)}</strong></p>` : null}
    ${call && call.ended ? html`<p class="small ok call-status" data-outcome=${call.outcome}>${t('callEnded', { outcome: label('taskCallOutcome', call.outcome) })}</p>` : null}
    <${ErrorBox} error=${error} />
  </div>`;
}

/** The full number, for the task's assignee only (audited). */
function RevealButton({ task }) {
  const [phones, setPhones] = useState(null);
  const [error, setError] = useState(null);
  async function reveal() {
    setError(null);
    try {
      setPhones((await post(`/api/tasks/${encodeURIComponent(task.id)}/reveal`)).phones);
    } catch (e) {
      setError(e);
    }
  }
  return html`<span class="reveal-box">
    ${phones ? html`<span class="small revealed" title=${t('revealFor')}>${phones.map((p) => html`<span class="mono">${p.e164}</span> `)}</span>`
      : html`<button type="button" class="small link reveal" onClick=${reveal}>${t('reveal')}</button>`}
    <${ErrorBox} error=${error} />
  </span>`;
}

export function TaskCard({ task, session, users, onChange, compact }) {
  const [resolving, setResolving] = useState(false);
  const [resolution, setResolution] = useState('');
  const [error, setError] = useState(null);
  const [note, setNote] = useState(null);
  const me = session.user;
  const reviewer = me.role !== 'agent';
  async function change(body) {
    setError(null);
    try {
      const r = await patch(`/api/tasks/${encodeURIComponent(task.id)}`, body);
      if (r.reSurveyCallbackId) setNote(t('reSurvey'));
      setResolving(false);
      onChange();
    } catch (e) {
      setError(e);
    }
  }
  const active = task.status === 'open' || task.status === 'in_progress';
  const nameOf = (u) => users.find((x) => x.username === u)?.displayName || u;
  const reasons = task.reasons ?? [task.reason];
  return html`<article class=${`task card ${task.overdue ? 'overdue' : ''} status-${task.status}`} data-task=${task.id}>
    <header>
      ${reasons.map((r, i) => html`<span class=${`chip reason-${r.split(':')[0]} ${i === 0 ? 'lead' : ''}`}>${label('reason', r)}</span>`)}
      ${task.overdue ? html`<span class="badge overdue-badge">${t('overdue')}</span>` : null}
      <span class=${`badge status status-${task.status}`}>${label('taskStatus', task.status)}</span>
    </header>
    ${compact ? null : html`<div class="task-order"><a href=${`#/calls/${encodeURIComponent(task.callbackId)}`}>${task.workOrder}</a> <span class="muted small">${label('kind', task.kind)}</span>
      ${task.segment ? html`<span class="badge segment">${label('segment', task.segment)}</span>` : null}</div>
    <div class="small customer-line"><${Customer} item=${task} /> ${task.canReveal ? html`<${RevealButton} task=${task} />` : null}</div>`}
    ${task.anonymous ? html`<p class="small note anon-note">${t('anonymousTask')}</p>` : null}
    ${task.customerWords ? html`<blockquote class="words small" title=${t('customerWords')}>“${task.customerWords}”</blockquote>` : null}
    <dl class="small facts">
      <dt>${t('dueAt')}</dt><dd class=${task.overdue ? 'due overdue-text' : 'due'}>${task.dueAt ? fmtTime(task.dueAt) : '—'}${task.basisLabel ? html` <span class="muted">· ${task.basisLabel}</span>` : null}</dd>
      <dt>${t('assignee')}</dt><dd class="assignee">${task.assignee ? nameOf(task.assignee) : t('unassigned')}</dd>
      ${task.resolution ? html`<dt>${t('resolution')}</dt><dd class="resolution">${task.resolution}${task.resolvedAt ? html` <span class="muted">(${fmtTime(task.resolvedAt)})</span>` : null}</dd>` : null}
      ${task.lastNote ? html`<dt>${t('lastNote')}</dt><dd class="last-note">${task.lastNote}</dd>` : null}
    </dl>
    ${note || task.reSurveyCallbackId ? html`<div class="small ok">${t('reSurvey')}</div>` : null}
    ${task.canCall && !compact ? html`<${CallButton} task=${task} onDone=${onChange} />` : null}
    <div class="actions">
      ${active && task.assignee !== me.username ? html`<button type="button" class="small take" onClick=${() => change({ assignee: me.username })}>${t('take')}</button>` : null}
      ${task.status === 'open' ? html`<button type="button" class="small start" onClick=${() => change({ status: 'in_progress' })}>${t('start')}</button>` : null}
      ${active ? html`<button type="button" class="small resolve" onClick=${() => setResolving(!resolving)}>${t('resolve')}</button>` : null}
      ${active ? html`<button type="button" class="small unreachable" onClick=${() => change({ status: 'unreachable' })}>${t('markUnreachable')}</button>` : null}
      ${!active && reviewer ? html`<button type="button" class="small" onClick=${() => change({ status: 'open' })}>${t('reopen')}</button>` : null}
      ${reviewer && active ? html`<select class="small assign" aria-label=${t('assign')} value=${task.assignee ?? ''} onChange=${(e) => change({ assignee: e.target.value || null })}>
        <option value="">${t('unassigned')}</option>
        ${users.map((u) => html`<option value=${u.username}>${u.displayName || u.username}</option>`)}
      </select>` : null}
    </div>
    ${resolving ? html`<form class="resolve-form" onSubmit=${(e) => { e.preventDefault(); if (!resolution.trim()) { setError({ message: t('resolutionRequired') }); return; } change({ status: 'resolved', resolution }); }}>
      <textarea name="resolution" rows="2" placeholder=${t('resolution')} value=${resolution} onInput=${(e) => setResolution(e.target.value)}></textarea>
      <button class="primary small" type="submit">${t('confirm')}</button>
      <button class="link small" type="button" onClick=${() => setResolving(false)}>${t('cancel')}</button>
    </form>` : null}
    <${ErrorBox} error=${error} />
  </article>`;
}

export function TasksPage({ session }) {
  const me = session.user;
  const [f, setF] = useState({ status: 'active', reason: '', assignee: '', tenant: '', overdue: false, q: '', sort: 'deadline' });
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const statusParam = f.status === 'active' ? 'open,in_progress' : f.status === 'all' ? '' : f.status;
  const query = qs({ status: statusParam, reason: f.reason, assignee: f.assignee, tenant: f.tenant, overdue: f.overdue ? 'true' : '', q: f.q, sort: f.sort, page, pageSize: PAGE_SIZE });
  const tasks = useLoad(() => get(`/api/tasks${query}`), [query]);
  const meta = useLoad(() => get('/api/meta'), []);
  const set = (k) => (e) => {
    setF({ ...f, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value });
    setPage(1);
  };
  const d = tasks.data;
  const pages = d ? Math.max(1, Math.ceil(d.total / PAGE_SIZE)) : 1;
  const users = meta.data?.users ?? [];
  const tenants = meta.data?.tenants ?? [];
  return html`<section class="tasks-page">
    <h2>${t('tasks')}</h2>
    <p class="muted small">${t('tasksIntro')}</p>
    <form class="filters task-filters" onSubmit=${(e) => { e.preventDefault(); setF({ ...f, q: search.trim() }); setPage(1); }}>
      <label>${t('search')}<input name="q" type="search" value=${search} placeholder=${t('searchHint')} onInput=${(e) => setSearch(e.target.value)} /></label>
      <label>${t('status')}<select name="status" value=${f.status} onChange=${set('status')}>
        ${STATUS_CHOICES.map((s) => html`<option value=${s}>${s === 'active' ? t('statusActive') : s === 'all' ? t('statusAll') : label('taskStatus', s)}</option>`)}</select></label>
      <label>${t('reason')}<select name="reason" value=${f.reason} onChange=${set('reason')}>
        <option value="">${t('anyReason')}</option>
        ${REASON_SEVERITY.map((r) => html`<option value=${r}>${label('reason', r)}</option>`)}</select></label>
      <label>${t('assignee')}<select name="assignee" value=${f.assignee} onChange=${set('assignee')}>
        <option value="">${t('anyAssignee')}</option>
        <option value="me">${t('me')}</option>
        <option value="none">${t('nobody')}</option>
        ${me.role === 'agent' ? null : users.map((u) => html`<option value=${u.username}>${u.displayName || u.username}</option>`)}</select></label>
      ${tenants.length > 1 ? html`<label>${t('tenant')}<select name="tenant" value=${f.tenant} onChange=${set('tenant')}>
        <option value="">${t('anyTenant')}</option>
        ${tenants.map((x) => html`<option value=${x.id}>${x.name}</option>`)}</select></label>` : null}
      <label>${t('sort')}<select name="sort" value=${f.sort} onChange=${set('sort')}>
        <option value="deadline">${t('sort_deadline')}</option><option value="severity">${t('sort_severity')}</option></select></label>
      <label class="check"><input name="overdue" type="checkbox" checked=${f.overdue} onChange=${set('overdue')} /> ${t('overdueOnly')}</label>
      <button type="submit" class="primary">${t('search')}</button>
    </form>
    <${ErrorBox} error=${tasks.error} />
    ${tasks.loading && !d ? html`<${Loading} />` : null}
    ${d ? html`
      <p class="small muted page-info">${t('pageOf', { page, pages, total: d.total })}</p>
      ${d.items.length === 0 ? html`<p class="muted center">${t('noItems')}</p>` : null}
      <div class="task-grid">
        ${d.items.map((task) => html`<${TaskCard} key=${task.id} task=${task} session=${session} users=${users} onChange=${tasks.reload} />`)}
      </div>
      ${pages > 1 ? html`<nav class="pager">
        <button type="button" class="small prev" disabled=${page <= 1} onClick=${() => setPage(page - 1)}>${t('prevPage')}</button>
        <span class="small">${page} / ${pages}</span>
        <button type="button" class="small next" disabled=${page >= pages} onClick=${() => setPage(page + 1)}>${t('nextPage')}</button>
      </nav>` : null}` : null}
  </section>`;
}
