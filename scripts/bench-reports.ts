/**
 * Report benchmark: generate a year of work orders, callbacks, attempts, scores, escalations
 * and N answers with bulk SQL (generate_series) in a private schema, then time
 * `buildReport` for a month, a month broken down by engineer, a week and a day.
 *
 *   node --import tsx scripts/bench-reports.ts [--answers N] [--pglite-answers N] [--backend pglite|postgres|both] [--runs R]
 *
 * Server Postgres: DATABASE_URL (or DATABASE_URL_TEST); the data goes into a fresh schema
 * hf_report_bench_<random>, dropped afterwards. PGlite: a temporary data folder, removed
 * afterwards. Defaults: 10,000,000 answers on Postgres, 1,000,000 on PGlite.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { buildReport } from '../src/results/reports/query.js';
import type { ReportDimension } from '../src/results/reports/types.js';
import type { Db } from '../src/store/db.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';

const ANSWERS_PER_CALLBACK = 10;

/** Bulk data: one statement per table, everything derived from the row number. */
export async function generate(db: Db, answers: number, log: (s: string) => void): Promise<{ callbacks: number }> {
  const c = Math.max(1, Math.floor(answers / ANSWERS_PER_CALLBACK));
  const step = async (label: string, sql: string): Promise<void> => {
    const t = performance.now();
    await db.exec(sql);
    log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  // pseudo-random but repeatable per row: r(i, k) in [0, 1)
  const r = (k: number): string => `(((i::bigint * ${2654435761 + k * 40503}) % 1000003) / 1000003.0)`;
  await step('tenant', `INSERT INTO tenants (id, name, time_zone) VALUES ('bench', 'Bench', 'Asia/Shanghai')`);
  await step(
    'work orders',
    `INSERT INTO work_orders (id, tenant_id, external_id, kind, finished_at, district, heat_station, engineer, team)
     SELECT 'wo' || i, 'bench', 'E' || i,
       (ARRAY['install', 'repair', 'heating-repair', 'complaint'])[1 + i % 4],
       timestamptz '2024-01-01 00:00:00+08' + (i::double precision / ${c}) * interval '366 days',
       (ARRAY['东城', '西城', '南城', '北城'])[1 + (i / 7) % 4], '热力站' || (i % 20), '工程师' || (i % 200), '班组' || (i % 25)
     FROM generate_series(1, ${c}) i`,
  );
  await step(
    'callbacks',
    `INSERT INTO callbacks (id, tenant_id, work_order_id, dialog_id, dialog_version, campaign, status, attempts, outcome, completed_at)
     SELECT 'cb' || i, 'bench', 'wo' || i, 'bench', 1,
       CASE WHEN i % 20 = 0 THEN 'sampling-2024' WHEN i % 20 = 1 THEN 're-survey' ELSE 'repair-2024' END,
       st, 1 + i % 2, CASE WHEN st = 'failed' THEN 'incomplete' WHEN st = 'incomplete' THEN 'hung_up' ELSE st END,
       CASE WHEN st = 'incomplete' THEN NULL
         ELSE timestamptz '2024-01-01 00:00:00+08' + (i::double precision / ${c}) * interval '366 days' + ${r(1)} * interval '96 hours' END
     FROM (SELECT i, CASE WHEN i % 50 = 0 THEN 'failed' WHEN i % 50 = 1 THEN 'opted_out' WHEN i % 97 = 3 THEN 'incomplete'
                          WHEN ${r(2)} < 0.06 THEN 'escalated' ELSE 'completed' END AS st
           FROM generate_series(1, ${c}) i) s`,
  );
  await step('callback_work_orders', `INSERT INTO callback_work_orders (callback_id, work_order_id) SELECT 'cb' || i, 'wo' || i FROM generate_series(1, ${c}) i`);
  await step(
    'attempts',
    `INSERT INTO attempts (id, callback_id, channel, started_at, answered_at, outcome)
     SELECT 'at' || c.id, c.id, 'voice', COALESCE(c.completed_at, now()) - interval '5 minutes',
       CASE WHEN c.status IN ('completed', 'escalated', 'opted_out') THEN COALESCE(c.completed_at, now()) - interval '4 minutes' END,
       CASE WHEN c.status IN ('completed', 'escalated', 'opted_out') THEN 'answered' ELSE 'no-answer' END
     FROM callbacks c`,
  );
  await step(
    'scores',
    `INSERT INTO scores (callback_id, step_id, scale, raw, level, created_at)
     SELECT id, 'overall', scale, raw,
       CASE WHEN scale = 'csat3' THEN raw
            WHEN scale = '0-10' THEN CASE WHEN raw::int >= 9 THEN 'very_satisfied' WHEN raw::int >= 7 THEN 'satisfied' ELSE 'dissatisfied' END
            ELSE CASE WHEN raw::int = 5 THEN 'very_satisfied' WHEN raw::int = 4 THEN 'satisfied' WHEN raw::int = 3 THEN 'neutral' ELSE 'dissatisfied' END END,
       completed_at - interval '1 minute'
     FROM (SELECT c.id, c.completed_at, (ARRAY['csat3', '0-10', '0-5'])[1 + n % 3] AS scale,
             CASE WHEN c.status = 'escalated' THEN (ARRAY['dissatisfied', '4', '1'])[1 + n % 3]
                  ELSE (ARRAY[ARRAY['very_satisfied', '10', '5'], ARRAY['very_satisfied', '9', '5'], ARRAY['satisfied', '8', '4'],
                              ARRAY['satisfied', '7', '4'], ARRAY['neutral', '8', '3'], ARRAY['very_satisfied', '10', '5']])[1 + (n / 3) % 6][1 + n % 3] END AS raw
           FROM (SELECT c.*, substr(c.id, 3)::int AS n FROM callbacks c WHERE c.status IN ('completed', 'escalated')) c) s`,
  );
  await step(
    'escalations',
    `INSERT INTO escalations (id, callback_id, reason, detail, status, due_at, resolved_at, created_at, updated_at)
     SELECT 'es' || c.id, c.id, 'dissatisfied', 'score', CASE WHEN n % 10 < 7 THEN 'resolved' WHEN n % 10 = 7 THEN 'in_progress' ELSE 'open' END,
       c.completed_at + interval '24 hours', CASE WHEN n % 10 < 7 THEN c.completed_at + (n % 47) * interval '1 hour' END,
       c.completed_at, c.completed_at
     FROM (SELECT c.*, substr(c.id, 3)::int AS n FROM callbacks c WHERE c.status = 'escalated') c`,
  );
  await step(
    `answers (${answers.toLocaleString('en')})`,
    `INSERT INTO answers (callback_id, step_id, raw, via, value, provider_event_id, created_at)
     SELECT 'cb' || (1 + g / ${ANSWERS_PER_CALLBACK}),
       CASE WHEN g % ${ANSWERS_PER_CALLBACK} = ${ANSWERS_PER_CALLBACK - 1} THEN 'reason' ELSE 'q' || (g % ${ANSWERS_PER_CALLBACK}) END,
       (ARRAY['师傅迟到了两个小时', '还是上不了网', '态度很差', '装完垃圾没打扫', '多收了材料费', '屋里才16度', '修完又坏了', '说不上来'])[1 + (g / 10) % 8],
       'speech', 'null'::jsonb, 'ev' || g,
       timestamptz '2024-01-01 00:00:00+08' + ((g / ${ANSWERS_PER_CALLBACK})::double precision / ${c}) * interval '366 days'
     FROM generate_series(0, ${c * ANSWERS_PER_CALLBACK - 1}) g`,
  );
  await step('analyze', 'ANALYZE');
  return { callbacks: c };
}

export interface BenchRow {
  backend: string;
  answers: number;
  callbacks: number;
  generateS: number;
  query: string;
  finished: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

const QUERIES: { label: string; period: 'day' | 'week' | 'month'; date: string; by: ReportDimension | null }[] = [
  { label: 'month 2024-03', period: 'month', date: '2024-03-15', by: null },
  { label: 'month 2024-03 by engineer', period: 'month', date: '2024-03-15', by: 'engineer' },
  { label: 'week 2024-W11', period: 'week', date: '2024-03-13', by: null },
  { label: 'day 2024-03-13', period: 'day', date: '2024-03-13', by: null },
];

async function measure(backend: string, store: Store, answers: number, runs: number, log: (s: string) => void): Promise<BenchRow[]> {
  const t0 = performance.now();
  const { callbacks } = await generate(store.db, answers, log);
  const generateS = (performance.now() - t0) / 1000;
  const out: BenchRow[] = [];
  for (const q of QUERIES) {
    const times: number[] = [];
    let finished = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const rep = await buildReport(store.db, { period: q.period, date: q.date, tenantId: 'bench', by: q.by, now: new Date('2025-01-01T00:00:00Z') });
      times.push(performance.now() - t);
      finished = rep.callbacks.finished;
    }
    times.sort((a, b) => a - b);
    const row: BenchRow = {
      backend, answers, callbacks, generateS, query: q.label, finished,
      medianMs: times[Math.floor(times.length / 2)] as number, minMs: times[0] as number, maxMs: times.at(-1) as number,
    };
    log(`  ${q.label}: ${row.finished.toLocaleString('en')} callbacks, median ${row.medianMs.toFixed(0)} ms (min ${row.minMs.toFixed(0)}, max ${row.maxMs.toFixed(0)})`);
    out.push(row);
  }
  return out;
}

export async function benchPostgres(url: string, answers: number, runs: number, log: (s: string) => void): Promise<BenchRow[]> {
  const schema = `hf_report_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  log(`server Postgres, schema ${schema}`);
  const store = await openStore({ databaseUrl: url, pgOptions: `-c search_path=${schema}` });
  try {
    return await measure('server Postgres', store, answers, runs, log);
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

export async function benchPglite(answers: number, runs: number, log: (s: string) => void): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'hf-report-bench-'));
  log(`PGlite, data folder ${dir}`);
  const store = await openStore({ dataDir: dir });
  try {
    return await measure('PGlite (data folder)', store, answers, runs, log);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const log = (s: string): void => console.error(s);
  const backend = arg('backend') ?? 'both';
  const runs = Number(arg('runs') ?? 5);
  const url = process.env.DATABASE_URL ?? process.env.DATABASE_URL_TEST;
  const rows: BenchRow[] = [];
  if (backend !== 'pglite') {
    if (!url) throw new Error('set DATABASE_URL for server Postgres');
    rows.push(...(await benchPostgres(url, Number(arg('answers') ?? 10_000_000), runs, log)));
  }
  if (backend !== 'postgres') rows.push(...(await benchPglite(Number(arg('pglite-answers') ?? 1_000_000), runs, log)));
  console.log(`Measured with \`node --import tsx scripts/bench-reports.ts\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'}); ${runs} runs each.\n`);
  console.log('| backend | answers | callbacks | generate | report | callbacks in period | median | min | max |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.backend} | ${r.answers.toLocaleString('en')} | ${r.callbacks.toLocaleString('en')} | ${r.generateS.toFixed(0)} s | ${r.query} | ${r.finished.toLocaleString('en')} | ${r.medianMs.toFixed(0)} ms | ${r.minMs.toFixed(0)} ms | ${r.maxMs.toFixed(0)} ms |`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
