/* global location */
// The workspace shell: sign-in, navigation, hash routes, language toggle.
import { get, onUnauthorized, post, del, setCsrf } from './api.js';
import { getLang, setLang, t } from './i18n.js';
import { html, render, useEffect, useState } from './ui.js';
import { FlagsPage } from './pages/flags.js';
import { CallPage } from './pages/call.js';
import { TasksPage } from './pages/tasks.js';
import { LivePage } from './pages/live.js';
import { UsersPage } from './pages/users.js';
import { RulePage } from './pages/rule.js';
import { TenantsPage } from './pages/tenants.js';
import { ReportsPage } from './pages/reports.js';
import { CallsPage } from './pages/calls.js';
import { QualityPage } from './pages/quality.js';
import { tc } from './pages/calls-text.js';

/** Roles that may read reports: the same as GET /api/reports allows (REPORT_ROLES in src/server/reports-surface.ts). */
const REPORT_ROLES = ['admin', 'supervisor'];

function useHash() {
  const [hash, setHash] = useState(location.hash || '');
  useEffect(() => {
    const on = () => setHash(location.hash || '');
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  return hash;
}

function LangToggle({ onChange }) {
  return html`<button class="link lang" type="button" onClick=${() => { setLang(getLang() === 'en' ? 'zh-CN' : 'en'); onChange(); }}>${t('language')}</button>`;
}

function Login({ onDone, onLang }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);
  async function submit(e) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await post('/api/session', { username, password });
      setCsrf(s.csrfToken);
      onDone(s);
    } catch (err) {
      setError(err.status === 401 ? t('signInFailed') : err.message);
    } finally {
      setBusy(false);
    }
  }
  return html`<main class="login">
    <form class="card login-card" onSubmit=${submit}>
      <h1>${t('appName')}</h1>
      <label>${t('username')}<input name="username" autocomplete="username" value=${username} onInput=${(e) => setUsername(e.target.value)} required /></label>
      <label>${t('password')}<input name="password" type="password" autocomplete="current-password" value=${password} onInput=${(e) => setPassword(e.target.value)} required /></label>
      ${error ? html`<p class="alert error" role="alert">${error}</p>` : null}
      <button class="primary" type="submit" disabled=${busy}>${t('signIn')}</button>
      <${LangToggle} onChange=${onLang} />
    </form>
  </main>`;
}

function Shell({ session, onSignOut, onLang, children, route }) {
  const u = session.user;
  const reviewer = u.role !== 'agent';
  const tab = (href, key) => html`<a href=${href} class=${route.startsWith(href) ? 'active' : ''}>${t(key)}</a>`;
  return html`<div class="shell">
    <header class="top">
      <span class="brand">回访 <small>Huifang</small></span>
      <nav>
        ${reviewer ? tab('#/flags', 'flags') : null}
        ${reviewer ? html`<a href="#/calls" class=${route === '#/calls' || route.startsWith('#/calls?') ? 'active' : ''}>${tc('calls')}</a>` : null}
        ${reviewer ? html`<a href="#/quality" class=${route.startsWith('#/quality') ? 'active' : ''}>${tc('quality')}</a>` : null}
        ${tab('#/tasks', 'tasks')}
        ${reviewer ? tab('#/live', 'live') : null}
        ${REPORT_ROLES.includes(u.role) ? tab('#/reports', 'reports') : null}
        ${reviewer ? tab('#/users', 'users') : null}
        ${reviewer ? tab('#/rule', 'rule') : null}
        ${u.role === 'admin' ? tab('#/tenants', 'tenants') : null}
      </nav>
      <span class="who"><span class="user">${u.displayName || u.username}</span> <span class="role">${t(`role_${u.role}`)}</span>${u.tenantId ? html` · ${u.tenantId}` : null}</span>
      <${LangToggle} onChange=${onLang} />
      <button class="link" type="button" onClick=${onSignOut}>${t('signOut')}</button>
    </header>
    <main class="page">${children}</main>
  </div>`;
}

function App() {
  const [session, setSession] = useState(undefined);
  const [, setTick] = useState(0);
  const hash = useHash();
  const relang = () => setTick((n) => n + 1);

  useEffect(() => {
    onUnauthorized(() => setSession(null));
    get('/api/session').then(
      (s) => {
        setCsrf(s.csrfToken);
        setSession(s);
      },
      () => setSession(null),
    );
  }, []);

  if (session === undefined) return html`<p class="boot">${t('loading')}</p>`;
  if (session === null) return html`<${Login} onDone=${(s) => { setSession(s); if (!location.hash) location.hash = s.user.role === 'agent' ? '#/tasks' : '#/flags'; }} onLang=${relang} />`;

  async function signOut() {
    try {
      await del('/api/session');
    } finally {
      setCsrf(null);
      setSession(null);
    }
  }

  const route = hash.replace(/^#/, '') || (session.user.role === 'agent' ? '/tasks' : '/flags');
  let page;
  const call = /^\/calls\/([^/]+)$/.exec(route);
  if (call) page = html`<${CallPage} id=${decodeURIComponent(call[1])} session=${session} />`;
  else if (route === '/calls') page = html`<${CallsPage} session=${session} />`;
  else if (route.startsWith('/quality')) page = html`<${QualityPage} session=${session} />`;
  else if (route.startsWith('/tasks')) page = html`<${TasksPage} session=${session} />`;
  else if (route.startsWith('/live')) page = html`<${LivePage} session=${session} />`;
  else if (route.startsWith('/users')) page = html`<${UsersPage} session=${session} />`;
  else if (route.startsWith('/rule')) page = html`<${RulePage} session=${session} />`;
  else if (route.startsWith('/tenants')) page = html`<${TenantsPage} session=${session} />`;
  else if (route.startsWith('/reports')) page = html`<${ReportsPage} session=${session} />`;
  else page = html`<${FlagsPage} session=${session} />`;
  return html`<${Shell} session=${session} onSignOut=${signOut} onLang=${relang} route=${`#${route}`}>${page}</${Shell}>`;
}

render(html`<${App} />`, document.getElementById('app'));
