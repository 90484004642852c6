/**
 * Starting the server: open the store (PGlite by default, Postgres with DATABASE_URL), load
 * the dialogs and the interpreter, build the app, listen. Used by `huifang serve` and the demo.
 *
 * The store opens while the surfaces' modules load and the dialogs compile (PGlite's start is
 * mostly waiting on WASM compilation and files), which is most of `serve`'s start time.
 */
import type { FastifyInstance } from 'fastify';
import { loadRegistry } from '../engine/registry.js';
import { interpret } from '../nlu/index.js';
import { loadConfig, type Config } from '../shared/config.js';
import { HuifangError } from '../shared/errors.js';
import { openStore, type Store } from '../store/index.js';
import { buildApp, type AppDeps, type BuildAppOptions, type Services } from './app.js';

export interface StartOptions extends BuildAppOptions {
  port?: number;
  host?: string;
  config?: Config;
  store?: Store;
  /**
   * A store being opened by the caller, which `serve` starts before it loads the server's
   * modules so that PGlite's start (reading and compiling its WASM) overlaps them; the server
   * owns it (closes it on failure and on close), as a store it opened itself.
   */
  opening?: Promise<Store>;
  now?: () => Date;
  services?: Services;
}

export interface RunningServer {
  app: FastifyInstance;
  deps: AppDeps;
  url: string;
  close(): Promise<void>;
}

/** A listen failure as a coded error: the port is taken (HF_PORT_IN_USE), not allowed, or the address is not here (HF_SERVER_LISTEN). */
export function listenError(e: unknown, host: string, port: number): HuifangError | null {
  const code = (e as { code?: string } | null)?.code;
  const where = `${host}:${port}`;
  if (code === 'EADDRINUSE') return new HuifangError('HF_PORT_IN_USE', `port ${port} on ${host} is in use: stop the other server, or choose another port with --port or PORT`, { host, port });
  if (code === 'EACCES') return new HuifangError('HF_SERVER_LISTEN', `not allowed to listen on ${where}: ports below 1024 need privileges; choose another with --port or PORT`, { host, port, cause: code });
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new HuifangError('HF_SERVER_LISTEN', `${host} is not an address of this machine: choose another with --host or HOST`, { host, port, cause: code });
  return null;
}

/**
 * Open the store, build the app and listen.
 *
 * @throws HuifangError HF_PORT_IN_USE when the port is taken, HF_SERVER_LISTEN when it is not
 *   allowed or the host is not here; the store it opened is closed again.
 */
export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const config = opts.config ?? loadConfig();
  const opening = opts.store ? Promise.resolve(opts.store) : (opts.opening ?? openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  opening.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
  // Load the surfaces and compile the dialogs while the database starts.
  let dialogs: AppDeps['dialogs'] | null = null;
  let failure: unknown = null;
  try {
    await import('./surfaces.js');
    dialogs = loadRegistry();
  } catch (e) {
    failure = e;
  }
  const store = await opening;
  if (failure || !dialogs) {
    if (!opts.store) await store.close();
    throw failure;
  }
  const deps: AppDeps = {
    store,
    config,
    dialogs,
    interpret,
    now: opts.now ?? (() => new Date()),
    services: opts.services ?? {},
  };
  const closeStore = async () => {
    if (!opts.store) await store.close();
  };
  let app: FastifyInstance;
  try {
    app = await buildApp(deps, opts);
  } catch (e) {
    await closeStore();
    throw e;
  }
  const port = opts.port ?? Number(process.env.PORT ?? 3000);
  const host = opts.host ?? process.env.HOST ?? '127.0.0.1';
  let address: string;
  try {
    address = await app.listen({ port, host });
  } catch (e) {
    await app.close().catch(() => undefined);
    await closeStore();
    throw listenError(e, host, port) ?? e;
  }
  return {
    app,
    deps,
    url: address,
    async close() {
      await app.close();
      await closeStore();
    },
  };
}
