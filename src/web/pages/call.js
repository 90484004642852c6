/* global CSS */
// A call's page: work order and customer (masked; reveal for admin/supervisor, logged), the
// recording player (streamed through the server, logged), the turn-by-turn transcript with
// recognition confidence, scores, flags, notes, "reviewed", and the call's tasks.
import { get, post, put, qs } from '../api.js';
import { fmtTime, reasonText, t } from '../i18n.js';
import { ErrorBox, Loading, ReasonChips, html, useEffect, useLoad, useState } from '../ui.js';
import { TaskCard } from './tasks.js';
import { tc } from './calls-text.js';

/** Play a call's recording from a turn: its player, at the turn's offset. */
function seekTo(attemptId, sec) {
  const audio = /** @type {HTMLAudioElement | null} */ (document.querySelector(`audio[data-attempt="${CSS.escape(attemptId)}"]`));
  if (!audio) return;
  audio.currentTime = sec;
  audio.play().catch(() => undefined);
  audio.scrollIntoView({ block: 'nearest' });
}

const fmtOffset = (sec) => `${Math.floor(sec / 60)}:${String(Math.floor(sec % 60)).padStart(2, '0')}`;

function Confidence({ value }) {
  if (value === null || value === undefined) return html`<span class="muted">—</span>`;
  const pct = Math.round(value * 100);
  const cls = value < 0.6 ? 'conf low' : value < 0.8 ? 'conf mid' : 'conf high';
  return html`<span class=${cls} title=${t('confidence')}>${pct}%</span>`;
}

function CustomerBox({ call, id }) {
  const [phones, setPhones] = useState(null);
  const [error, setError] = useState(null);
  if (call.anonymous) return html`<div class="customer"><span class="anon">${t('anonymous')}</span><p class="muted small">${t('anonymousNote')}</p></div>`;
  async function reveal() {
    setError(null);
    try {
      setPhones((await post(`/api/calls/${encodeURIComponent(id)}/reveal`)).phones);
    } catch (e) {
      setError(e);
    }
  }
  return html`<div class="customer">
    <div><strong>${call.customerName ?? '—'}</strong> <span class="mono phone-masked">${call.phone ?? ''}</span>
      ${call.phone ? html` <button type="button" class="small reveal" onClick=${reveal}>${t('reveal')}</button>` : null}</div>
    ${phones ? html`<div class="revealed"><span class="muted small">${t('revealed')}:</span> ${phones.map((p) => html`<span class="mono phone-full">${p.e164}</span> `)}</div>` : null}
    <${ErrorBox} error=${error} />
  </div>`;
}

function NewTask({ id, meta, onCreated }) {
  const [reason, setReason] = useState('dissatisfied');
  const [assignee, setAssignee] = useState('');
  const [detail, setDetail] = useState('');
  const [plan, setPlan] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    get(`/api/calls/${encodeURIComponent(id)}/plan${qs({ reason })}`).then((r) => setPlan(r.plan), () => setPlan(null));
  }, [id, reason]);
  async function submit(e) {
    e.preventDefault();
    setError(null);
    try {
      await post(`/api/calls/${encodeURIComponent(id)}/tasks`, { reason, assignee: assignee || null, detail: detail || null });
      setDetail('');
      onCreated();
    } catch (err) {
      setError(err);
    }
  }
  const reasons = Object.keys(meta?.reasonLabels ?? { dissatisfied: 1, complaint: 1 });
  return html`<form class="new-task" onSubmit=${submit}>
    <h4>${t('createTask')}</h4>
    <label>${t('reason')}<select name="reason" value=${reason} onChange=${(e) => setReason(e.target.value)}>
      ${reasons.map((r) => html`<option value=${r}>${reasonText(r)}</option>`)}</select></label>
    <label>${t('assignee')}<select name="assignee" value=${assignee} onChange=${(e) => setAssignee(e.target.value)}>
      <option value="">${t('unassigned')}</option>
      ${(meta?.users ?? []).map((u) => html`<option value=${u.username}>${u.displayName || u.username} (${t(`role_${u.role}`)})</option>`)}</select></label>
    <label>${t('detail')}<input name="detail" value=${detail} onInput=${(e) => setDetail(e.target.value)} /></label>
    <p class="muted small">${t('dueAt')}: ${plan?.dueAt ? fmtTime(plan.dueAt) : '—'} (${t('dueAuto')}${plan ? `: ${plan.basis}` : ''})</p>
    <${ErrorBox} error=${error} />
    <button class="primary" type="submit">${t('create')}</button>
  </form>`;
}

