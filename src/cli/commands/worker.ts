/**
 * `huifang worker`: runs campaigns. Several workers on several machines can share one
 * Postgres (DATABASE_URL): each one plans new orders, ticks the scheduler, takes contact jobs
 * from the pg-boss queue, runs SMS reminders and expiries, and reconciles attempts a crashed
 * worker left open. Duplicate work is harmless: every contact is claimed atomically.
 *
 * Each worker records a heartbeat at start and after every tick (`huifang status` shows them).
 * A worker that cannot dial (no Twilio settings) exits at once with HF_WORKER_CANNOT_RUN.
 */
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { HuifangError } from '../../shared/errors.js';
import { packageVersion } from '../../shared/paths.js';

function positive(v: string, option: string, integer = false): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new HuifangError('HF_CLI_USAGE', `${option} must be a positive ${integer ? 'whole ' : ''}number, got ${v}`);
  }
  return n;
}

function cannotRun(why: string): HuifangError {
  return new HuifangError(
    'HF_WORKER_CANNOT_RUN',
    `huifang worker dials through Twilio and cannot run: ${why}. Set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM and PUBLIC_URL ` +
      '(docs/telephony.md); without a Twilio account, run `huifang simulator` and set TWILIO_API_BASE to it (docs/simulator.md)',
  );
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('run campaigns: plan callbacks, dial when due (pg-boss queue), SMS reminders, write-back')
    .option('--tick <seconds>', 'how often to look for due callbacks', '30')
    .option('--calls-per-second <n>', 'new calls per second across all workers', '5')
    .option('--max-concurrent <n>', 'calls at once across all workers', '50')
    .action(async (o: { tick: string; callsPerSecond: string; maxConcurrent: string }) => {
      const tickSeconds = positive(o.tick, '--tick');
      const pacing = { callsPerSecond: positive(o.callsPerSecond, '--calls-per-second'), maxConcurrent: positive(o.maxConcurrent, '--max-concurrent', true) };
      const { loadConfig } = await import('../../shared/config.js');
      const config = loadConfig();
      // Before anything is loaded or opened: without a way to dial, the worker would only wait.
      // Twilio, or Aliyun (docs/telephony-aliyun.md): one of them must be able to dial.
      const missing = [
        !config.twilio?.accountSid && 'TWILIO_ACCOUNT_SID',
        !config.twilio?.authToken && 'TWILIO_AUTH_TOKEN',
        !config.publicUrl && 'PUBLIC_URL',
      ].filter(Boolean);
      const aliyunMissing = [
        !config.aliyun?.accessKeyId && 'ALIYUN_ACCESS_KEY_ID',
        !config.aliyun?.accessKeySecret && 'ALIYUN_ACCESS_KEY_SECRET',
        !config.aliyun?.calledShowNumber && 'ALIYUN_CALLED_SHOW_NUMBER',
        !config.publicUrl && 'PUBLIC_URL',
      ].filter(Boolean);
      const aliyunOnly = missing.length > 0 && aliyunMissing.length === 0;
      if (missing.length && !aliyunOnly) throw cannotRun(`${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set (or, for Aliyun, ${aliyunMissing.join(', ')})`);
      const [
        { runChatDue },
        { runSmsDueActions },
        { twilioRuntime },
        { loadRegistry },
        { interpret },
        { startDispatcher },
        { createLogger },
        { openStore },
        { tenantPolicy },
        { openQueue },
        { twilioContactor, aliyunContactor, providerContactor },
        { aliyunSmsRuntime },
        { planNewOrders, reconcile, runContact, tick },
      ] = await Promise.all([
        import('../../channels/chat/due.js'),
        import('../../channels/twilio/sms.js'),
        import('../../channels/twilio/common.js'),
        import('../../engine/registry.js'),
        import('../../nlu/index.js'),
        import('../../results/outbox.js'),
        import('../../shared/logging.js'),
        import('../../store/index.js'),
        import('../../campaigns/policy.js'),
        import('../../campaigns/queue.js'),
        import('../../channels/contactor.js'),
        import('../../channels/aliyun/sms.js'),
        import('../../campaigns/scheduler.js'),
      ]);
      const log = createLogger(config.logLevel);
      const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const registry = loadRegistry();
      const appDeps = { store, config, dialogs: registry, interpret, now: () => new Date(), services: {} };
      let rt: ReturnType<typeof twilioRuntime> | null = null;
      try {
        if (!aliyunOnly) rt = twilioRuntime(appDeps, log);
      } catch (e) {
        await store.close();
        throw cannotRun(e instanceof Error ? e.message : String(e));
      }
      const deps = {
        store,
        now: () => new Date(),
        policyFor: async (tenantId: string) => tenantPolicy(await store.tenants.get(tenantId)),
        dialogVersion: (id: string) => (registry.has(id) ? registry.get(id).spec.version : null),
        pacing,
      };
      const contactor = providerContactor(appDeps, {
        twilio: rt ? twilioContactor(rt, rt.provider, appDeps) : null,
        aliyun: aliyunMissing.length === 0 ? aliyunContactor(appDeps, appDeps) : null,
      });
      const queue = await openQueue(store, config.databaseUrl);
      await queue.work((job) => runContact(deps, contactor, job));
      const stopDispatch = startDispatcher(store, { envEndpoint: config.writeback });

      const startedAt = new Date();
      const me = { workerId: `${hostname()}:${process.pid}:${startedAt.getTime()}`, host: hostname(), pid: process.pid, version: packageVersion(), tickSeconds, startedAt };
      await store.operations.pruneWorkers();
      await store.operations.beat(me);
      let stopping = false;
      let wake: (() => void) | null = null;
      const loop = async () => {
        while (!stopping) {
          const t0 = Date.now();
          let lastError: string | null = null;
          try {
            for (const t of await store.tenants.list()) await planNewOrders(deps, t.id);
            const r = await tick(deps, queue);
            // Reminders and expiries of SMS threads: through Twilio, or through Aliyun on an Aliyun-only worker.
            await runSmsDueActions(rt ?? aliyunSmsRuntime(appDeps, log));
            await runChatDue(appDeps);
            await reconcile(deps, contactor);
            if (r.enqueued || r.humanTasks) log.info(r, 'tick');
          } catch (e) {
            lastError = e instanceof HuifangError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
            log.error({ err: e }, 'tick failed');
          }
          await store.operations.beat({ ...me, lastTickMs: Date.now() - t0, lastError }).catch((e: unknown) => log.warn({ err: e }, 'heartbeat failed'));
          if (stopping) break;
          await new Promise<void>((res) => {
            const timer = setTimeout(res, tickSeconds * 1000);
            wake = () => {
              clearTimeout(timer);
              res();
            };
          });
        }
      };
      const running = loop();
      const stop = async () => {
        stopping = true;
        wake?.();
        await running;
        await stopDispatch();
        await queue.stop();
        await store.operations.stopped(me.workerId).catch(() => undefined);
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      log.info({ worker: me.workerId, tickSeconds, ...pacing }, 'huifang worker running');
    });
}
