// The tenant's escalation rule (src/results/escalation.ts): staffed hours and days, holidays,
// how long a live transfer rings before it becomes a task, and the deadline of each reason
// (004 第五十二条, 第五十四条, 第六十条). Admins change it; supervisors read it.
import { get, put } from '../api.js';
import { reasonText, t } from '../i18n.js';
import { ErrorBox, Loading, html, useLoad, useState } from '../ui.js';

const DAYS = [1, 2, 3, 4, 5, 6, 7];

/** The resolved rule -> the form's fields. */
function toForm(rule) {
  return {
    timeZone: rule.timeZone,
    days: [...rule.staffedHours.days],
    start: rule.staffedHours.start,
    end: rule.staffedHours.end,
    holidays: rule.holidays.join('\n'),
    transferTimeoutSec: String(rule.transferTimeoutSec),
    countOutsideStaffedHours: rule.countOutsideStaffedHours,
    deadlines: Object.entries(rule.deadlines).map(([reason, d]) => ({
      reason,
      kind: 'hours' in d ? 'hours' : 'workingDays',
      value: String('hours' in d ? d.hours : d.workingDays),
      at: d.at ?? '',
    })),
    advanced: JSON.stringify({ queue: rule.queue, noTransferReasons: rule.noTransferReasons, noCallReasons: rule.noCallReasons, overrides: rule.overrides }, null, 2),
  };
}

/** The form -> a rule for PUT (EscalationRuleSchema). @throws Error on bad JSON */
function toRule(f) {
  const advanced = JSON.parse(f.advanced || '{}');
  return {
    ...advanced,
    timeZone: f.timeZone,
    staffedHours: { days: [...f.days].sort(), start: f.start, end: f.end },
    holidays: f.holidays.split(/[\s,，]+/).map((s) => s.trim()).filter(Boolean),
    transferTimeoutSec: Number(f.transferTimeoutSec),
    countOutsideStaffedHours: f.countOutsideStaffedHours,
    deadlines: Object.fromEntries(
      f.deadlines.map((d) => [d.reason, d.kind === 'hours' ? { hours: Number(d.value) } : { workingDays: Number(d.value), ...(d.at ? { at: d.at } : {}) }]),
    ),
  };
}

function RuleForm({ tenant, rule, canEdit }) {
  const [f, setF] = useState(() => toForm(rule));
  const [error, setError] = useState(null);
  const [saved, setSaved] = useState(false);
  const set = (k) => (e) => setF({ ...f, [k]: e.target.type === 'checkbox' ? e.target.checked : e.target.value });
  const toggleDay = (d) => setF({ ...f, days: f.days.includes(d) ? f.days.filter((x) => x !== d) : [...f.days, d] });
  const setDeadline = (i, k) => (e) => setF({ ...f, deadlines: f.deadlines.map((d, j) => (j === i ? { ...d, [k]: e.target.value } : d)) });
  async function submit(e) {
    e.preventDefault();
    setError(null);
    setSaved(false);
    try {
      const r = await put(`/api/tenants/${encodeURIComponent(tenant)}/escalation-rule`, toRule(f));
      setF(toForm(r.rule));
      setSaved(true);
    } catch (err) {
      setError(err instanceof SyntaxError ? { message: t('badJson') } : err);
    }
  }
  const ro = !canEdit;
  return html`<form class="card rule-form" onSubmit=${submit}>
    <fieldset disabled=${ro}>
      <div class="form-grid">
        <label>${t('timeZone')}<input name="timeZone" value=${f.timeZone} onInput=${set('timeZone')} /></label>
        <label>${t('staffedStart')}<input name="start" type="time" value=${f.start} onInput=${set('start')} required /></label>
        <label>${t('staffedEnd')}<input name="end" type="time" value=${f.end} onInput=${set('end')} required /></label>
        <label>${t('transferTimeout')}<input name="transferTimeoutSec" type="number" min="5" max="600" value=${f.transferTimeoutSec} onInput=${set('transferTimeoutSec')} required /></label>
      </div>
      <div class="days"><span>${t('staffedDays')}</span>
        ${DAYS.map((d) => html`<label class="day"><input type="checkbox" name=${`day${d}`} checked=${f.days.includes(d)} onChange=${() => toggleDay(d)} />${t(`weekday${d}`)}</label>`)}
      </div>
      <label class="check"><input type="checkbox" name="countOutsideStaffedHours" checked=${f.countOutsideStaffedHours} onChange=${set('countOutsideStaffedHours')} />${t('countOutside')}</label>
      <label>${t('holidays')}<textarea name="holidays" rows="3" value=${f.holidays} onInput=${set('holidays')}></textarea></label>
      <h4>${t('deadlines')}</h4>
      <table class="grid deadlines">
        <thead><tr><th>${t('reason')}</th><th>${t('deadline')}</th><th></th></tr></thead>
        <tbody>${f.deadlines.map((d, i) => html`<tr data-reason=${d.reason}>
          <td>${d.reason === 'default' ? t('otherReasons') : reasonText(d.reason)}</td>
          <td><input name=${`deadline-${d.reason}`} type="number" min="0" step="0.5" value=${d.value} onInput=${setDeadline(i, 'value')} class="num" />
            <select name=${`deadline-kind-${d.reason}`} value=${d.kind} onChange=${setDeadline(i, 'kind')}>
              <option value="hours">${t('deadlineHours')}</option><option value="workingDays">${t('deadlineDays')}</option></select></td>
          <td class="muted small">${d.reason === 'complaint' ? '004 第六十条' : d.reason === 'dissatisfied' ? '004 第五十二条, 第五十四条' : ''}</td>
        </tr>`)}</tbody>
      </table>
      <details><summary>${t('advanced')}</summary>
        <textarea name="advanced" rows="10" class="mono" value=${f.advanced} onInput=${set('advanced')}></textarea>
      </details>
    </fieldset>
    <${ErrorBox} error=${error} />
    ${saved ? html`<p class="ok small rule-saved">${t('ruleSaved')}</p>` : null}
    ${canEdit ? html`<button class="primary" type="submit">${t('save')}</button>` : html`<p class="note">${t('onlyAdminEdits')}</p>`}
  </form>`;
}

export function RulePage({ session }) {
  const meta = useLoad(() => get('/api/meta'), []);
  const tenants = meta.data?.tenants ?? [];
  const [tenant, setTenant] = useState(session.user.tenantId ?? '');
  const current = tenant || tenants[0]?.id || '';
  const rule = useLoad(() => (current ? get(`/api/tenants/${encodeURIComponent(current)}/escalation-rule`) : Promise.resolve(null)), [current]);
  const canEdit = session.user.role === 'admin';
  return html`<section class="rule-page">
    <h2>${t('ruleTitle')}</h2>
    <p class="muted small">${t('ruleIntro')}</p>
    ${tenants.length > 1 ? html`<label>${t('tenant')}<select name="tenant" value=${current} onChange=${(e) => setTenant(e.target.value)}>
      ${tenants.map((x) => html`<option value=${x.id}>${x.name}</option>`)}</select></label>` : null}
    <${ErrorBox} error=${meta.error || rule.error} />
    ${rule.loading && !rule.data ? html`<${Loading} />` : null}
    ${rule.data ? html`<${RuleForm} key=${current} tenant=${current} rule=${rule.data.rule} canEdit=${canEdit} />` : null}
  </section>`;
}
