/**
 * The one app rig: the dependencies every surface gets (`AppDeps`: a store, the configuration
 * from a given environment, the real dialogs and interpreter, a settable clock, typed
 * services) and, when asked, the Fastify app with the given surfaces.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps, Services, SurfacePlugin } from '../../src/conversation/deps.js';
import { loadRegistry } from '../../src/engine/registry.js';
import { interpret } from '../../src/nlu/index.js';
import { buildApp } from '../../src/server/app.js';
import { loadConfig } from '../../src/shared/config.js';
import { openStore, type Store } from '../../src/store/index.js';
import { fakeClock, type FakeClock } from './clock.js';

const registry = loadRegistry();

/** AppDeps over a store: config from `env` (LOG_LEVEL silent), the clock, services. */
export function appDeps(store: Store, o: { env?: Record<string, string>; now?: () => Date; services?: Services } = {}): AppDeps {
  return {
    store,
    config: loadConfig({ LOG_LEVEL: 'silent', ...(o.env ?? {}) }),
    dialogs: registry,
    interpret,
    now: o.now ?? store.now,
    services: o.services ?? {},
  };
}

export interface AppRig {
  store: Store;
  deps: AppDeps;
  app: FastifyInstance;
  clock: FakeClock;
  close(): Promise<void>;
}

/**
 * A fresh in-memory store on a fake clock, the default tenant, AppDeps, and the app with
 * `surfaces` (none: an app with only the health check).
 */
export async function appRig(
  o: { env?: Record<string, string>; services?: Services; surfaces?: SurfacePlugin[]; clock?: FakeClock; store?: Store; logStream?: { write(line: string): void } } = {},
): Promise<AppRig> {
  const clock = o.clock ?? fakeClock();
  const store = o.store ?? (await openStore({ dataDir: 'memory://', now: clock.now }));
  await store.tenants.ensureDefault();
  const deps = appDeps(store, { ...(o.env ? { env: o.env } : {}), now: clock.now, ...(o.services ? { services: o.services } : {}) });
  const app = await buildApp(deps, { logLevel: 'silent', surfaces: o.surfaces ?? [], ...(o.logStream ? { logStream: o.logStream } : {}) });
  return {
    store,
    deps,
    app,
    clock,
    async close() {
      await app.close();
      if (!o.store) await store.close();
    },
  };
}
