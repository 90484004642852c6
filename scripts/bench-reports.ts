/**
 * Report benchmark: generate a year of work orders, callbacks, attempts, scores, escalations
 * and N answers with bulk SQL (generate_series) in a private schema, fill the report fact
 * tables, then time `buildReport` for a month, a month broken down by engineer, a week and a
 * day: from the fact tables (what reports read), and once from the live views over the base
 * tables (the per-callback look-ups reports did before migration 060), checking that both
 * give the same report. Last, the cost of the fact triggers on a call's turns: the same
 * `recordTurn`s with the triggers enabled and disabled.
 *
 *   node --import tsx scripts/bench-reports.ts [--answers N] [--pglite-answers N] [--backend pglite|postgres|both] [--runs R] [--turns T] [--write]
 *
 * Bulk load: the fact triggers are disabled while generate_series fills the base tables, then
 * `report_rebuild_facts()` (the backfill migration 060 runs) computes every fact row from the
 * views, and the triggers are enabled again; VACUUM ANALYZE follows, as autovacuum would.
 * Row by row, the triggers would run the same view once per row and table instead.
 *
 * Server Postgres: DATABASE_URL (or DATABASE_URL_TEST); the data goes into a fresh schema
 * hf_report_bench_<random>, dropped afterwards. PGlite: a temporary data folder, removed
 * afterwards. Defaults: 10,000,000 answers on Postgres, 1,000,000 on PGlite. `--write`
 * replaces the "## Reports" section of docs/benchmarks.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { recordTurn } from '../src/results/record.js';
import { buildReport } from '../src/results/reports/query.js';
import type { Report, ReportDimension } from '../src/results/reports/types.js';
import type { Db } from '../src/store/db.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';
import { replaceSection } from './bench-doc.js';

const ANSWERS_PER_CALLBACK = 10;

/** Enable or disable the fact triggers of migration 060 (report_facts_*) in the current schema. */
export async function setFactTriggers(db: Db, enabled: boolean): Promise<void> {
  const { rows } = await db.query<{ rel: string; name: string }>(
    `SELECT c.relname AS rel, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE t.tgname LIKE 'report\\_facts\\_%' AND NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
     ORDER BY 1, 2`,
  );
  if (rows.length === 0) throw new Error('no report_facts_* triggers: is migration 060 applied?');
  for (const r of rows) await db.exec(`ALTER TABLE ${r.rel} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${r.name}`);
}

export interface Generated {
  callbacks: number;
  /** Seconds to fill the base tables. */
  generateS: number;
  /** Seconds of report_rebuild_facts(). */
  backfillS: number;
}

/**
 * Bulk data: one statement per table, everything derived from the row number, with the fact
 * triggers disabled; then the facts are computed by `report_rebuild_facts()`.
 */
