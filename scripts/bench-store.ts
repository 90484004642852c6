/**
 * Store benchmark: insert N answers (batched multi-row inserts, `INSERT … SELECT FROM
 * unnest(arrays)`, 5,000 rows a statement) and read one month's scores, on PGlite (a data
 * folder on disk) and on server Postgres when DATABASE_URL is set (in a scratch schema,
 * dropped afterwards).
 *
 *   node --import tsx scripts/bench-store.ts [--answers N] [--write]
 *
 * `--write` replaces the "## Store" section of docs/benchmarks.md with the figures.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/index.js';

export interface BenchStoreOptions {
  /** Answers to insert (default 1,000,000). */
  answers?: number;
  /** Answers per callback (default 10): callbacks = answers / this. */
  answersPerCallback?: number;
  /** Rows per INSERT statement (default 5,000). */
  batch?: number;
  /** Server Postgres URL; PGlite only when absent. */
  databaseUrl?: string | undefined;
  log?: (line: string) => void;
}

export interface BenchFigures {
  backend: string;
  answers: number;
  callbacks: number;
  setupMs: number;
  insertMs: number;
  answersPerSec: number;
  monthScores: number;
  monthReadMs: number;
  monthAggregateMs: number;
}

const YEAR_START = Date.UTC(2024, 0, 1);
const YEAR_MS = 366 * 24 * 3600_000;
const VIA = ['speech', 'dtmf', 'text'];
const LEVELS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'];

async function runOn(backend: string, store: Store, o: Required<Omit<BenchStoreOptions, 'databaseUrl' | 'log'>>): Promise<BenchFigures> {
  const db = store.db;
  const callbacks = Math.max(1, Math.floor(o.answers / o.answersPerCallback));
  const t0 = performance.now();
  await store.tenants.upsert({ id: 'bench', name: 'Bench' });
  // Work orders, callbacks and one overall score per callback, spread over 2024.
  for (let start = 0; start < callbacks; start += o.batch) {
    const n = Math.min(o.batch, callbacks - start);
    const ids = Array.from({ length: n }, (_, i) => `cb${start + i}`);
    const wos = Array.from({ length: n }, (_, i) => `wo${start + i}`);
    const at = Array.from({ length: n }, (_, i) => new Date(YEAR_START + (((start + i) * 7919) % callbacks) * (YEAR_MS / callbacks)).toISOString());
    await db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO work_orders (id, tenant_id, external_id, kind, created_at) SELECT w, 'bench', w, 'repair', now() FROM unnest($1::text[]) AS w`,
        [wos],
      );
      await tx.query(
        `INSERT INTO callbacks (id, tenant_id, work_order_id, dialog_id, dialog_version, campaign, status, completed_at)
         SELECT c, 'bench', w, 'repair-csat', 1, 'bench', 'completed', a FROM unnest($1::text[], $2::text[], $3::timestamptz[]) AS u(c, w, a)`,
        [ids, wos, at],
      );
      await tx.query(
        `INSERT INTO scores (callback_id, step_id, scale, raw, level, created_at)
         SELECT c, 'overall', '0-10', r, l, a FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[]) AS u(c, r, l, a)`,
        [ids, ids.map((_, i) => String((start + i) % 11)), ids.map((_, i) => LEVELS[(start + i) % 4] as string), at],
      );
    });
  }
  const setupMs = performance.now() - t0;

  const t1 = performance.now();
  for (let start = 0; start < o.answers; start += o.batch) {
    const n = Math.min(o.batch, o.answers - start);
    const cb: string[] = [], step: string[] = [], raw: string[] = [], via: string[] = [], conf: number[] = [], val: string[] = [], ev: string[] = [], at: string[] = [];
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const c = k % callbacks;
      cb.push(`cb${c}`);
      step.push(`q${Math.floor(k / callbacks)}`);
      raw.push(k % 3 === 0 ? '满意' : '师傅很准时，服务态度好');
      via.push(VIA[k % 3] as string);
      conf.push(0.5 + (k % 50) / 100);
      val.push(JSON.stringify(k % 3 === 0 ? 'satisfied' : true));
      ev.push(`EV${k}`);
      at.push(new Date(YEAR_START + ((c * 7919) % callbacks) * (YEAR_MS / callbacks) + (k % 600) * 1000).toISOString());
    }
    await db.query(
      `INSERT INTO answers (callback_id, step_id, raw, via, confidence, value, provider_event_id, created_at)
       SELECT c, s, r, v, f, j::jsonb, e, a FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::real[], $6::text[], $7::text[], $8::timestamptz[])
         AS u(c, s, r, v, f, j, e, a)
       ON CONFLICT (provider_event_id, step_id) DO NOTHING`,
      [cb, step, raw, via, conf, val, ev, at],
    );
  }
  const insertMs = performance.now() - t1;

  await db.exec('ANALYZE');
  // One month's scores (March 2024, Asia/Shanghai), as a report reads them.
  const monthSql = `FROM scores s JOIN callbacks c ON c.id = s.callback_id
     WHERE c.tenant_id = 'bench' AND s.created_at >= '2024-03-01T00:00:00+08:00' AND s.created_at < '2024-04-01T00:00:00+08:00'`;
  const t2 = performance.now();
  const rows = await db.query(`SELECT s.callback_id, s.step_id, s.scale, s.raw, s.level, s.created_at ${monthSql}`);
  const monthReadMs = performance.now() - t2;
  const t3 = performance.now();
  await db.query(`SELECT s.level, count(*)::int AS n ${monthSql} GROUP BY s.level`);
  const monthAggregateMs = performance.now() - t3;
  const { rows: cnt } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM answers');
  return {
    backend,
    answers: cnt[0]?.n ?? 0,
    callbacks,
    setupMs,
    insertMs,
    answersPerSec: Math.round(((cnt[0]?.n ?? 0) / insertMs) * 1000),
    monthScores: rows.rows.length,
    monthReadMs,
    monthAggregateMs,
  };
}

/** Run the benchmark on PGlite and (when a URL is given) server Postgres; returns the figures. */
export async function benchStore(opts: BenchStoreOptions = {}): Promise<BenchFigures[]> {
  const o = { answers: opts.answers ?? 1_000_000, answersPerCallback: opts.answersPerCallback ?? 10, batch: opts.batch ?? 5_000 };
  const log = opts.log ?? ((l: string) => process.stdout.write(`${l}\n`));
  const out: BenchFigures[] = [];

  const dir = mkdtempSync(join(tmpdir(), 'hf-bench-'));
  try {
    const store = await openStore({ dataDir: dir });
    try {
      const f = await runOn('PGlite (data folder)', store, o);
      log(format(f));
      out.push(f);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  if (opts.databaseUrl) {
    const schema = `hf_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: opts.databaseUrl });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
    try {
      const store = await openStore({ databaseUrl: opts.databaseUrl, pgOptions: `-c search_path=${schema}` });
      try {
        const f = await runOn('server Postgres', store, o);
        log(format(f));
        out.push(f);
      } finally {
        await store.close();
      }
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
  return out;
}

