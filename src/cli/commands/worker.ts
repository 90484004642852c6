/**
 * `huifang worker`: runs campaigns. Several workers on several machines can share one
 * Postgres (DATABASE_URL): each one plans new orders, ticks the scheduler, takes contact jobs
 * from the pg-boss queue, runs SMS reminders and expiries, and reconciles attempts a crashed
 * worker left open. Duplicate work is harmless: every contact is claimed atomically.
 */
import type { Command } from 'commander';
import { runChatDue } from '../../channels/chat/due.js';
import { runSmsDueActions } from '../../channels/twilio/sms.js';
import { twilioRuntime } from '../../channels/twilio/common.js';
import { loadRegistry } from '../../engine/registry.js';
import { interpret } from '../../nlu/index.js';
import { startDispatcher } from '../../results/outbox.js';
import { loadConfig } from '../../shared/config.js';
import { createLogger } from '../../shared/logging.js';
import { openStore } from '../../store/index.js';
import { policyWith } from '../../campaigns/policy.js';
import { openQueue } from '../../campaigns/queue.js';
import { twilioContactor } from '../../channels/contactor.js';
import { planNewOrders, reconcile, runContact, tick, type CampaignDeps } from '../../campaigns/scheduler.js';

export function register(program: Command): void {
  program
    .command('worker')
    .description('run campaigns: plan callbacks, dial when due (pg-boss queue), SMS reminders, write-back')
    .option('--tick <seconds>', 'how often to look for due callbacks', '30')
    .option('--calls-per-second <n>', 'new calls per second across all workers', '5')
    .option('--max-concurrent <n>', 'calls at once across all workers', '50')
    .action(async (o: { tick: string; callsPerSecond: string; maxConcurrent: string }) => {
      const log = createLogger();
      const config = loadConfig();
      const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      const registry = loadRegistry();
      const appDeps = { store, config, dialogs: registry, interpret, now: () => new Date(), services: {} };
      const rt = twilioRuntime(appDeps, log);
      const deps: CampaignDeps = {
        store,
        now: () => new Date(),
        policyFor: async (tenantId) => policyWith({ timeZone: (await store.tenants.get(tenantId))?.timeZone ?? 'Asia/Shanghai' }),
        dialogVersion: (id) => (registry.has(id) ? registry.get(id).spec.version : null),
        pacing: { callsPerSecond: Number(o.callsPerSecond), maxConcurrent: Number(o.maxConcurrent) },
      };
      const contactor = twilioContactor(rt, rt.provider, appDeps);
      const queue = await openQueue(store, config.databaseUrl);
      await queue.work((job) => runContact(deps, contactor, job));
      const stopDispatch = startDispatcher(store, { envEndpoint: config.writeback });
      let stopping = false;
      const loop = async () => {
        while (!stopping) {
          try {
            for (const id of await store.tenants.ids()) await planNewOrders(deps, id);
            const r = await tick(deps, queue);
            await runSmsDueActions(rt);
            await runChatDue(appDeps);
            await reconcile(deps, contactor);
            if (r.enqueued || r.humanTasks) log.info(r, 'tick');
          } catch (e) {
            log.error({ err: e }, 'tick failed');
          }
          await new Promise((res) => setTimeout(res, Number(o.tick) * 1000));
        }
      };
      const running = loop();
      const stop = async () => {
        stopping = true;
        await running;
        await stopDispatch();
        await queue.stop();
        await store.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      log.info('huifang worker running');
    });
}