export function CallPage({ id, session }) {
  const data = useLoad(() => get(`/api/calls/${encodeURIComponent(id)}`), [id]);
  const meta = useLoad(() => get('/api/meta'), []);
  const [notes, setNotes] = useState(null);
  const [msg, setMsg] = useState(null);
  const [error, setError] = useState(null);
  if (data.error) return html`<section><a href="#/flags">← ${t('back')}</a><${ErrorBox} error=${data.error} /></section>`;
  if (!data.data) return html`<${Loading} />`;
  const d = data.data;
  const c = d.call;
  const reviewer = session.user.role !== 'agent';
  const noteText = notes ?? d.review?.notes ?? '';
  async function saveReview(reviewed) {
    setError(null);
    try {
      await put(`/api/calls/${encodeURIComponent(id)}/review`, reviewed ? { notes: noteText, reviewed: true } : { notes: noteText });
      setMsg(t('saved'));
      data.reload();
    } catch (e) {
      setError(e);
    }
  }
  const recorded = d.attempts.filter((a) => a.hasRecording);
  return html`<section class="call">
    <a href=${reviewer ? '#/flags' : '#/tasks'}>← ${t('back')}</a>
    <div class="call-head card">
      <div>
        <h2>${t('workOrder')} ${c.workOrder} <small class="muted">${c.kind}</small></h2>
        <div class="muted small">${t('team')}: ${c.team ?? '—'} · ${t('district')}: ${c.district ?? '—'} · ${t('engineer')}: ${c.engineer ?? '—'} · ${t('dialog')}: ${c.dialogId} · ${c.tenantId}</div>
        <div class="chips-row"><${ReasonChips} reasons=${[...new Set(d.flags.map((f) => f.reason))]} /></div>
      </div>
      <${CustomerBox} call=${c} id=${id} />
    </div>
    ${d.attempts.some((a) => a.provider === 'aliyun') ? html`<p class="notice aliyun-notice">${t('aliyunNotice')}${d.attempts.filter((a) => a.failureReason).map((a) => html` <span class="chip">${t('failureReason')}: ${t(`early_${a.failureReason ?? ''}`)}</span>`)}</p>` : null}
    <div class="cols">
      <div class="col-main">
        <div class="card">
          <h3>${t('recording')}</h3>
          ${!d.canPlay ? html`<p class="muted">${t('recordingHidden')}</p>` : recorded.length === 0 ? html`<p class="muted">${t('noRecording')}</p>` : recorded.map((a) => html`<div class="player">
            <span class="muted small">${fmtTime(a.startedAt)} · ${t(a.channel)}</span>
            <audio controls preload="metadata" src=${a.recordingUrl} data-attempt=${a.id}></audio>
          </div>`)}
        </div>
        <div class="card">
          <h3>${t('transcript')}</h3>
          ${d.transcript.length === 0 ? html`<p class="muted">${t('noItems')}</p>` : null}
          <ol class="transcript">
            ${d.transcript.map((turn, i) => {
              const prev = d.transcript[i - 1];
              const newContact = turn.attemptId && (!prev || prev.attemptId !== turn.attemptId);
              const attempt = d.attempts.find((a) => a.id === turn.attemptId);
              const seek = turn.offsetSec !== null && turn.offsetSec !== undefined && attempt?.recordingUrl
                ? html` <button type="button" class="link small seek" title=${tc('seek')} onClick=${() => seekTo(turn.attemptId, turn.offsetSec)}>▶ ${fmtOffset(turn.offsetSec)}</button>`
                : null;
              return html`${newContact ? html`<li class="contact-head muted small">${tc(attempt?.channel ?? 'voice')} · ${fmtTime(attempt?.startedAt ?? turn.at)}</li>` : null}
              <li data-step=${turn.stepId ?? ''}>
              ${turn.text !== undefined
                ? html`<div class="bubble bot said"><span class="who">${t('prompt')}</span>${turn.text}${seek}</div>`
                : html`${turn.prompt ? html`<div class="bubble bot"><span class="who">${t('prompt')}</span>${turn.prompt}${seek}</div>` : null}
              <div class="bubble cust"><span class="who">${t('answer')}</span>${turn.via === 'none' ? html`<span class="muted">${tc('noInput')}</span>` : turn.raw}${turn.prompt ? null : seek}
                ${turn.via !== 'none' ? html`<span class="meta"><${Confidence} value=${turn.confidence} /> · ${tc(turn.via)}</span>` : null}</div>`}
            </li>`;
            })}
          </ol>
        </div>
      </div>
      <div class="col-side">
        <div class="card">
          <h3>${t('scores')}</h3>
          ${d.scores.length === 0 ? html`<p class="muted">—</p>` : html`<ul class="plain">${d.scores.map((s) => html`<li>${s.stepId}: <strong>${s.raw}</strong> (${s.scale}) ${s.level ? t(s.level) : ''}</li>`)}</ul>`}
          <h3>${t('flagsOfCall')}</h3>
          <ul class="plain">${d.flags.map((f) => html`<li><span class=${`chip reason-${f.reason}`}>${reasonText(f.reason)}</span> ${f.detail ? html`<span class="muted">“${f.detail}”</span>` : null} <span class="muted small">${fmtTime(f.createdAt)}${f.reviewedBy ? ` · ✓ ${f.reviewedBy}` : ''}</span></li>`)}</ul>
        </div>
        ${reviewer ? html`<div class="card">
          <h3>${t('notes')}</h3>
          <textarea name="notes" rows="3" value=${noteText} onInput=${(e) => setNotes(e.target.value)}></textarea>
          <div class="row">
            <button type="button" onClick=${() => saveReview(false)}>${t('saveNotes')}</button>
            <button type="button" class="primary mark-reviewed" disabled=${Boolean(d.review?.reviewedAt)} onClick=${() => saveReview(true)}>${d.review?.reviewedAt ? `✓ ${t('reviewed')}` : t('markReviewed')}</button>
            ${msg ? html`<span class="ok small">${msg}</span>` : null}
          </div>
          ${d.review?.reviewedAt ? html`<p class="muted small">✓ ${d.review.reviewedBy} · ${fmtTime(d.review.reviewedAt)}</p>` : null}
          <${ErrorBox} error=${error} />
        </div>` : null}
        <div class="card">
          <h3>${t('tasks')}</h3>
          <div class="task-list">${d.tasks.map((task) => html`<${TaskCard} task=${task} session=${session} users=${meta.data?.users ?? []} onChange=${data.reload} compact=${true} />`)}</div>
          ${reviewer ? html`<${NewTask} id=${id} meta=${meta.data} onCreated=${data.reload} />` : null}
        </div>
      </div>
    </div>
  </section>`;
}
