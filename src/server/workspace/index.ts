/**
 * The supervisors' workspace surface (`huifang serve`, /workspace/ and /api/*).
 *
 * Front end: Preact + htm as native ES modules, served straight from node_modules by this
 * plugin: no bundler, no build step, nothing to do after `npm install` (docs/workspace.md).
 *
 * At start: the session routes (auth.ts; the /api/* session guard itself is app-wide, installed
 * by buildApp through src/server/security.ts), the first admin from HUIFANG_ADMIN_USER /
 * HUIFANG_ADMIN_PASSWORD when absent, and the alert sweep (new flags, overdue tasks → the
 * AlertSink hub in src/results/tasks.ts) every minute.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { alerts, runAlertSweep, type AlertSink } from '../../results/tasks.js';
import { SRC_DIR } from '../../shared/paths.js';
import type { AppDeps, SurfacePlugin } from '../app.js';
import { registerSessionRoutes } from './auth.js';
import { registerWorkspaceApi } from './api.js';
import { registerCallsApi } from './calls-api.js';
import { webDomainModule } from './domain-module.js';
import { registerTenantApi } from './tenants.js';
import { registerTasksApi } from './tasks-api.js';
import { registerFonts } from './fonts.js';

export { currentUser, requireRole, canRevealPhone, canSeeTenant, tenantScope } from './auth.js';

export const WEB_DIR = join(SRC_DIR, 'web');

const require = createRequire(import.meta.url);

/** Vendor modules: served from node_modules; bare `preact` imports rewritten to the served path. */
function vendorFiles(): Record<string, string> {
  const preactDir = dirname(require.resolve('preact/package.json'));
  const htmDist = dirname(require.resolve('htm'));
  return {
    'preact.mjs': join(preactDir, 'dist/preact.mjs'),
    'hooks.mjs': join(preactDir, 'hooks/dist/hooks.mjs'),
    'htm.mjs': join(htmDist, 'htm.mjs'),
  };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.html': 'text/html; charset=utf-8', '.svg': 'image/svg+xml' };

export interface WorkspaceOptions {
  /** Run the alert sweep every `alertIntervalMs` (default 60 s; 0 = never). */
  alertIntervalMs?: number;
  sink?: AlertSink;
}

async function loadAssets(): Promise<Map<string, { body: Buffer; type: string }>> {
  const assets = new Map<string, { body: Buffer; type: string }>();
  // Read concurrently: one by one, the reads queue behind the store's start (~0.2 s of `serve`'s start).
  const own = (await readdir(WEB_DIR, { recursive: true }))
    .map((f) => String(f).replace(/\\/g, '/'))
    .filter((name) => TYPES[name.slice(name.lastIndexOf('.'))] && !name.endsWith('.html'));
  const vendor = Object.entries(vendorFiles());
  const [ownBodies, vendorTexts] = await Promise.all([
    Promise.all(own.map((name) => readFile(join(WEB_DIR, name)))),
    Promise.all(vendor.map(([, path]) => readFile(path, 'utf8'))),
  ]);
  own.forEach((name, i) => assets.set(name, { body: ownBodies[i] as Buffer, type: TYPES[name.slice(name.lastIndexOf('.'))] as string }));
  // The domain's vocabulary (levels and their names) for the pages, written from src/domain.
  assets.set('domain.js', { body: Buffer.from(webDomainModule()), type: TYPES['.js'] as string });
  vendor.forEach(([name], i) => {
    const text = (vendorTexts[i] as string).replace(/from\s*"preact"/g, 'from"./preact.mjs"').replace(/from\s*'preact'/g, "from'./preact.mjs'");
    assets.set(`vendor/${name}`, { body: Buffer.from(text), type: TYPES['.mjs'] as string });
  });
  return assets;
}

export function workspaceSurface(opts: WorkspaceOptions = {}): SurfacePlugin {
  return async (app: FastifyInstance, deps: AppDeps) => {
    registerSessionRoutes(app, deps);
    registerWorkspaceApi(app, deps);
    registerCallsApi(app, deps);
    registerTenantApi(app, deps);
    registerTasksApi(app, deps);

    if (deps.config.admin) {
      const created = await deps.store.users.ensureAdmin(deps.config.admin.username, deps.config.admin.password);
      if (created) app.log.info({ user: deps.config.admin.username }, 'workspace: first admin created from HUIFANG_ADMIN_USER');
    }

    const [assets, html] = await Promise.all([loadAssets(), readFile(join(WEB_DIR, 'index.html'))]);
    // Security headers (CSP, nosniff, frame and referrer policy, HSTS over https): @fastify/helmet for every answer (src/server/security.ts).
    // The root leads to the workspace (what an operator opens first).
    app.get('/', async (_req, reply) => reply.redirect('/workspace/'));
    app.get('/workspace', async (_req, reply) => reply.redirect('/workspace/'));
    app.get('/workspace/', async (_req, reply) => {
      reply.header('cache-control', 'no-cache');
      return reply.type('text/html; charset=utf-8').send(html);
    });
    // The CJK web font (fonts.ts): declared before the catch-all asset route.
    await registerFonts(app);
    app.get<{ Params: { '*': string } }>('/workspace/assets/*', async (req, reply) => {
      const a = assets.get(req.params['*']);
      if (!a) return reply.code(404).send({ error: { code: 'HF_NOT_FOUND', message: 'no such asset' } });
      reply.header('cache-control', 'no-cache');
      return reply.type(a.type).send(a.body);
    });

    const interval = opts.alertIntervalMs ?? 60_000;
    if (interval > 0) {
      const sink = opts.sink ?? alerts;
      let running = false;
      const timer = setInterval(() => {
        if (running) return;
        running = true;
        runAlertSweep(deps.store, sink, deps.now())
          .catch((e: unknown) => app.log.warn({ err: e }, 'workspace: alert sweep failed'))
          .finally(() => {
            running = false;
          });
      }, interval);
      timer.unref();
      app.addHook('onClose', async () => clearInterval(timer));
    }
  };
}

/** The workspace surface with default options (listed in src/server/surfaces.ts). */
export const workspacePlugin: SurfacePlugin = workspaceSurface();
