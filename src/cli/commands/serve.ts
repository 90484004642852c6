/**
 * `huifang serve`: the HTTP server (webhooks, APIs, the supervisors' workspace). At start it
 * logs where the workspace is and warns when nobody can sign in to it (no admin yet); a port
 * in use is one coded line (HF_PORT_IN_USE), not a stack trace.
 */
import type { Command } from 'commander';
import { HuifangError } from '../../shared/errors.js';

/** A port option: 0 (any free port) to 65535. */
export function parsePort(v: string, option = '--port'): number {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n > 65535) throw new HuifangError('HF_CLI_USAGE', `${option} must be a port number from 0 to 65535, got ${v}`);
  return n;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP server: Twilio webhooks, APIs, the supervisors’ workspace')
    .option('--port <n>', 'port (default $PORT or 3000; 0 = any free port)')
    .option('--host <h>', 'address to listen on (default $HOST or 127.0.0.1)')
    .action(async (o: { port?: string; host?: string }) => {
      const port = parsePort(o.port ?? process.env.PORT ?? '3000', o.port !== undefined ? '--port' : 'PORT');
      // Keep the event loop alive until the server listens. Otherwise, in a moment when only a
      // V8 task (PGlite's WebAssembly) is pending, libuv's loop runs empty and Node waits for
      // every background task to finish, PGlite's optimising compile included: a 0.2 s stall.
      const keepAlive = setInterval(() => undefined, 1 << 30);
      // Open the store first: PGlite's start then overlaps loading the server's modules.
      const [{ loadConfig }, { openStore }] = await Promise.all([import('../../shared/config.js'), import('../../store/index.js')]);
      const config = loadConfig();
      const opening = openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      opening.catch(() => undefined); // awaited by startServer
      const { startServer } = await import('../../server/start.js');
      const s = await startServer({ port, config, opening, ...(o.host ? { host: o.host } : {}) }).finally(() => clearInterval(keepAlive));
      const workspace = `${s.url}/workspace/`;
      s.app.log.info({ workspace }, `huifang listening on ${s.url}; the workspace is at ${workspace}`);
      const admins = (await s.deps.store.users.list({ role: 'admin' })).filter((u) => !u.disabled);
      if (!admins.length) {
        s.app.log.warn('workspace: no admin can sign in yet: set HUIFANG_ADMIN_USER and HUIFANG_ADMIN_PASSWORD (in the environment or .env) and restart');
      }
      const stop = async () => {
        await s.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
