// Calls in progress. "Listen in" (join the call's conference muted) is shown only on Twilio,
// and is a documented limitation until the voice channel runs calls in conferences.
import { get } from '../api.js';
import { fmtTime, t } from '../i18n.js';
import { Customer, ErrorBox, Loading, html, useEffect, useLoad } from '../ui.js';

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
      <p class="note">${d.twilio ? t('listenInLimit') : t('listenInNoTwilio')}</p>
      <table class="grid">
        <thead><tr><th>${t('startedAt')}</th><th>${t('channel')}</th><th>${t('workOrder')}</th><th>${t('customer')}</th><th>${t('team')}</th><th></th></tr></thead>
        <tbody>
          ${d.items.length === 0 ? html`<tr><td colspan="6" class="muted center">${t('noItems')}</td></tr>` : null}
          ${d.items.map((r) => html`<tr>
            <td>${fmtTime(r.startedAt)}</td><td>${t(r.channel)}</td>
            <td><a href=${`#/calls/${encodeURIComponent(r.callbackId)}`}>${r.workOrder}</a></td>
            <td><${Customer} item=${r} /></td><td>${r.team ?? '—'}</td>
            <td>${d.twilio && r.channel === 'voice' ? html`<button type="button" disabled=${!d.listenIn} title=${t('listenInLimit')}>${t('listenIn')}</button>` : null}</td>
          </tr>`)}
        </tbody>
      </table>`}
  </section>`;
}
