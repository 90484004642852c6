/**
 * Workspace authentication: sessions, CSRF, roles. See docs/workspace.md.
 *
 * - Every `/api/*` request needs a signed-in session, checked by ONE global onRequest hook,
 *   so routes other surfaces add under /api later are covered too. The allow-list:
 *   `POST /api/session` (sign-in) plus what other surfaces declare public with
 *   `declarePublicApiRoute` (e.g. `/api/messages`, Bot Framework with its own auth;
 *   `/api/work-orders`, API key).
 * - The session cookie (HttpOnly, SameSite=Strict, Path=/, Secure and the `__Host-` prefix
 *   when PUBLIC_URL is https) carries a random token; the store keeps its SHA-256.
 * - CSRF: every non-GET/HEAD/OPTIONS `/api/*` request with a session must send the session's
 *   token (from `GET /api/session`) in `X-CSRF-Token`. Sign-in itself takes JSON only, which a
 *   cross-site form cannot send.
 * - Roles: admin (all tenants unless given one), supervisor, agent. Numbers are revealed only
 *   to admin and supervisor; agents see only their tasks and the unassigned ones.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.js';
import { HuifangError } from '../../shared/errors.js';
import type { Role, User, WebSession } from '../../store/repos/users.js';
import { safeEqual } from '../../store/repos/users.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The workspace session of the request (set by the /api/* hook), or null. */
    hfSession: WebSession | null;
  }
}

/* ------------------------------------------------------------ public routes */

interface PublicRoute {
  path: string;
  method: string | null;
}
const PUBLIC_API_ROUTES: PublicRoute[] = [{ path: '/api/session', method: 'POST' }];

/**
 * Let a route under /api through without a workspace session (it must check its own
 * credentials). `path` is exact (`/api/messages`), a route pattern (`/api/work-orders/:id`)
 * or a prefix ending in `/*` (`/api/work-orders/*`). `method` limits it to one method.
 *
 * Call it before the server starts listening (e.g. in your SurfacePlugin).
 */
export function declarePublicApiRoute(path: string, method?: string): void {
  if (!path.startsWith('/api/')) throw new Error(`declarePublicApiRoute: ${path} is not under /api/`);
  const m = method ? method.toUpperCase() : null;
  if (!PUBLIC_API_ROUTES.some((r) => r.path === path && r.method === m)) PUBLIC_API_ROUTES.push({ path, method: m });
}

/** The public routes declared so far (for tests and docs). */
export function publicApiRoutes(): readonly { path: string; method: string | null }[] {
  return PUBLIC_API_ROUTES.map((r) => ({ ...r }));
}

/** Whether a request to `path` (the URL path or the matched route pattern) may skip the session. */
export function isPublicApiRoute(method: string, paths: readonly string[]): boolean {
  const m = method.toUpperCase();
  return PUBLIC_API_ROUTES.some((r) => {
    if (r.method !== null && r.method !== m && !(r.method === 'GET' && m === 'HEAD')) return false;
    return paths.some((p) => (r.path.endsWith('/*') ? p === r.path.slice(0, -2) || p.startsWith(r.path.slice(0, -1)) : p === r.path));
  });
}

/* ------------------------------------------------------------------ cookie */

export const DEFAULT_IDLE_MINUTES = 8 * 60;

