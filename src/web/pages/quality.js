// 质检抽检 Quality checks: draw a seeded random n% of a day's answered calls (recorded with its
// seed, so the draw can be shown to be random), then score each sampled call on one sheet —
// script followed (1–5), politeness (1–5), answer recorded correctly — saved and audited, and
// export the sheet as CSV.
import { get, post, put } from '../api.js';
import { fmtTime, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, html, useLoad, useState } from '../ui.js';
import { tc } from './calls-text.js';

function yesterday() {
  const d = new Date(Date.now() - 86_400_000);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

function DrawForm({ tenants, onDrawn }) {
  const [form, setForm] = useState({ date: yesterday(), percent: '5', tenant: '', seed: '' });
  const [error, setError] = useState(null);
  const set = (k) => (e) => setForm({ ...form, [k]: e.target.value });
  async function submit(e) {
    e.preventDefault();
    setError(null);
    try {
      const r = await post('/api/quality/samples', {
        date: form.date,
        percent: Number(form.percent),
        ...(form.tenant ? { tenant: form.tenant } : {}),
        ...(form.seed ? { seed: form.seed } : {}),
      });
      onDrawn(r.sample);
    } catch (err) {
      setError(err);
    }
  }
  return html`<form class="filters draw-sample" onSubmit=${submit}>
    <label>${tc('sampleDate')}<input type="date" name="date" required value=${form.date} onInput=${set('date')} /></label>
    <label>${tc('percent')}<input type="number" name="percent" min="0.1" max="100" step="0.1" required value=${form.percent} onInput=${set('percent')} /></label>
    ${tenants.length > 1 ? html`<label>${t('tenant')}<select name="tenant" value=${form.tenant} onChange=${set('tenant')}>
      <option value="">${t('all')}</option>${tenants.map((x) => html`<option value=${x.id}>${x.name}</option>`)}</select></label>` : null}
    <label>${tc('seed')}<input name="seed" value=${form.seed} onInput=${set('seed')} /></label>
    <button class="primary" type="submit">${tc('draw')}</button>
    <${ErrorBox} error=${error} />
  </form>`;
}

function ScoreSheet({ sampleId, item, onSaved }) {
  const s = item.score;
  const [form, setForm] = useState({
    scriptFollowed: String(s?.scriptFollowed ?? ''),
    politeness: String(s?.politeness ?? ''),
    answerCorrect: s ? (s.answerCorrect ? 'true' : 'false') : '',
    notes: s?.notes ?? '',
  });
  const [error, setError] = useState(null);
  const set = (k) => (e) => setForm({ ...form, [k]: e.target.value });
  const ready = form.scriptFollowed && form.politeness && form.answerCorrect;
  async function save(e) {
    e.preventDefault();
    setError(null);
    try {
      await put(`/api/quality/samples/${encodeURIComponent(sampleId)}/calls/${encodeURIComponent(item.callbackId)}`, {
        scriptFollowed: Number(form.scriptFollowed),
        politeness: Number(form.politeness),
        answerCorrect: form.answerCorrect === 'true',
        notes: form.notes || null,
      });
      onSaved();
    } catch (err) {
      setError(err);
    }
  }
  const scale = (k) => html`<select name=${k} value=${form[k]} onChange=${set(k)} title=${tc('scoreScale')}>
    <option value="">—</option>${[1, 2, 3, 4, 5].map((n) => html`<option value=${String(n)}>${n}</option>`)}</select>`;
  return html`<form class="score-sheet" data-callback=${item.callbackId} onSubmit=${save}>
    <label>${tc('scriptFollowed')} ${scale('scriptFollowed')}</label>
    <label>${tc('politeness')} ${scale('politeness')}</label>
    <label>${tc('answerCorrect')}<select name="answerCorrect" value=${form.answerCorrect} onChange=${set('answerCorrect')}>
      <option value="">—</option><option value="true">${tc('yes')}</option><option value="false">${tc('no')}</option></select></label>
    <label class="grow">${t('notes')}<input name="notes" value=${form.notes} onInput=${set('notes')} /></label>
    <button type="submit" class="primary small" disabled=${!ready}>${tc('save')}</button>
    ${s ? html`<span class="ok small scored">✓ ${s.scoredBy} · ${fmtTime(s.scoredAt)}</span>` : html`<span class="muted small">${tc('notScored')}</span>`}
    <${ErrorBox} error=${error} />
  </form>`;
}

function SampleView({ id, onScored }) {
  const data = useLoad(() => get(`/api/quality/samples/${encodeURIComponent(id)}`), [id]);
  if (data.error) return html`<${ErrorBox} error=${data.error} />`;
  if (!data.data) return html`<${Loading} />`;
  const { sample, items } = data.data;
  return html`<div class="card sample" data-sample=${sample.id}>
    <h3>${tc('sampleOf', { day: sample.day, pct: sample.percent, seed: sample.seed, size: sample.size, pop: sample.population })}
      <a class="small export" href=${`/api/quality/samples/${encodeURIComponent(sample.id)}/export`} download>${tc('exportCsv')}</a></h3>
    ${items.length === 0 ? html`<p class="muted">${tc('noSample')}</p>` : null}
    <ol class="sample-items">
      ${items.map((i) => html`<li>
        <div class="row"><a href=${`#/calls/${encodeURIComponent(i.callbackId)}`}>${t('workOrder')} ${i.workOrder}</a>
          <span class="muted small">${i.kind} · ${i.team ?? '—'} · ${fmtTime(i.firstAttemptAt)} · ${i.level ? t(i.level) : '—'}</span> <${Customer} item=${i} /></div>
        <${ScoreSheet} sampleId=${sample.id} item=${i} onSaved=${() => { data.reload(); onScored(); }} />
      </li>`)}
    </ol>
  </div>`;
}

export function QualityPage() {
  const meta = useLoad(() => get('/api/meta'), []);
  const list = useLoad(() => get('/api/quality/samples'), []);
  const [open, setOpen] = useState(null);
  const items = list.data?.items ?? [];
  const current = open ?? items[0]?.id ?? null;
  return html`<section class="quality-page">
    <h2>${tc('quality')}</h2>
    <div class="card"><h3>${tc('drawSample')}</h3>
      <${DrawForm} tenants=${meta.data?.tenants ?? []} onDrawn=${(s) => { setOpen(s.id); list.reload(); }} /></div>
    <${ErrorBox} error=${list.error} />
    ${items.length ? html`<table class="grid samples-table">
      <thead><tr><th>${tc('sampleDate')}</th><th>${t('tenant')}</th><th>${tc('percent')}</th><th>${tc('population')}</th><th>${tc('size')}</th><th>${tc('scored')}</th><th>${tc('drawnBy')}</th><th></th></tr></thead>
      <tbody>${items.map((s) => html`<tr class=${s.id === current ? 'selected' : ''}>
        <td>${s.day}</td><td>${s.tenantId ?? t('all')}</td><td>${s.percent}%</td><td>${s.population}</td><td>${s.size}</td><td>${s.scored} / ${s.size}</td>
        <td>${s.createdBy} <span class="muted small">${fmtTime(s.createdAt)}</span></td>
        <td><button type="button" class="small" onClick=${() => setOpen(s.id)}>${tc('openSample')}</button></td></tr>`)}</tbody></table>` : null}
    ${current ? html`<${SampleView} key=${current} id=${current} onScored=${list.reload} />` : null}
  </section>`;
}

