/**
 * Starting the server: open the store (PGlite by default, Postgres with DATABASE_URL), load
 * the dialogs and the interpreter, build the app, listen. Used by `huifang serve` and the demo.
 */
import type { FastifyInstance } from 'fastify';
import { loadRegistry } from '../engine/registry.js';
import { interpret } from '../nlu/index.js';
import { loadConfig, type Config } from '../shared/config.js';
import { openStore, type Store } from '../store/index.js';
import { buildApp, type AppDeps, type BuildAppOptions, type Services } from './app.js';

export interface StartOptions extends BuildAppOptions {
  port?: number;
  host?: string;
  config?: Config;
  store?: Store;
  now?: () => Date;
  services?: Services;
}

export interface RunningServer {
  app: FastifyInstance;
  deps: AppDeps;
  url: string;
  close(): Promise<void>;
}

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const config = opts.config ?? loadConfig();
  const store = opts.store ?? (await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  const deps: AppDeps = {
    store,
    config,
    dialogs: loadRegistry(),
    interpret,
    now: opts.now ?? (() => new Date()),
    services: opts.services ?? {},
  };
  const app = await buildApp(deps, opts);
  const address = await app.listen({ port: opts.port ?? Number(process.env.PORT ?? 3000), host: opts.host ?? process.env.HOST ?? '127.0.0.1' });
  return {
    app,
    deps,
    url: address,
    async close() {
      await app.close();
      if (!opts.store) await store.close();
    },
  };
}
