/**
 * `npm run bench -- fleet`: the fleet as it runs in production, on one machine. For 1, 2 and 4
 * workers, each run gets a database of its own on server Postgres, the standalone simulator
 * (`huifang simulator`), one `huifang serve` and N `huifang worker` PROCESSES; one fixed
 * campaign (a tenant created by `huifang tenant create`, the same orders imported by
 * `huifang import`, every customer answers). Measured per run:
 *
 * - callbacks settled per minute: orders / (the last settle − the first call's start);
 * - database transactions per settled callback: `pg_stat_database` (xact_commit +
 *   xact_rollback) of the run's database over the run, read after every process stopped (so
 *   each backend has flushed its counters), minus the bench's own polling. Every statement
 *   outside an explicit transaction is one transaction and an explicit transaction counts once,
 *   so this is a lower bound of statements; it counts every process (workers, serve's webhooks,
 *   pg-boss). Rows read and written per callback (tup_* counters) are given beside it;
 * - duplicate dials (the simulator's `duplicateDials`: a call to a number that already had a
 *   live call);
 * - calls per second used against the limit (`--calls-per-second` of every worker): the most
 *   calls started in one second (attempts' `started_at`), and the peak of calls live at once.
 *
 *   node --import tsx scripts/bench-fleet.ts [--orders 200] [--workers 1,2,4] [--cps 20] [--speed 50] [--write]
 *
 * Server Postgres: DATABASE_URL_TEST, else DATABASE_URL, else 127.0.0.1:5432 (databases
 * hf_bench_fleet_<random>, dropped after each run).
 */
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ADMIN_PG_URL, postgresReachable, Topology, until, workOrdersCsv } from '../test/support/processes.js';
import { replaceSection } from './bench-doc.js';

interface FleetFigure {
  workers: number;
  orders: number;
  settled: number;
  calls: number;
  wallSec: number;
  perMinute: number;
  xactPerCallback: number;
  tuplesReadPerCallback: number;
  tuplesWrittenPerCallback: number;
  duplicateDials: number;
  maxCallsInOneSecond: number;
  cpsLimit: number;
  peakLive: number;
}

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : dflt;
}

const ADMIN = process.env.DATABASE_URL_TEST ?? process.env.DATABASE_URL ?? ADMIN_PG_URL;
const TENANT = 'bench-fleet';

async function dbCounters(t: Topology): Promise<{ xact: number; read: number; written: number }> {
  const [r] = await t.sql<{ xact: string; read: string; written: string }>(
    `SELECT xact_commit + xact_rollback AS xact, tup_returned + tup_fetched AS read, tup_inserted + tup_updated + tup_deleted AS written
       FROM pg_stat_database WHERE datname = current_database()`,
  );
  return { xact: Number(r!.xact), read: Number(r!.read), written: Number(r!.written) };
}