const s = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);

function format(f: BenchFigures): string {
  return `${f.backend}: ${f.answers.toLocaleString('en')} answers in ${s(f.insertMs)} (${f.answersPerSec.toLocaleString('en')}/s); setup ${f.callbacks.toLocaleString('en')} callbacks+scores ${s(f.setupMs)}; one month's scores: ${f.monthScores.toLocaleString('en')} rows read in ${s(f.monthReadMs)}, counted by level in ${s(f.monthAggregateMs)}`;
}

/** Replace (or add) the "## Store" section of docs/benchmarks.md. */
export function writeStoreSection(figures: BenchFigures[], file = 'docs/benchmarks.md'): void {
  const doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const rows = figures.map(
    (f) => `| ${f.backend} | ${f.answers.toLocaleString('en')} | ${s(f.insertMs)} | ${f.answersPerSec.toLocaleString('en')} | ${f.monthScores.toLocaleString('en')} | ${s(f.monthReadMs)} | ${s(f.monthAggregateMs)} |`,
  );
  const section = [
    '## Store',
    '',
    `Measured with \`node --import tsx scripts/bench-store.ts --answers ${figures[0]?.answers ?? 0} --write\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}).`,
    `Answers are inserted 5,000 a statement (\`INSERT … SELECT FROM unnest(arrays)\`, with the idempotency check \`ON CONFLICT (provider_event_id, step_id) DO NOTHING\`), 10 per callback; one overall score per callback, spread over 2024; "one month" is March 2024 in Asia/Shanghai.`,
    '',
    'PGlite runs Postgres single-threaded in WASM in the same process, so it is slower than server Postgres; both are far above what callbacks produce (a few answers per call). The machine is shared: treat the figures as orders of magnitude.',
    '',
    '| backend | answers | insert time | answers/s | month scores | read month rows | count month by level |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  const re = /## Store\n[\s\S]*?(?=\n## |$)/;
  const next = re.test(doc) ? doc.replace(re, section) : `${doc.trimEnd()}\n\n${section}`;
  writeFileSync(file, next.endsWith('\n') ? next : `${next}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const i = args.indexOf('--answers');
  const answers = i >= 0 ? Number(args[i + 1]) : 1_000_000;
  if (!Number.isInteger(answers) || answers < 1) {
    process.stderr.write('error HF_CLI_USAGE: --answers must be a positive integer\n');
    process.exit(1);
  }
  const figures = await benchStore({ answers, databaseUrl: process.env.DATABASE_URL });
  if (args.includes('--write')) writeStoreSection(figures);
}
