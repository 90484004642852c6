// Calls in progress (refreshed every 10 s). A call put through to an agent runs in a Twilio
// conference: "监听 / Listen in" rings the supervisor's phone into it, muted (POST
// /api/live/:attemptId/listen, audited). Without Twilio the page says why it is unavailable.
import { get, post } from '../api.js';
import { fmtTime, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, html, useEffect, useLoad, useState } from '../ui.js';

function offNote(d) {
  if (!d.twilio) return t('listenInNoTwilio');
  if (!d.listenIn) return t('listenInTransferMode');
  if (!d.myPhone) return t('listenInNoPhone');
  return t('listenInHow');
}

function ListenButton({ row, d }) {
  const [state, setState] = useState(null);
  const [error, setError] = useState(null);
  if (!d.twilio || row.channel !== 'voice') return null;
  const why = !d.listenIn ? t('listenInTransferMode') : !row.conference ? t('listenInNotInConference') : !d.myPhone ? t('listenInNoPhone') : '';
  async function listen() {
    setError(null);
    try {
      setState(await post(`/api/live/${encodeURIComponent(row.attemptId)}/listen`));
    } catch (e) {
      setError(e);
    }
  }
  return html`<div class="listen">
    <button type="button" class="small listen-in" disabled=${!row.canListen || !d.myPhone || state !== null} title=${why} onClick=${listen}>${t('listenIn')}</button>
    ${state ? html`<div class="ok small listening">${t('listenInCalling')} <span class="mono">${state.phone}</span></div>` : null}
    <${ErrorBox} error=${error} />
  </div>`;
}

export function LivePage() {
  const live = useLoad(() => get('/api/live'), []);
  useEffect(() => {
    const id = window.setInterval(() => live.reload(), 10_000);
    return () => window.clearInterval(id);
  }, [live.reload]);
  const d = live.data;
  return html`<section>
    <h2>${t('liveCalls')}</h2>
    <${ErrorBox} error=${live.error} />
    ${!d ? html`<${Loading} />` : html`
      <p class="note listen-note">${offNote(d)}</p>
      <table class="grid live-table">
        <thead><tr><th>${t('startedAt')}</th><th>${t('channel')}</th><th>${t('workOrder')}</th><th>${t('customer')}</th><th>${t('team')}</th><th>${t('status')}</th><th></th></tr></thead>
        <tbody>
          ${d.items.length === 0 ? html`<tr><td colspan="7" class="muted center">${t('noItems')}</td></tr>` : null}
          ${d.items.map((r) => html`<tr data-attempt=${r.attemptId}>
            <td>${fmtTime(r.startedAt)}</td><td>${t(r.channel)}</td>
            <td><a href=${`#/calls/${encodeURIComponent(r.callbackId)}`}>${r.workOrder}</a></td>
            <td><${Customer} item=${r} /></td><td>${r.team ?? '—'}</td>
            <td>${r.conference ? t(`conference_${r.conference}`) : t('withBot')}</td>
            <td><${ListenButton} row=${r} d=${d} /></td>
          </tr>`)}
        </tbody>
      </table>`}
  </section>`;
}
