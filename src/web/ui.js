// Preact + htm, as native ES modules served from node_modules (no bundler, no build step).
import { h, render } from './vendor/preact.mjs';
import { useCallback, useEffect, useMemo, useRef, useState } from './vendor/hooks.mjs';
import htm from './vendor/htm.mjs';
import { errorText, reasonText, t } from './i18n.js';

export const html = htm.bind(h);
export { render, useCallback, useEffect, useMemo, useRef, useState };

/** Load data with a function; reload when a dependency changes. */
export function useLoad(fn, deps) {
  const [state, setState] = useState({ loading: true, data: null, error: null });
  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true }));
    return fn().then(
      (data) => setState({ loading: false, data, error: null }),
      (error) => setState({ loading: false, data: null, error }),
    );
  }, deps);
  useEffect(() => {
    reload();
  }, [reload]);
  return { ...state, reload };
}

export function ErrorBox({ error }) {
  if (!error) return null;
  const denied = error.status === 403;
  return html`<div class=${denied ? 'alert denied' : 'alert error'} role="alert" data-code=${error.code ?? ''}>
    <strong>${denied ? t('forbidden') : t('error')}</strong> <span>${errorText(error)}</span>
  </div>`;
}

export function ReasonChips({ reasons }) {
  return html`<span class="chips">${reasons.map((r) => html`<span class=${`chip reason-${r}`}>${reasonText(r)}</span>`)}</span>`;
}

export function Customer({ item }) {
  if (item.anonymous) return html`<span class="anon" title=${t('anonymousNote')}>${t('anonymous')}</span>`;
  return html`<span>${item.customerName ?? ''} <span class="mono">${item.phone ?? ''}</span></span>`;
}

export function Loading() {
  return html`<p class="muted">${t('loading')}</p>`;
}