async function runFleet(workers: number, orders: number, cps: number, speed: number): Promise<FleetFigure> {
  const t = await Topology.create({ prefix: 'bench_fleet', adminUrl: ADMIN, env: { LOG_LEVEL: 'warn' } });
  try {
    const sim = await t.simulator({ seed: 6, answerRate: 1, speed, args: ['--quiet'] });
    await t.serve();
    const created = t.cli(['tenant', 'create', TENANT, '--name', '基准测试公司', '--tz', 'Asia/Shanghai', '--calling-hours', '00:00-23:59']);
    if (created.code !== 0) throw new Error(created.stderr);
    writeFileSync(join(t.dir, 'orders.csv'), workOrdersCsv(orders, 'FLEET'));
    const imported = t.cli(['import', 'orders.csv', '--tenant', TENANT]);
    if (imported.code !== 0) throw new Error(imported.stderr);
    await new Promise((r) => setTimeout(r, 1500)); // let idle backends flush their counters
    let polls = 1;
    const before = await dbCounters(t);
    await Promise.all(Array.from({ length: workers }, () => t.worker({ tick: 1, callsPerSecond: cps, maxConcurrent: 200, env: { LOG_LEVEL: 'info' } })));
    const settledAt = await until(
      'every callback to settle',
      async () => {
        polls++;
        const [r] = await t.sql<{ left: number; at: Date | null }>(
          `SELECT (SELECT count(*)::int FROM callbacks c WHERE c.status IN ('pending','in_progress')
                     OR NOT EXISTS (SELECT 1 FROM attempts a WHERE a.callback_id = c.id)) + (SELECT count(*)::int FROM attempts WHERE outcome IS NULL)
                  + (SELECT CASE WHEN count(*) < $1 THEN 1 ELSE 0 END FROM callbacks) AS left,
                  (SELECT max(coalesce(ended_at, started_at)) FROM attempts) AS at`,
          [orders],
        );
        return r!;
      },
      (r) => r.left === 0,
      30 * 60_000,
      500,
    );
    const stats = await sim.stats();
    polls++;
    const [calls] = await t.sql<{ first: Date; calls: number; settled: number; max_second: number }>(
      `SELECT min(started_at) AS first, count(*)::int AS calls,
              (SELECT count(*)::int FROM callbacks WHERE status NOT IN ('pending','in_progress')) AS settled,
              (SELECT max(n)::int FROM (SELECT count(*) AS n FROM attempts WHERE channel = 'voice' GROUP BY date_trunc('second', started_at)) s) AS max_second
         FROM attempts WHERE channel = 'voice'`,
    );
    // Stop every process so that each backend flushes its counters, then read them.
    await Promise.all(t.processes.map((p) => p.stop()));
    await new Promise((r) => setTimeout(r, 1500));
    const after = await dbCounters(t);
    const wallSec = (new Date(settledAt.at!).getTime() - new Date(calls!.first).getTime()) / 1000;
    const n = calls!.settled;
    return {
      workers,
      orders,
      settled: n,
      calls: calls!.calls,
      wallSec: Math.round(wallSec * 10) / 10,
      perMinute: Math.round((n / wallSec) * 60),
      xactPerCallback: Math.round(((after.xact - before.xact - polls) / n) * 10) / 10,
      tuplesReadPerCallback: Math.round((after.read - before.read) / n),
      tuplesWrittenPerCallback: Math.round((after.written - before.written) / n),
      duplicateDials: stats.duplicateDials,
      maxCallsInOneSecond: calls!.max_second,
      cpsLimit: cps,
      peakLive: stats.peakLive,
    };
  } finally {
    await t.stop();
  }
}

async function main(): Promise<void> {
  if (!(await postgresReachable(ADMIN))) {
    console.error(`bench fleet: no server Postgres at ${ADMIN.replace(/\/\/[^@]*@/, '//')} (set DATABASE_URL_TEST or DATABASE_URL)`);
    process.exitCode = 1;
    return;
  }
  const orders = Number(arg('orders', '200'));
  const cps = Number(arg('cps', '20'));
  const speed = Number(arg('speed', '50'));
  const counts = arg('workers', '1,2,4').split(',').map(Number);
  const rows: FleetFigure[] = [];
  for (const w of counts) {
    const f = await runFleet(w, orders, cps, speed);
    rows.push(f);
    console.log(JSON.stringify(f));
  }
  const table = [
    '| workers | settled | calls | wall s | settled / min | DB transactions / callback | rows read / callback | rows written / callback | duplicate dials | most calls in one second (limit) | peak live calls |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.workers} | ${r.settled} | ${r.calls} | ${r.wallSec} | ${r.perMinute} | ${r.xactPerCallback} | ${r.tuplesReadPerCallback} | ${r.tuplesWrittenPerCallback} | ${r.duplicateDials} | ${r.maxCallsInOneSecond} (${r.cpsLimit}) | ${r.peakLive} |`),
  ].join('\n');
  console.log(table);
  if (process.argv.includes('--write')) {
    replaceSection(
      '## Fleet: worker processes on server Postgres',
      `## Fleet: worker processes on server Postgres

\`npm run bench -- fleet\` (\`scripts/bench-fleet.ts\`; ${new Date().toISOString().slice(0, 10)}, ${cpus().length} CPUs, Node ${process.version}): for
each count of workers a database of its own on server Postgres, the standalone simulator
(speed ${speed}, every customer answers), one \`serve\` and the workers as separate processes; one
campaign of ${orders} install orders for a tenant made by \`huifang tenant create\`, imported by
\`huifang import\`; \`--calls-per-second ${cps}\` for every worker. *Settled / min*: callbacks settled
per minute from the first call to the last settle. *DB transactions / callback*: \`pg_stat_database\`
(xact_commit + xact_rollback) of the run's database, every process (workers, serve's webhooks,
pg-boss), without the bench's own polling; a statement outside a transaction is one, a
transaction of several statements counts once. *Most calls in one second*: attempts started in
one wall-clock second, against the limit. Target (issue 16): transactions per callback flat
(within 20%) from 1 to 4 workers, throughput growing until the pacing limit or the CPUs, 0
duplicate dials, never above the limit.

${table}
`,
    );
  }
}

await main();
