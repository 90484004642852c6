/**
 * The job queue: pg-boss, on the same database as everything else — PGlite in embedded mode
 * (through pg-boss's `db.executeSql` option) and server Postgres in fleet mode, so one queue
 * engine serves both and `huifang worker` processes on several machines share it.
 *
 * Queue `contact-once` uses pg-boss's `short` policy with the callback's id as the singleton
 * key: at most one job per callback waits in the queue, so a tick that looks again at a
 * callback whose job has not run yet (its lease ended while the queue was long) adds nothing.
 * A second job for one callback (one queued while another runs) is still harmless: the atomic
 * claim in `runContact` (an UPDATE that only one worker can win, and no attempt may be open)
 * is what prevents a duplicate dial. (The `stately` policy was tried: a batch fetch that
 * meets a key already active fails on its unique index, and pg-boss swallows that error, so
 * the whole batch starved. `short` gates only jobs waiting, never a fetch.) The queue of
 * earlier versions, `contact` (standard policy), is no longer read: a job left there is
 * replaced by the next tick's look at its callback.
 */
import PgBoss from 'pg-boss';
import type { Store } from '../store/index.js';
import type { ContactJob, JobSink } from './scheduler.js';

export const CONTACT_QUEUE = 'contact-once';

export interface Queue extends JobSink {
  boss: PgBoss;
  work(handler: (job: ContactJob) => Promise<unknown>, opts?: { batchSize?: number; pollingIntervalSeconds?: number }): Promise<string>;
  /** Jobs queued or active. */
  pending(): Promise<number>;
  stop(): Promise<void>;
}

/** Open the queue on the store's database; `databaseUrl` for server Postgres (`schema`: pg-boss's own, default `pgboss`). */
export async function openQueue(store: Store, databaseUrl?: string, schema?: string): Promise<Queue> {
  // Embedded: pg-boss's SQL goes through the store (src/store/queue-db.ts).
  const db = store.queueDb;
  const boss = db
    ? new PgBoss({ db, schedule: false, supervise: true } as unknown as PgBoss.ConstructorOptions)
    : new PgBoss({ connectionString: databaseUrl ?? '', schedule: false, max: 4, ...(schema ? { schema } : {}) });
  boss.on('error', (e: Error) => process.stderr.write(`queue error: ${e.message}\n`));
  await boss.start();
  await boss.createQueue(CONTACT_QUEUE, { name: CONTACT_QUEUE, policy: 'short', retryLimit: 2, retryDelay: 30, expireInSeconds: 300 });
  return {
    boss,
    async enqueueContact(job) {
      await boss.send(CONTACT_QUEUE, job, { singletonKey: job.callbackId });
    },
    async work(handler, opts = {}) {
      return boss.work<ContactJob>(CONTACT_QUEUE, { batchSize: opts.batchSize ?? 4, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 0.5 }, async (jobs) => {
        for (const j of jobs) await handler(j.data);
      });
    },
    async pending() {
      return boss.getQueueSize(CONTACT_QUEUE);
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
