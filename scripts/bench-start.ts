/**
 * `npm run bench -- start`: how fast the `huifang` command starts (targets: `--help` under
 * 0.5 s, `serve` answering /healthz under 1.5 s). Each measure spawns `node bin/huifang.js`
 * as an operator would, with a fresh build in place (`ensureBuilt` first), and reports the
 * median and the fastest of `--runs` runs (default 7):
 *
 * - `--help` and `--version`: until the process exits;
 * - `serve`: until `GET /healthz` answers 200, on the embedded store (a PGlite folder created
 *   and migrated once beforehand, as after `npm run demo`) and, with DATABASE_URL, on server
 *   Postgres.
 *
 * `--write` puts the figures into docs/benchmarks.md; without it they are only printed.
 * Run it on a quiet machine: other processes on the CPUs slow every figure down.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { replaceSection } from './bench-doc.js';
import { ensureBuilt } from './build.js';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'huifang.js');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const min = (xs: number[]) => Math.min(...xs);

function timeExit(args: string[], env: NodeJS.ProcessEnv): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`huifang ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function timeServe(env: NodeJS.ProcessEnv): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', String(port)], { env: { ...env, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`serve exited (${child.exitCode}): ${stderr}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) return performance.now() - t0;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 10));
      if (performance.now() - t0 > 60_000) throw new Error('serve did not answer /healthz within 60 s');
    }
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

interface Row {
  what: string;
  medianMs: number;
  minMs: number;
  targetMs: number;
}

export async function main(): Promise<void> {
  const runs = Math.max(1, Number(arg('runs', '7')));
  const state = await ensureBuilt(ROOT);
  if (!state.ok) throw new Error(`no build: ${state.reason}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'huifang-bench-start-'));
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, HUIFANG_DATA_DIR: dataDir };
  try {
    // The embedded database is created once (the first start of PGlite takes seconds).
    const m = spawnSync(process.execPath, [BIN, 'migrate'], { env: base, encoding: 'utf8' });
    if (m.status !== 0) throw new Error(`migrate failed: ${m.stderr}`);
    const rows: Row[] = [];
    const measure = async (what: string, targetMs: number, once: () => number | Promise<number>) => {
      await once(); // warm the file cache
      const xs: number[] = [];
      for (let i = 0; i < runs; i++) xs.push(await once());
      rows.push({ what, medianMs: Math.round(median(xs)), minMs: Math.round(min(xs)), targetMs });
      console.log(`${what.padEnd(40)} median ${Math.round(median(xs))} ms, fastest ${Math.round(min(xs))} ms (target < ${targetMs} ms)`);
    };
    await measure('huifang --help', 500, () => timeExit(['--help'], base));
    await measure('huifang --version', 500, () => timeExit(['--version'], base));
    await measure('huifang serve → /healthz (PGlite)', 1500, () => timeServe(base));
    if (process.env.DATABASE_URL) await measure('huifang serve → /healthz (server Postgres)', 1500, () => timeServe({ ...base, DATABASE_URL: process.env.DATABASE_URL }));

    if (process.argv.includes('--write')) {
      const lines = [
        '## Start-up',
        '',
        `\`npm run bench -- start\` (scripts/bench-start.ts), ${runs} runs each after one warm-up, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.`,
        'Wall time from spawning `node bin/huifang.js` to its exit (`--help`, `--version`) or to the first 200 from `GET /healthz` (`serve`; PGlite folder created beforehand).',
        '',
        '| command | median | fastest | target |',
        '|---|---|---|---|',
        ...rows.map((r) => `| ${r.what} | ${r.medianMs} ms | ${r.minMs} ms | < ${r.targetMs} ms |`),
        '',
      ];
      replaceSection('## Start-up', lines.join('\n'));
      console.log('written to docs/benchmarks.md');
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
