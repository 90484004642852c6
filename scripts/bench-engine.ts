/**
 * Engine benchmark: turns per second on one core, with the session saved to JSON and
 * restored on every turn (as a server does), and bytes per persisted session, per dialog.
 *
 *   node --import tsx scripts/bench-engine.ts [--seconds S] [--write]
 *
 * `--write` replaces the "## Engine" section of docs/benchmarks.md.
 */
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { inputFromLine } from '../src/engine/conversation.js';
import { step, type Session } from '../src/engine/engine.js';
import { exactInterpreter } from '../src/engine/exact-interpreter.js';
import { loadRegistry } from '../src/engine/registry.js';
import type { Input } from '../src/engine/types.js';
import { interpret } from '../src/nlu/index.js';
import type { Interpreter } from '../src/nlu/types.js';
import { replaceSection } from './bench-doc.js';

export interface EngineFigure {
  dialog: string;
  interpreter: string;
  turns: number;
  turnsPerSec: number;
  sessionBytesMax: number;
  sessionBytesAvg: number;
}

const ROOT = join(import.meta.dirname, '..');

/** The golden transcript cases, as inputs per dialog. */
function casesByDialog(): Map<string, Input[][]> {
  const cases = parse(readFileSync(join(ROOT, 'test/transcripts/cases.yaml'), 'utf8')) as { now: string; dialogs: Record<string, Record<string, string[]>> };
  const out = new Map<string, Input[][]>();
  for (const [id, byCase] of Object.entries(cases.dialogs)) {
    out.set(id, Object.values(byCase).map((lines) => [...lines.map((l) => inputFromLine(l, cases.now)), { type: 'hang_up' as const }]));
  }
  return out;
}

function runOnce(dialogId: string, inputs: Input[], interpreter: Interpreter, sizes: number[]): number {
  const d = loadRegistry().get(dialogId, 'zh-CN');
  let r = step(d, null, { type: 'start', variables: { customerName: '张先生' }, now: '2026-11-23T10:00:00+08:00' }, { interpret: interpreter });
  let stored = JSON.stringify(r.session);
  let turns = 1;
  for (const input of inputs) {
    if (r.session.done || r.session.state === '__hung_up') break;
    r = step(d, JSON.parse(stored) as Session, input, { interpret: interpreter });
    stored = JSON.stringify(r.session);
    sizes.push(Buffer.byteLength(stored));
    turns++;
  }
  return turns;
}

export function benchEngine(opts: { seconds?: number; log?: (s: string) => void } = {}): EngineFigure[] {
  const seconds = opts.seconds ?? 2;
  const log = opts.log ?? (() => undefined);
  const figures: EngineFigure[] = [];
  for (const [dialogId, cases] of casesByDialog()) {
    for (const [name, interpreter] of [['exact words', exactInterpreter], ['src/nlu', interpret]] as const) {
      const sizes: number[] = [];
      for (let i = 0; i < 200; i++) runOnce(dialogId, cases[i % cases.length]!, interpreter, []); // warm-up
      // "Per core" is per CPU second: each slice's rate is its turns over the CPU time this
      // process used (user + system, so GC threads count against us too), and the figure is
      // the median of five slices, so other processes on a shared machine do not set it.
      let turns = 0;
      let i = 0;
      const rates: number[] = [];
      for (let slice = 0; slice < 5; slice++) {
        let n = 0;
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        while (performance.now() - t0 < (seconds * 1000) / 5) n += runOnce(dialogId, cases[i++ % cases.length]!, interpreter, i < cases.length ? sizes : []);
        const cpu = process.cpuUsage(c0);
        rates.push(n / ((cpu.user + cpu.system) / 1e6));
        turns += n;
      }
      rates.sort((a, b) => a - b);
      const f: EngineFigure = {
        dialog: dialogId,
        interpreter: name,
        turns,
        turnsPerSec: Math.round(rates[2]!),
        sessionBytesMax: Math.max(...sizes),
        sessionBytesAvg: Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length),
      };
      log(`${dialogId} (${name}): ${f.turnsPerSec.toLocaleString('en')} turns/s, session ${f.sessionBytesAvg} B avg, ${f.sessionBytesMax} B max`);
      figures.push(f);
    }
  }
  return figures;
}

export function engineSection(figures: EngineFigure[]): string {
  const rows = figures.map(
    (f) => `| ${f.dialog} | ${f.interpreter} | ${f.turnsPerSec.toLocaleString('en')} | ${f.sessionBytesAvg.toLocaleString('en')} | ${f.sessionBytesMax.toLocaleString('en')} |`,
  );
  return [
    '## Engine',
    '',
    `Measured with \`npm run bench -- engine\` on ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, one core (the step function is synchronous).`,
    'Each turn restores the session from JSON, takes the turn and saves it back to JSON, as a server does; the inputs are the golden transcript cases (test/transcripts/cases.yaml), each a whole call from its start turn to its end. Turns/s is per CPU second of the process (user + system, GC included), the median of five time slices.',
    'Targets: >= 20,000 turns/s on one core; sessions <= 4 KB.',
    '',
    '| dialog | interpreter | turns/s | session bytes (avg) | session bytes (max) |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const si = args.indexOf('--seconds');
  const figures = benchEngine({ seconds: si >= 0 ? Number(args[si + 1]) : 2, log: (s) => console.log(s) });
  if (args.includes('--write')) replaceSection('## Engine', engineSection(figures));
}