export async function generate(db: Db, answers: number, log: (s: string) => void): Promise<Generated> {
  const c = Math.max(1, Math.floor(answers / ANSWERS_PER_CALLBACK));
  const step = async (label: string, sql: string): Promise<number> => {
    const t = performance.now();
    await db.exec(sql);
    const sec = (performance.now() - t) / 1000;
    log(`  ${label}: ${sec.toFixed(1)} s`);
    return sec;
  };
  const t0 = performance.now();
  await setFactTriggers(db, false);
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
       -- distinct texts (a number appended), so that classifying reasons costs what free text costs
       (ARRAY['师傅迟到了两个小时', '还是上不了网', '态度很差', '装完垃圾没打扫', '多收了材料费', '屋里才16度', '修完又坏了', '说不上来'])[1 + (g / 10) % 8]
         || '（' || (g / 10) % 99991 || '）',
       'speech', 'null'::jsonb, 'ev' || g,
       timestamptz '2024-01-01 00:00:00+08' + ((g / ${ANSWERS_PER_CALLBACK})::double precision / ${c}) * interval '366 days'
     FROM generate_series(0, ${c * ANSWERS_PER_CALLBACK - 1}) g`,
  );
  const generateS = (performance.now() - t0) / 1000;
  const backfillS = await step('facts (report_rebuild_facts)', 'SELECT report_rebuild_facts()');
  await setFactTriggers(db, true);
  await step(
    'vacuum analyze',
    'VACUUM ANALYZE tenants, work_orders, callbacks, callback_work_orders, attempts, scores, escalations, answers, report_callback_facts, report_order_facts',
  );
  return { callbacks: c, generateS, backfillS };
}

export interface BenchRow {
  backend: string;
  answers: number;
  callbacks: number;
  generateS: number;
  backfillS: number;
  query: string;
  finished: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** One run on the live views (the per-callback look-ups of before). */
  liveMs: number;
  /** The report from the fact tables equals the one from the live views. */
  same: boolean;
}

export interface TurnRow {
  backend: string;
  turn: string;
  offMs: number;
  onMs: number;
  n: number;
  /** Time of the report_facts_* triggers inside the turn's statements (EXPLAIN ANALYZE), median. */
  insideMs: number;
}

const QUERIES: { label: string; period: 'day' | 'week' | 'month'; date: string; by: ReportDimension | null }[] = [
  { label: 'month 2024-03', period: 'month', date: '2024-03-15', by: null },
  { label: 'month 2024-03 by engineer', period: 'month', date: '2024-03-15', by: 'engineer' },
  { label: 'week 2024-W11', period: 'week', date: '2024-03-13', by: null },
  { label: 'day 2024-03-13', period: 'day', date: '2024-03-13', by: null },
];

const NOW = new Date('2025-01-01T00:00:00Z');
const median = (xs: number[]): number => {
  const ys = [...xs].sort((a, b) => a - b);
  return ys[Math.floor(ys.length / 2)] as number;
};
const comparable = (r: Report): Report => ({ ...r, generatedAt: '' });

async function measure(backend: string, store: Store, answers: number, runs: number, turns: number, log: (s: string) => void): Promise<{ rows: BenchRow[]; turns: TurnRow[] }> {
  const { callbacks, generateS, backfillS } = await generate(store.db, answers, log);
  const out: BenchRow[] = [];
  for (const q of QUERIES) {
    const opts = { period: q.period, date: q.date, tenantId: 'bench', by: q.by, now: NOW };
    const times: number[] = [];
    let rep: Report | null = null;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      rep = await buildReport(store, opts);
      times.push(performance.now() - t);
    }
    const t = performance.now();
    const live = await buildReport(store, { ...opts, source: 'live' });
    const liveMs = performance.now() - t;
    const same = rep !== null && isDeepStrictEqual(comparable(rep), comparable(live));
    times.sort((a, b) => a - b);
    const row: BenchRow = {
      backend, answers, callbacks, generateS, backfillS, query: q.label, finished: rep?.callbacks.finished ?? 0,
      medianMs: median(times), minMs: times[0] as number, maxMs: times.at(-1) as number, liveMs, same,
    };
    log(`  ${q.label}: ${row.finished.toLocaleString('en')} callbacks, median ${row.medianMs.toFixed(0)} ms (min ${row.minMs.toFixed(0)}, max ${row.maxMs.toFixed(0)}); live views ${liveMs.toFixed(0)} ms; ${same ? 'same report' : 'REPORTS DIFFER'}`);
    out.push(row);
  }
  return { rows: out, turns: turns > 0 ? await turnCost(backend, store, turns, log) : [] };
}

/**
 * The triggers' cost on a call's turns, measured two ways on fresh callbacks (a work order, a
 * callback in progress, an answered attempt):
 * - `recordTurn` as a channel calls it: a turn in the middle of the call (an answer and the
 *   overall score) and the last turn (the reason answer and the end, which finishes the
 *   callback and writes its fact row), in blocks alternating between the fact triggers
 *   disabled and enabled (after one warm-up block of each); the median of each;
 * - the time Postgres reports for the report_facts_* triggers inside the statements of those
 *   turns that reach a watched table (EXPLAIN ANALYZE: answers, scores, callbacks, attempts),
 *   summed per turn; the median.
 */
async function turnCost(backend: string, store: Store, turns: number, log: (s: string) => void): Promise<TurnRow[]> {
  const db = store.db;
  const block = 25;
  const n = Math.max(2 * block, turns) + 2 * block;
  const explained = Math.max(20, Math.floor(turns / 4));
  const total = n + explained;
  await db.query(
    `INSERT INTO work_orders (id, tenant_id, external_id, kind, finished_at, engineer, team)
     SELECT 'two' || i, 'bench', 'T' || i, 'repair', now() - interval '1 hour', '工程师1', '班组1' FROM generate_series(1, $1::int) i`,
    [total],
  );
  await db.query(
    `INSERT INTO callbacks (id, tenant_id, work_order_id, dialog_id, dialog_version, campaign, status, attempts)
     SELECT 'tcb' || i, 'bench', 'two' || i, 'bench', 1, 'repair-turns', 'in_progress', 1 FROM generate_series(1, $1::int) i`,
    [total],
  );
  await db.query(`INSERT INTO callback_work_orders (callback_id, work_order_id) SELECT 'tcb' || i, 'two' || i FROM generate_series(1, $1::int) i`, [total]);
  await db.query(
    `INSERT INTO attempts (id, callback_id, channel, started_at, answered_at)
     SELECT 'tat' || i, 'tcb' || i, 'voice', now(), now() FROM generate_series(1, $1::int) i`,
    [total],
  );
  const times = { mid: { on: [] as number[], off: [] as number[] }, end: { on: [] as number[], off: [] as number[] } };
  for (let start = 1, k = 0; start <= n; start += block, k++) {
    const on = k % 2 === 1;
    const warmUp = k < 2;
    await setFactTriggers(db, on);
    for (let i = start; i < Math.min(start + block, n + 1); i++) {
      const callbackId = `tcb${i}`;
      const attemptId = `tat${i}`;
      let t = performance.now();
      await recordTurn(store, {
        callbackId, attemptId, providerEventId: `tev${i}-1`, expectedVersion: 0, session: { turn: 1 },
        effects: [
          { type: 'record_answer', stepId: 'overall', raw: '满意', via: 'speech', value: 'satisfied', confidence: 0.9 },
          { type: 'set_score', stepId: 'overall', scale: 'csat3', raw: 'satisfied', level: 'satisfied' },
        ],
      });
      const mid = performance.now() - t;
      t = performance.now();
      await recordTurn(store, {
        callbackId, attemptId, providerEventId: `tev${i}-2`, expectedVersion: 1, session: { turn: 2 },
        effects: [
          { type: 'record_answer', stepId: 'reason', raw: '没有', via: 'speech', value: '没有', confidence: 0.9 },
          { type: 'end', outcome: 'completed', stepId: 'bye' },
        ],
      });
      const end = performance.now() - t;
      if (warmUp) continue;
      times.mid[on ? 'on' : 'off'].push(mid);
      times.end[on ? 'on' : 'off'].push(end);
    }
  }
  await setFactTriggers(db, true);
  const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM report_callback_facts WHERE campaign = 'repair-turns'`);
  log(`  turns: ${rows[0]?.n ?? 0} fact rows written by the triggers`);

  // Trigger time inside the statements (EXPLAIN ANALYZE runs them for real).
  const triggerMs = async (tx: Db, sql: string, params: unknown[]): Promise<number> => {
    const { rows: plan } = await tx.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
    const raw = plan[0]?.['QUERY PLAN'];
    const doc = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { Triggers?: { 'Trigger Name': string; Time: number }[] }[];
    return (doc[0]?.Triggers ?? []).filter((x) => x['Trigger Name'].startsWith('report_facts_')).reduce((a, x) => a + x.Time, 0);
  };
  const inside = { mid: [] as number[], end: [] as number[] };
  for (let i = n + 1; i <= total; i++) {
    const [cb, at] = [`tcb${i}`, `tat${i}`];
    inside.mid.push(
      await db.transaction(async (tx) =>
        (await triggerMs(tx, `INSERT INTO answers (callback_id, attempt_id, step_id, raw, via, value) VALUES ($1, $2, 'overall', '满意', 'speech', '"satisfied"')`, [cb, at])) +
        (await triggerMs(tx, `INSERT INTO scores (callback_id, step_id, scale, raw, level) VALUES ($1, 'overall', 'csat3', 'satisfied', 'satisfied')`, [cb])),
      ),
    );
    inside.end.push(
      await db.transaction(async (tx) =>
        (await triggerMs(tx, `INSERT INTO answers (callback_id, attempt_id, step_id, raw, via, value) VALUES ($1, $2, 'reason', '没有', 'speech', '"没有"')`, [cb, at])) +
        (await triggerMs(tx, `UPDATE callbacks SET status = 'completed', outcome = 'completed', completed_at = now(), updated_at = now() WHERE id = $1`, [cb])) +
        (await triggerMs(tx, `UPDATE attempts SET ended_at = now(), outcome = 'answered' WHERE id = $1`, [at])),
      ),
    );
  }
  const out: TurnRow[] = [
    { backend, turn: 'mid-call (answer + score)', offMs: median(times.mid.off), onMs: median(times.mid.on), n: times.mid.on.length, insideMs: median(inside.mid.slice(1)) },
    { backend, turn: 'last (reason answer + end: fact row written)', offMs: median(times.end.off), onMs: median(times.end.on), n: times.end.on.length, insideMs: median(inside.end.slice(1)) },
  ];
  for (const r of out) log(`  ${r.turn}: ${r.offMs.toFixed(2)} ms without triggers, ${r.onMs.toFixed(2)} ms with (median of ${r.n}); triggers inside the statements ${r.insideMs.toFixed(3)} ms`);
  return out;
}