export function idleMs(deps: AppDeps): number {
  return (deps.config.sessionIdleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
}

function secure(deps: AppDeps): boolean {
  return (deps.config.publicUrl ?? '').startsWith('https://');
}

export function cookieName(deps: AppDeps): string {
  return secure(deps) ? '__Host-hf_session' : 'hf_session';
}

/** Parse a Cookie header into name → value (first occurrence wins). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i < 0) continue;
    const k = part.slice(0, i).trim();
    if (!k || k in out) continue;
    try {
      out[k] = decodeURIComponent(part.slice(i + 1).trim());
    } catch {
      out[k] = part.slice(i + 1).trim();
    }
  }
  return out;
}

export function sessionCookie(deps: AppDeps, token: string, maxAgeSec: number): string {
  return [
    `${cookieName(deps)}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSec))}`,
    ...(secure(deps) ? ['Secure'] : []),
  ].join('; ');
}

export function sessionToken(deps: AppDeps, req: FastifyRequest): string | null {
  return parseCookies(req.headers.cookie)[cookieName(deps)] ?? null;
}

/* ------------------------------------------------------------------- roles */

/** The signed-in user. @throws HuifangError HF_AUTH_REQUIRED (401) */
export function currentUser(req: FastifyRequest): User {
  const s = req.hfSession;
  if (!s) throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first', undefined, 401);
  return s.user;
}

/** The signed-in user when it has one of `roles`. @throws HF_AUTH_REQUIRED (401), HF_FORBIDDEN (403) */
export function requireRole(req: FastifyRequest, ...roles: Role[]): User {
  const u = currentUser(req);
  if (!roles.includes(u.role)) throw new HuifangError('HF_FORBIDDEN', `this needs the role ${roles.join(' or ')}`, undefined, 403);
  return u;
}

/** Tenants the user may see: undefined = every tenant. */
export function tenantScope(u: User): string[] | undefined {
  return u.tenantId === null ? undefined : [u.tenantId];
}

export function canSeeTenant(u: User, tenantId: string): boolean {
  return u.tenantId === null || u.tenantId === tenantId;
}

/** Full phone numbers: admin and supervisor only (004 第五篇: callback records are not open to all). */
export function canRevealPhone(u: User): boolean {
  return u.role === 'admin' || u.role === 'supervisor';
}

/** Recordings and transcripts of any call in scope: admin and supervisor. */
export function canReviewCalls(u: User): boolean {
  return u.role === 'admin' || u.role === 'supervisor';
}

/* -------------------------------------------------------------------- hook */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Install the /api/* guard on the root instance (all routes, any surface, 404s included). */
export function installApiGuard(app: FastifyInstance, deps: AppDeps): void {
  if (!app.hasRequestDecorator('hfSession')) app.decorateRequest('hfSession', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0] ?? '';
    if (!(path === '/api' || path.startsWith('/api/'))) return;
    req.hfSession = null;
    const routePattern = req.routeOptions?.url;
    if (isPublicApiRoute(req.method, routePattern ? [path, routePattern] : [path])) return;
    const token = sessionToken(deps, req);
    const session = token ? await deps.store.users.session(token, idleMs(deps)) : null;
    if (!session) {
      // Clear a stale cookie so the browser stops sending it.
      if (token) reply.header('set-cookie', sessionCookie(deps, '', 0));
      throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first', undefined, 401);
    }
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) {
        throw new HuifangError('HF_CSRF', 'missing or wrong X-CSRF-Token', undefined, 403);
      }
    }
    req.hfSession = session;
  });
}

/** Public view of a user. */
export function userView(u: User): { id: string; username: string; displayName: string | null; role: Role; tenantId: string | null } {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, tenantId: u.tenantId };
}

/** Failed sign-ins per address and username: after 10 in 15 minutes, 429 until the window passes. */
const FAIL_WINDOW_MS = 15 * 60_000;
const FAIL_LIMIT = 10;

/** The session routes: sign in, who am I (+ CSRF token), sign out. */
export function registerSessionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const failures = new Map<string, { count: number; since: number }>();
  app.post('/api/session', async (req, reply) => {
    const body = req.body as { username?: unknown; password?: unknown } | null;
    if (!body || typeof body.username !== 'string' || typeof body.password !== 'string' || body.username.length > 64 || body.password.length > 1024) {
      throw new HuifangError('HF_BAD_REQUEST', 'send JSON {"username", "password"}', undefined, 400);
    }
    const key = `${req.ip}|${body.username.trim().toLowerCase()}`;
    const now = deps.now().getTime();
    const f = failures.get(key);
    if (f && now - f.since < FAIL_WINDOW_MS && f.count >= FAIL_LIMIT) {
      throw new HuifangError('HF_AUTH_FAILED', 'too many failed sign-ins: try again later', undefined, 429);
    }
    const user = await deps.store.users.authenticate(body.username, body.password);
    if (!user) {
      req.log.info({ event: 'sign_in_failed' }, 'sign-in failed');
      if (failures.size > 10_000) failures.clear();
      failures.set(key, f && now - f.since < FAIL_WINDOW_MS ? { count: f.count + 1, since: f.since } : { count: 1, since: now });
      throw new HuifangError('HF_AUTH_FAILED', 'wrong username or password', undefined, 401);
    }
    failures.delete(key);
    // A new session on every sign-in (no fixation); the old cookie's session ends.
    const old = sessionToken(deps, req);
    if (old) await deps.store.users.deleteSession(old);
    const s = await deps.store.users.createSession(user.id, idleMs(deps));
    await deps.store.contact.audit({ tenantId: user.tenantId, actor: user.username, action: 'sign_in', subject: `user:${user.id}` });
    reply.header('set-cookie', sessionCookie(deps, s.token, idleMs(deps) / 1000));
    reply.header('cache-control', 'no-store');
    return { user: userView(user), csrfToken: s.csrfToken, expiresAt: s.expiresAt };
  });

  app.get('/api/session', async (req, reply) => {
    const s = req.hfSession;
    if (!s) throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first', undefined, 401);
    reply.header('cache-control', 'no-store');
    return { user: userView(s.user), csrfToken: s.csrfToken, expiresAt: s.expiresAt, canReveal: canRevealPhone(s.user), twilio: Boolean(deps.config.twilio?.accountSid) };
  });

  app.delete('/api/session', async (req, reply) => {
    const token = sessionToken(deps, req);
    if (token) await deps.store.users.deleteSession(token);
    reply.header('set-cookie', sessionCookie(deps, '', 0));
    return reply.code(204).send();
  });
}
