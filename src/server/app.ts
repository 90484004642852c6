/**
 * The HTTP app (`huifang serve`): one Fastify instance, one plugin per surface. Nodes are
 * stateless: everything a request needs is in the store, so any node can take any request.
 *
 * Each surface (Twilio webhooks, the supervisors' workspace, reports, chat, intake) is a
 * `SurfacePlugin` listed in src/server/surfaces.ts. A surface gets the shared dependencies
 * and registers its routes; it never reaches for globals.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppDeps, SurfacePlugin } from '../conversation/deps.js';
import { LOG_REDACT_PATHS, requestLogView } from '../shared/logging.js';
import { installSecurity, securityError, trustProxyOption } from './security.js';

// The dependencies live below the channels and campaigns (src/conversation/deps.ts), which
// must not import the server; the server's own modules keep importing them from here.
export type { AppDeps, SurfacePlugin, Services } from '../conversation/deps.js';

export interface BuildAppOptions {
  /** Log level; 'silent' in tests. */
  logLevel?: string;
  /** Surfaces to register (default: all of src/server/surfaces.ts). */
  surfaces?: SurfacePlugin[];
  /** Where log lines go (default stdout); tests read them to check that no phone number is logged. */
  logStream?: { write(line: string): void };
}

/** The compilers factory of a server without JSON schemas: any schema on a route is refused at start. */
function noSchemas() {
  return (route: unknown): never => {
    const { method, url } = (route ?? {}) as { method?: string; url?: string };
    throw new Error(`${method ?? ''} ${url ?? 'a route'} declares a JSON schema: Huifang checks requests with zod in the handler (src/server/app.ts)`);
  };
}

/** Build the app without listening (tests use `app.inject()`). */
export async function buildApp(deps: AppDeps, opts: BuildAppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: opts.logLevel ?? deps.config.logLevel,
      redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
      serializers: { req: requestLogView },
      ...(opts.logStream ? { stream: opts.logStream } : {}),
    },
    // Request URLs are logged, any phone number in them masked; Huifang's own URLs carry none (see docs/architecture.md).
    // X-Forwarded-* only from the proxies TRUST_PROXY lists (default: none).
    trustProxy: trustProxyOption(deps),
    // Huifang checks requests with zod in its handlers and declares no JSON schemas on routes,
    // so Fastify's JSON Schema compilers (ajv, fast-json-stringify: 0.3 s of `serve`'s start)
    // are never loaded. A route that declares one fails at start with this message.
    schemaController: { compilersFactory: { buildValidator: noSchemas, buildSerializer: noSchemas } },
  });
  app.setErrorHandler((err, req, reply) => {
    const known = securityError(err);
    if (known) {
      req.log.warn({ code: known.code }, known.message);
      return reply.code(known.httpStatus).send({ error: known.toJSON() });
    }
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) req.log.error(err);
    return reply.code(status).send({ error: { code: status >= 500 ? 'HF_INTERNAL' : 'HF_BAD_REQUEST', message: status >= 500 ? 'internal error' : (err as Error).message } });
  });
  // Cookies, security headers, rate limits, CSRF, the session guard, NUL bytes (security.ts).
  await installSecurity(app, deps);
  app.get('/healthz', async () => {
    await deps.store.ping();
    return { ok: true };
  });
  const { SURFACES } = await import('./surfaces.js');
  for (const surface of opts.surfaces ?? SURFACES) await surface(app, deps);
  return app;
}
