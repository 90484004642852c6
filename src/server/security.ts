/**
 * The app-level defences, installed by `buildApp` on the root instance before any surface, so
 * every route of every surface gets them (docs/architecture.md, Choices; docs/workspace.md):
 *
 * - @fastify/cookie (cookies), @fastify/helmet (CSP, nosniff, frame and referrer policy,
 *   cross-origin policies; HSTS when PUBLIC_URL is https), @fastify/rate-limit (per-address
 *   limits a route asks for in `config.rateLimit`), @fastify/csrf-protection (tokens bound to
 *   the workspace session, HMAC key shared by every node through the database).
 * - The session guard (workspace/auth.ts): who may call a route is declared in the route's
 *   own config, `config: { auth }` (RouteAuth below); every `/api/*` route without a
 *   declaration needs a signed-in session.
 * - `Cache-Control: no-store` on every `/api/*` answer (workspace data is never cached).
 * - NUL bytes: a U+0000 anywhere in a route's path parameters, query or body (keys and values,
 *   at any depth) is refused with 400 HF_BAD_REQUEST before the handler runs, after the
 *   route's own authentication hooks (a Twilio signature is checked first). Postgres text
 *   cannot hold U+0000, so without this it surfaced as a 500 from the database. A route may
 *   declare `config: { nulBytes: 'strip' }` to have them removed instead (Twilio's fallback
 *   URL, which must always end a call politely).
 */
import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { HuifangError, isHuifangError } from '../shared/errors.js';
import type { AppDeps } from './app.js';
import { cookieOptions, csrfCookieName, installApiGuard, isHttps } from './workspace/auth.js';

/**
 * Who may call a route, declared in its config (`app.post(url, { config: { auth: 'api-key' } }, …)`):
 * - `session`: a signed-in workspace session (the default for every `/api/*` route), with the
 *   CSRF token on state-changing requests; checked by the global guard;
 * - `none`: anyone (sign-in itself);
 * - `api-key`, `bot-framework`: the route checks its own credentials (the tenant API key of the
 *   work-order intake; the Bot Framework token of chat); the guard lets it through.
 */
export type RouteAuth = 'session' | 'none' | 'api-key' | 'bot-framework';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route (RouteAuth in src/server/security.ts). */
    auth?: RouteAuth;
    /** NUL bytes in the input: refused with 400 (default) or removed. */
    nulBytes?: 'refuse' | 'strip';
  }
}

/** The workspace pages' CSP, the default for every answer (pages with other needs set their own). */
export const DEFAULT_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'media-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/** HSTS max-age: one year (only sent when PUBLIC_URL is https). */
export const HSTS_MAX_AGE_SEC = 365 * 24 * 3600;

/* --------------------------------------------------------------- NUL bytes */

const NUL = '\u0000';

/** A key as it may appear in a message: identifier-like keys as they are, anything else elided. */
function keyLabel(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return /^[A-Za-z_][A-Za-z0-9_-]{0,39}$/.test(key) ? `.${key}` : '[…]';
}

/**
 * Where the first NUL byte is in a value (`query.team`, `body.orders[2].customer[…]`), or null.
 * Walks with an explicit stack: deep JSON cannot overflow it.
 */
export function findNul(value: unknown, root: string): string | null {
  const stack: { v: unknown; at: string; depth: number }[] = [{ v: value, at: root, depth: 0 }];
  while (stack.length > 0) {
    const { v, at, depth } = stack.pop() as { v: unknown; at: string; depth: number };
    if (typeof v === 'string') {
      if (v.includes(NUL)) return at;
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    // Paths in messages stay short however deep the value is.
    const label = (k: string | number): string => (depth < 8 ? at + keyLabel(k) : at.endsWith('…') ? at : `${at}…`);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], at: label(i), depth: depth + 1 });
      continue;
    }
    for (const [k, item] of Object.entries(v as Record<string, unknown>)) {
      if (k.includes(NUL)) return `${at}${keyLabel(k)} (a key)`;
      stack.push({ v: item, at: label(k), depth: depth + 1 });
    }
  }
  return null;
}

/** A copy of a value with every NUL byte removed from its strings and keys. */
export function stripNul(value: unknown): unknown {
  if (typeof value === 'string') return value.split(NUL).join('');
  if (Array.isArray(value)) return value.map(stripNul);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k.split(NUL).join(''), stripNul(v)]));
  }
  return value;
}

async function nulCheck(req: FastifyRequest): Promise<void> {
  const parts = { params: req.params, query: req.query, body: req.body } as const;
  if (req.routeOptions.config?.nulBytes === 'strip') {
    req.params = stripNul(parts.params);
    req.query = stripNul(parts.query);
    req.body = stripNul(parts.body);
    return;
  }
  for (const [name, v] of Object.entries(parts)) {
    const at = findNul(v, name);
    if (at) throw new HuifangError('HF_BAD_REQUEST', `a NUL character (U+0000) in ${at} is not accepted`, { at });
  }
}

/** Add the NUL check as the last preHandler of a route (after the route's and its scope's own checks). */
function addNulCheck(route: RouteOptions): void {
  const existing = route.preHandler;
  route.preHandler = [...(Array.isArray(existing) ? existing : existing ? [existing] : []), nulCheck] as RouteOptions['preHandler'];
}

/* ----------------------------------------------------------------- install */

/** Errors of the security plugins in the catalogue's terms (null: not one of theirs). */
export function securityError(err: unknown): HuifangError | null {
  if (isHuifangError(err)) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'FST_CSRF_INVALID_TOKEN' || code === 'FST_CSRF_MISSING_SECRET') {
    return new HuifangError('HF_CSRF', 'missing or wrong X-CSRF-Token');
  }
  return null;
}

/** The client-address header options for Fastify: TRUST_PROXY's list, or no proxy at all. */
export function trustProxyOption(deps: AppDeps): string[] | false {
  return deps.config.trustProxy && deps.config.trustProxy.length > 0 ? deps.config.trustProxy : false;
}

/** Install every app-level defence (call before registering any route). */
export async function installSecurity(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(cookie);
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: DEFAULT_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: isHttps(deps) ? { maxAge: HSTS_MAX_AGE_SEC, includeSubDomains: true } : false,
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) =>
      new HuifangError('HF_AUTH_LOCKED', `too many sign-in requests from this address: try again in ${ctx.after}`, { retryAfterSec: Math.ceil(ctx.ttl / 1000) }, ctx.statusCode),
  });
  await app.register(csrfProtection, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: csrfCookieName(deps),
    cookieOpts: cookieOptions(deps),
    getToken: (req) => {
      const h = req.headers['x-csrf-token'];
      return typeof h === 'string' ? h : undefined;
    },
    getUserInfo: (req) => req.hfSession?.id ?? '',
    csrfOpts: { userInfo: true, hmacKey: await deps.store.serverKeys.get('csrf-hmac') },
  });

  // Before the guard, so its 401s carry it too.
  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0] ?? '';
    if (path === '/api' || path.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });
  installApiGuard(app, deps);
  app.addHook('onRoute', addNulCheck);
}