export async function benchPostgres(url: string, answers: number, runs: number, turns: number, log: (s: string) => void): Promise<{ rows: BenchRow[]; turns: TurnRow[] }> {
  const schema = `hf_report_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  log(`server Postgres, schema ${schema}`);
  const store = await openStore({ databaseUrl: url, pgOptions: `-c search_path=${schema}` });
  try {
    return await measure('server Postgres', store, answers, runs, turns, log);
  } finally {
    await store.close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

export async function benchPglite(answers: number, runs: number, turns: number, log: (s: string) => void): Promise<{ rows: BenchRow[]; turns: TurnRow[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'hf-report-bench-'));
  log(`PGlite, data folder ${dir}`);
  const store = await openStore({ dataDir: dir });
  try {
    return await measure('PGlite (data folder)', store, answers, runs, turns, log);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const ms = (x: number): string => `${x.toLocaleString('en', { maximumFractionDigits: x < 10 ? 1 : 0 })} ms`;
const sec = (x: number): string => `${x.toFixed(0)} s`;

/** The "## Reports" section of docs/benchmarks.md. */
export function reportsSection(rows: BenchRow[], turns: TurnRow[], meta: { runs: number; load: string }): string {
  const pgMonth = rows.find((r) => r.backend === 'server Postgres' && r.query.startsWith('month') && !r.query.includes(' by '));
  const target = pgMonth
    ? pgMonth.medianMs < 1000
      ? `**Target met: a month over ${pgMonth.answers.toLocaleString('en')} answers (${pgMonth.finished.toLocaleString('en')} finished callbacks) in ${ms(pgMonth.medianMs)} on server Postgres** (under 1 s; ${ms(pgMonth.liveMs)} with the per-callback look-ups of before, on the same data in the same run).`
      : `**Target not met: a month over ${pgMonth.answers.toLocaleString('en')} answers took ${ms(pgMonth.medianMs)} on server Postgres** (1 s wanted).`
    : 'Server Postgres was not measured in this run.';
  return [
    '## Reports',
    '',
    `Measured with \`node --import tsx scripts/bench-reports.ts ${process.argv.slice(2).join(' ')}\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? '?'}), a shared machine (load average ${meta.load}); ${meta.runs} runs each.`,
    '`scripts/bench-reports.ts` generates a year (2024) of work orders, callbacks (10 answers each), attempts, one overall score per answered',
    'callback and escalations with `generate_series` in a private schema (`hf_report_bench_*`, dropped afterwards) or PGlite data folder.',
    'The fact triggers are disabled during this bulk load; then `report_rebuild_facts()` — the backfill migration 060 runs — computes the',
    'fact tables from their views ("facts backfill"), the triggers are enabled again and `VACUUM ANALYZE` runs (as autovacuum would).',
    '`buildReport` is timed end to end (4 statements in one transaction, JIT off, result to JS figures). "Month" is March 2024, one tenant,',
    'Asia/Shanghai. Reason answers are distinct texts (a number appended), so classifying them costs what free text costs.',
    '"Live" is one run of the same report with `source: \'live\'`: the facts computed on the fly from the base tables by the',
    'per-callback look-ups reports made before migration 060 (the views hold that SQL); every report read from the fact tables was',
    'checked to be equal to it.',
    '',
    target,
    '',
    '| backend | answers | callbacks | generate | facts backfill | report | callbacks in period | median | min | max | live (before) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.backend} | ${r.answers.toLocaleString('en')} | ${r.callbacks.toLocaleString('en')} | ${sec(r.generateS)} | ${sec(r.backfillS)} | ${r.query} | ${r.finished.toLocaleString('en')} | ${ms(r.medianMs)} | ${ms(r.minMs)} | ${ms(r.maxMs)} | ${ms(r.liveMs)} |`,
    ),
    '',
    'How: one row per finished callback (`report_callback_facts`) and one per work order due (`report_order_facts`) hold what the',
    'per-callback look-ups computed (overall score, reached, dissatisfied, complaint, reason texts, called in time, the work order\'s',
    'dimensions), kept by triggers (docs/architecture.md, Reports). A month is then a range scan of a covering index on',
    '`(tenant_id, completed_at)` and a GROUP BY; the time-zone work (local days, same-day timeliness) stays in the query. Escalations',
    'are still read from their table (a few thousand a month, through `escalations (created_at)`).',
    '',
    'The triggers\' cost on a call, on the same data: `recordTurn` for fresh callbacks, in blocks alternating between the fact',
    'triggers disabled and enabled (median per turn, after a warm-up block of each; on a shared machine the difference is within',
    'the noise), and the time Postgres itself reports for the `report_facts_*` triggers inside the statements of such turns',
    '(`EXPLAIN ANALYZE` of the answer, score, callback and attempt writes; median). A turn in the middle of a call reaches one',
    'trigger function (the score\'s), which finds the callback unfinished and returns; answers to other steps than the reason do',
    'not call a function. The last turn computes and writes the callback\'s fact row and its order\'s.',
    '',
    '| backend | turn | triggers disabled | triggers enabled | difference | inside the statements | turns each |',
    '|---|---|---|---|---|---|---|',
    ...turns.map(
      (t) =>
        `| ${t.backend} | ${t.turn} | ${t.offMs.toFixed(2)} ms | ${t.onMs.toFixed(2)} ms | ${(t.onMs - t.offMs >= 0 ? '+' : '') + (t.onMs - t.offMs).toFixed(2)} ms | ${t.insideMs.toFixed(3)} ms | ${t.n} |`,
    ),
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const log = (s: string): void => console.error(s);
  const backend = arg('backend') ?? 'both';
  const runs = Number(arg('runs') ?? 5);
  const turns = Number(arg('turns') ?? 400);
  const url = process.env.DATABASE_URL ?? process.env.DATABASE_URL_TEST;
  const loads: number[] = [loadavg()[0] as number];
  const timer = setInterval(() => loads.push(loadavg()[0] as number), 10_000);
  const rows: BenchRow[] = [];
  const turnRows: TurnRow[] = [];
  try {
    if (backend !== 'pglite') {
      if (!url) throw new Error('set DATABASE_URL for server Postgres');
      const r = await benchPostgres(url, Number(arg('answers') ?? 10_000_000), runs, turns, log);
      rows.push(...r.rows);
      turnRows.push(...r.turns);
    }
    if (backend !== 'postgres') {
      const r = await benchPglite(Number(arg('pglite-answers') ?? 1_000_000), runs, turns, log);
      rows.push(...r.rows);
      turnRows.push(...r.turns);
    }
  } finally {
    clearInterval(timer);
  }
  const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
  const section = reportsSection(rows, turnRows, { runs, load });
  console.log(section);
  if (rows.some((r) => !r.same)) throw new Error('a report from the fact tables differs from the live views: not written');
  if (process.argv.includes('--write')) replaceSection('## Reports', section);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
