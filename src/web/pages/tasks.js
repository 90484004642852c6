// The tasks board: columns by status, overdue highlighted. Agents see their tasks and the
// unassigned ones of their tenant; supervisors and admins see every task in scope.
import { get, patch } from '../api.js';
import { fmtTime, reasonText, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, html, useLoad, useState } from '../ui.js';

const COLUMNS = ['open', 'in_progress', 'resolved', 'unreachable'];

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
  return html`<article class=${`task card ${task.overdue ? 'overdue' : ''} status-${task.status}`} data-task=${task.id}>
    <header>
      <span class=${`chip reason-${task.reason}`}>${reasonText(task.reason)}</span>
      ${task.overdue ? html`<span class="badge overdue-badge">${t('overdue')}</span>` : null}
      ${compact ? html`<span class="badge">${t(task.status)}</span>` : null}
    </header>
    ${compact ? null : html`<div><a href=${`#/calls/${encodeURIComponent(task.callbackId)}`}>${task.workOrder}</a> <span class="muted small">${task.kind}</span></div>
    <div class="small"><${Customer} item=${task} /></div>`}
    ${task.detail ? html`<div class="small detail">${task.detail}</div>` : null}
    <div class="small muted">${t('dueAt')}: <span class=${task.overdue ? 'due overdue-text' : 'due'}>${task.dueAt ? fmtTime(task.dueAt) : '—'}</span></div>
    <div class="small muted">${t('assignee')}: ${task.assignee ?? t('unassigned')}</div>
    ${task.resolution ? html`<div class="small">${t('resolution')}: ${task.resolution}</div>` : null}
    ${note || task.reSurveyCallbackId ? html`<div class="small ok">${t('reSurvey')}</div>` : null}
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
  const tasks = useLoad(() => get('/api/tasks'), []);
  const meta = useLoad(() => get('/api/meta'), []);
  const items = tasks.data?.items ?? [];
  return html`<section>
    <h2>${t('tasks')}</h2>
    <${ErrorBox} error=${tasks.error} />
    ${tasks.loading && !tasks.data ? html`<${Loading} />` : null}
    <div class="board">
      ${COLUMNS.map((col) => {
        const inCol = items.filter((x) => x.status === col);
        return html`<div class=${`column col-${col}`} data-column=${col}>
          <h3>${t(col)} <span class="count">${inCol.length}</span></h3>
          ${inCol.length === 0 ? html`<p class="muted small center">${t('noItems')}</p>` : null}
          ${inCol.map((task) => html`<${TaskCard} key=${task.id} task=${task} session=${session} users=${meta.data?.users ?? []} onChange=${tasks.reload} />`)}
        </div>`;
      })}
    </div>
  </section>`;
}
