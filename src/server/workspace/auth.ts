/**
 * Workspace authentication: sessions, CSRF, roles, sign-in. See docs/workspace.md.
 *
 * - Who may call a route is declared in the route's config (`config: { auth }`, see
 *   src/server/security.ts): every `/api/*` route needs a signed-in session unless it declares
 *   otherwise (`'none'` for sign-in, `'api-key'` for the work-order intake, `'bot-framework'` for
 *   chat), checked by ONE global onRequest hook (`installApiGuard`), 404s included.
 * - The session cookie (@fastify/cookie; HttpOnly, SameSite=Strict, Path=/, Secure and the
 *   `__Host-` prefix when PUBLIC_URL is https) carries a random token; the store keeps its SHA-256.
 * - CSRF (@fastify/csrf-protection): every non-GET/HEAD/OPTIONS request with a session must send
 *   a token from `POST`/`GET /api/session` in `X-CSRF-Token`. Tokens are HMACs (with a key
 *   every node shares, kept in the database) over a secret in an HttpOnly cookie and the
 *   session's id, so a token works only with its own session. Sign-in itself takes JSON only,
 *   which a cross-site form cannot send.
 * - Sign-in: after 10 failed attempts for a user name within 15 minutes, further attempts for it
 *   get 429 HF_AUTH_LOCKED until the window passes, whatever address or proxy header they come
 *   with; counted in the database, so the lockout holds across a fleet. Per client address,
 *   @fastify/rate-limit caps sign-in requests (each costs a scrypt hash).
 * - Roles: admin (all tenants unless given one), supervisor, agent. Numbers are revealed only
 *   to admin and supervisor; agents see only their tasks and the unassigned ones.
 */
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app.js';
import { HuifangError } from '../../shared/errors.js';
import type { Role, User, WebSession } from '../../store/repos/users.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The workspace session of the request (set by the session guard), or null. */
    hfSession: WebSession | null;
  }
}

/* ------------------------------------------------------------------ cookie */

export const DEFAULT_IDLE_MINUTES = 8 * 60;

export function idleMs(deps: AppDeps): number {
  return (deps.config.sessionIdleMinutes ?? DEFAULT_IDLE_MINUTES) * 60_000;
}

/** Whether the server is reached over https (PUBLIC_URL): Secure cookies, `__Host-` names, HSTS. */
export function isHttps(deps: AppDeps): boolean {
  return (deps.config.publicUrl ?? '').startsWith('https://');
}

export function cookieName(deps: AppDeps): string {
  return isHttps(deps) ? '__Host-hf_session' : 'hf_session';
}

/** The cookie holding the CSRF secret (@fastify/csrf-protection). */
export function csrfCookieName(deps: AppDeps): string {
  return isHttps(deps) ? '__Host-hf_csrf' : 'hf_csrf';
}

/** Options of the workspace's cookies: HttpOnly, SameSite=Strict, Path=/, Secure over https. */
export function cookieOptions(deps: AppDeps): CookieSerializeOptions {
  return { path: '/', httpOnly: true, sameSite: 'strict', secure: isHttps(deps) };
}

/** Set the session cookie (max age in seconds; 0 clears it). */
export function setSessionCookie(deps: AppDeps, reply: FastifyReply, token: string, maxAgeSec: number): void {
  reply.setCookie(cookieName(deps), token, { ...cookieOptions(deps), maxAge: Math.max(0, Math.floor(maxAgeSec)) });
}

/** The session token of a request's cookie, or null. */
export function sessionToken(deps: AppDeps, req: FastifyRequest): string | null {
  return req.cookies?.[cookieName(deps)] ?? null;
}

/* ------------------------------------------------------------------- roles */

/** The signed-in user. @throws HuifangError HF_AUTH_REQUIRED (401) */
export function currentUser(req: FastifyRequest): User {
  const s = req.hfSession;
  if (!s) throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first');
  return s.user;
}

