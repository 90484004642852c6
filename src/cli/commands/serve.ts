/** `huifang serve`: the HTTP server (webhooks, APIs, the supervisors' workspace). */
import type { Command } from 'commander';
import { startServer } from '../../server/start.js';

export function register(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP server: Twilio webhooks, APIs, the supervisors’ workspace')
    .option('--port <n>', 'port (default $PORT or 3000)')
    .option('--host <h>', 'address to listen on (default $HOST or 127.0.0.1)')
    .action(async (o: { port?: string; host?: string }) => {
      const s = await startServer({ ...(o.port ? { port: Number(o.port) } : {}), ...(o.host ? { host: o.host } : {}) });
      s.app.log.info(`huifang listening on ${s.url}`);
      const stop = async () => {
        await s.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
