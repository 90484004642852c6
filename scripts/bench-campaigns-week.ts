/**
 * A simulated week of campaigns with 1, 2 and 4 workers on server Postgres: every worker has
 * its own connection pool and pg-boss client, all tick and take jobs at the same time (so they
 * race for the same callbacks), on one simulated clock. The provider edge is simulated in
 * process (an attempt is answered or not by a seeded draw), so the figure is the scheduler's:
 * callbacks settled per minute of wall time, and duplicate dials, which must be 0.
 *
 *   DATABASE_URL=postgres://… node --import tsx scripts/bench-campaigns-week.ts [--orders-per-day N] [--write]
 */
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { DateTime } from 'luxon';
import pg from 'pg';
import { generateWorkOrders } from '../src/campaigns/generate.js';
import { policyWith } from '../src/campaigns/policy.js';
import { openQueue, type Queue } from '../src/campaigns/queue.js';
import { planNewOrders, runContact, tick, type CampaignDeps, type Contactor, type ContactJob } from '../src/campaigns/scheduler.js';
import { seeded } from '../src/shared/random.js';
import { openStore, type Store } from '../src/store/index.js';
import { replaceSection } from './bench-doc.js';

interface WeekFigure {
  workers: number;
  orders: number;
  callbacks: number;
  settled: number;
  attempts: number;
  wallSec: number;
  perMinute: number;
  duplicateDials: number;
}

async function runWeek(url: string, workers: number, ordersPerDay: number): Promise<WeekFigure> {
  const schema = `hf_bench_week_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  let t = DateTime.fromISO('2026-11-16T07:30:00', { zone: 'Asia/Shanghai' }).toJSDate();
  const now = () => t;
  const stores: Store[] = [];
  const queues: Queue[] = [];
  try {
    for (let i = 0; i < workers; i++) stores.push(await openStore({ databaseUrl: url, pgOptions: `-c search_path=${schema}`, now, poolSize: 4 }));
    for (const s of stores) queues.push(await openQueue(s, url, `${schema}_boss`));
    const store = stores[0]!;
    await store.tenants.upsert({ id: 'w', name: 'week', timeZone: 'Asia/Shanghai' });
    let orders = 0;
    for (let d = 0; d < 7; d++) {
      const date = DateTime.fromISO('2026-11-16').plus({ days: d }).toISODate()!;
      for (const r of generateWorkOrders({ seed: d, date, tenant: 'telecom', count: ordersPerDay })) {
        await store.workOrders.upsert({ tenantId: 'w', externalId: `${date}-${r.externalId}`, kind: r.kind, finishedAt: r.finishedAt, customer: { name: r.customer.name ?? null, phones: r.customer.phones } });
        orders++;
      }
    }
    const policy = policyWith({});
    const rnd = seeded(42);
    const depsOf = (s: Store): CampaignDeps => ({ store: s, now, policyFor: () => policy, dialogVersion: () => 1, pacing: { callsPerSecond: 1000, maxConcurrent: 1000 } });
    const contactorOf = (s: Store): Contactor => ({
      async contact(req) {
        const { attempt } = await s.callbacks.startAttempt({ callbackId: req.callbackId, channel: req.channel === 'chat' ? 'sms' : req.channel });
        const answered = rnd() < 0.6;
        await s.callbacks.updateAttempt(attempt.id, { outcome: answered ? 'answered' : 'no-answer', ...(answered ? { answeredAt: t } : {}), endedAt: t });
        if (answered) await s.callbacks.transition(req.callbackId, 'completed', { outcome: 'completed', completedAt: t });
        else await s.callbacks.transition(req.callbackId, 'incomplete');
        return { attemptId: attempt.id };
      },
    });
    const started = performance.now();
    await planNewOrders(depsOf(store), 'w');
    const end = DateTime.fromJSDate(t).plus({ days: 10 }).toJSDate();
    while (t < end) {
      await Promise.all(stores.map((s, i) => tick(depsOf(s), queues[i]!)));
      await Promise.all(
        stores.map(async (s, i) => {
          for (;;) {
            const jobs = await queues[i]!.boss.fetch<ContactJob>('contact', { batchSize: 20 });
            if (!jobs.length) break;
            for (const j of jobs) {
              await runContact(depsOf(s), contactorOf(s), j.data);
              await queues[i]!.boss.complete('contact', j.id);
            }
          }
        }),
      );
      t = new Date(t.getTime() + 15 * 60_000);
    }
    const wallSec = (performance.now() - started) / 1000;
    const q = async (sql: string) => Number((await store.db.query<{ n: number }>(sql)).rows[0]?.n ?? 0);
    const callbacks = await q('SELECT count(*)::int AS n FROM callbacks');
    const settled = await q(`SELECT count(*)::int AS n FROM callbacks WHERE status IN ('completed','escalated','opted_out','failed') OR next_action_at IS NULL`);
    const attempts = await q('SELECT count(*)::int AS n FROM attempts');
    const duplicateDials = await q(
      `SELECT count(*)::int AS n FROM attempts a JOIN attempts b ON a.callback_id = b.callback_id AND a.id <> b.id
        WHERE (a.started_at, a.id) < (b.started_at, b.id) AND b.started_at < coalesce(a.ended_at, 'infinity'::timestamptz)`,
    );
    return { workers, orders, callbacks, settled, attempts, wallSec, perMinute: Math.round((settled / wallSec) * 60), duplicateDials };
  } finally {
    for (const qq of queues) await qq.stop().catch(() => undefined);
    for (const s of stores) await s.close().catch(() => undefined);
    await admin.query(`DROP SCHEMA ${schema} CASCADE`).catch(() => undefined);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema}_boss CASCADE`).catch(() => undefined);
    await admin.end();
  }
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? process.env.DATABASE_URL_TEST;
  if (!url) {
    console.log('set DATABASE_URL to run the week on server Postgres');
    return;
  }
  const i = process.argv.indexOf('--orders-per-day');
  const perDay = i >= 0 ? Number(process.argv[i + 1]) : 150;
  const figures: WeekFigure[] = [];
  for (const w of [1, 2, 4]) {
    const f = await runWeek(url, w, perDay);
    console.log(JSON.stringify(f));
    figures.push(f);
  }
  const section = [
    '## Campaigns: a simulated week with several workers',
    '',
    `Measured with \`DATABASE_URL=… node --import tsx scripts/bench-campaigns-week.ts --write\` on ${new Date().toISOString().slice(0, 10)}, server Postgres on the same 2-CPU machine.`,
    'Each worker has its own pool and pg-boss client; all tick and take jobs at once on one simulated clock (15-minute ticks over 10 days),',
    'so they race for the same callbacks. The provider edge is simulated in process (60% of attempts answered), so the figure is the scheduler’s.',
    '',
    '| workers | orders | callbacks | settled | attempts | wall time | settled per minute | duplicate dials |',
    '|---|---|---|---|---|---|---|---|',
    ...figures.map((f) => `| ${f.workers} | ${f.orders} | ${f.callbacks} | ${f.settled} | ${f.attempts} | ${f.wallSec.toFixed(1)} s | ${f.perMinute.toLocaleString('en')} | ${f.duplicateDials} |`),
    '',
  ].join('\n');
  if (process.argv.includes('--write')) replaceSection('## Campaigns: a simulated week with several workers', section);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