/** The signed-in user when it has one of `roles`. @throws HF_AUTH_REQUIRED (401), HF_FORBIDDEN (403) */
export function requireRole(req: FastifyRequest, ...roles: Role[]): User {
  const u = currentUser(req);
  if (!roles.includes(u.role)) throw new HuifangError('HF_FORBIDDEN', `this needs the role ${roles.join(' or ')}`);
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

/* ------------------------------------------------------------------- guard */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request must carry a workspace session: the route says `auth: 'session'`, or says nothing and is under /api. */
function needsSession(req: FastifyRequest): boolean {
  const declared = req.routeOptions.config?.auth;
  if (declared !== undefined) return declared === 'session';
  const path = req.url.split('?')[0] ?? '';
  return path === '/api' || path.startsWith('/api/');
}

/**
 * The session guard on the root instance (every route of every surface, 404s included):
 * a request that needs a session (see `needsSession`) gets 401 HF_AUTH_REQUIRED without a
 * live one, and 403 HF_CSRF when it changes state without its session's CSRF token.
 * Needs @fastify/cookie and @fastify/csrf-protection registered first (src/server/security.ts).
 */
export function installApiGuard(app: FastifyInstance, deps: AppDeps): void {
  if (!app.hasRequestDecorator('hfSession')) app.decorateRequest('hfSession', null);
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!needsSession(req)) return;
    const token = sessionToken(deps, req);
    const session = token ? await deps.store.users.session(token, idleMs(deps)) : null;
    if (!session) {
      // Clear a stale cookie so the browser stops sending it.
      if (token) setSessionCookie(deps, reply, '', 0);
      throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first');
    }
    req.hfSession = session;
  });
  // CSRF after the session is known: the token is bound to it (getUserInfo in security.ts).
  app.addHook('onRequest', (req, reply, done) => {
    if (!req.hfSession || SAFE_METHODS.has(req.method)) return done();
    app.csrfProtection(req, reply, done);
  });
}

/** Public view of a user. */
export function userView(u: User): { id: string; username: string; displayName: string | null; role: Role; tenantId: string | null } {
  return { id: u.id, username: u.username, displayName: u.displayName, role: u.role, tenantId: u.tenantId };
}

/* ----------------------------------------------------------------- sign-in */

/** Failed sign-ins per user name: after 10 in 15 minutes, 429 HF_AUTH_LOCKED until the window passes. */
export const SIGN_IN_FAIL_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;
/** Sign-in requests per client address and minute (@fastify/rate-limit, per process): a cap on scrypt work and on spraying many names. */
export const SIGN_IN_PER_ADDRESS_PER_MINUTE = 100;

/** A CSRF token for a session (any number may be made; each works with that session only). */
function csrfTokenFor(reply: FastifyReply, session: { id: string }): string {
  return reply.generateCsrf({ userInfo: session.id });
}

/** The session routes: sign in, who am I (+ CSRF token), sign out. */
export function registerSessionRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post(
    '/api/session',
    { config: { auth: 'none', rateLimit: { max: SIGN_IN_PER_ADDRESS_PER_MINUTE, timeWindow: 60_000 } } },
    async (req, reply) => {
      const body = req.body as { username?: unknown; password?: unknown } | null;
      if (!body || typeof body.username !== 'string' || typeof body.password !== 'string' || body.username.length > 64 || body.password.length > 1024) {
        throw new HuifangError('HF_BAD_REQUEST', 'send JSON {"username", "password"}');
      }
      // Counted before the password is checked, so parallel guesses cannot slip past the limit.
      const { attempts, windowEndsAt } = await deps.store.users.countSignInAttempt(body.username, SIGN_IN_WINDOW_MS);
      if (attempts > SIGN_IN_FAIL_LIMIT) {
        const retryAfterSec = Math.max(1, Math.ceil((windowEndsAt.getTime() - deps.now().getTime()) / 1000));
        req.log.warn({ event: 'sign_in_locked' }, 'sign-in locked: too many failures for one user name');
        reply.header('retry-after', String(retryAfterSec));
        throw new HuifangError('HF_AUTH_LOCKED', 'too many failed sign-ins for this user name: try again later', { retryAfterSec });
      }
      const user = await deps.store.users.authenticate(body.username, body.password);
      if (!user) {
        req.log.info({ event: 'sign_in_failed' }, 'sign-in failed');
        throw new HuifangError('HF_AUTH_FAILED', 'wrong username or password');
      }
      await deps.store.users.clearSignInAttempts(body.username, SIGN_IN_WINDOW_MS);
      // A new session on every sign-in (no fixation); the old cookie's session ends.
      const old = sessionToken(deps, req);
      if (old) await deps.store.users.deleteSession(old);
      const s = await deps.store.users.createSession(user.id, idleMs(deps));
      await deps.store.contact.audit({ tenantId: user.tenantId, actor: user.username, action: 'sign_in', subject: `user:${user.id}` });
      setSessionCookie(deps, reply, s.token, idleMs(deps) / 1000);
      return { user: userView(user), csrfToken: csrfTokenFor(reply, s), expiresAt: s.expiresAt };
    },
  );

  app.get('/api/session', async (req, reply) => {
    const s = req.hfSession;
    if (!s) throw new HuifangError('HF_AUTH_REQUIRED', 'sign in first');
    return { user: userView(s.user), csrfToken: csrfTokenFor(reply, s), expiresAt: s.expiresAt, canReveal: canRevealPhone(s.user), twilio: Boolean(deps.config.twilio?.accountSid) };
  });

  app.delete('/api/session', async (req, reply) => {
    const token = sessionToken(deps, req);
    if (token) await deps.store.users.deleteSession(token);
    setSessionCookie(deps, reply, '', 0);
    return reply.code(204).send();
  });
}
