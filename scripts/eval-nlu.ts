/**
 * `npm run eval:nlu`: evaluate the answer interpreter (src/nlu).
 *
 * - test/nlu/eval-set.tsv: accuracy per kind, dissatisfied recall, false-escalation rate,
 *   intent accuracy, p50/p99 interpretation time;
 * - /work/shared/testdata/zh-numerals.tsv: numeral pass rate (rows in 0..100 must all pass);
 * - /work/shared/testdata/zh-itn-phrases.tsv: the time rows (clock times and durations).
 *
 * Prints the figures and writes them into the "## NLU" section of docs/benchmarks.md.
 * The functions are exported for test/nlu/eval.test.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { interpret, parseKind } from '../src/nlu/index.js';
import { parseChineseNumber } from '../src/nlu/numerals.js';
import { normalizeZh } from '../src/nlu/normalize.js';
import { findClockTimesZh, findDurationsZh } from '../src/nlu/time.js';
import type { InterpretContext, Interpretation, Locale } from '../src/nlu/types.js';
import { sharedTestdata } from '../test/support/testdata.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_SET = join(ROOT, 'test/nlu/eval-set.tsv');
export const NUMERALS_TSV = sharedTestdata('zh-numerals.tsv');
export const ITN_TSV = sharedTestdata('zh-itn-phrases.tsv');
/** The eval set's clock: a Wednesday morning in Shanghai. */
export const EVAL_NOW = '2026-11-18T10:30:00+08:00';

export interface EvalRow {
  line: number;
  locale: Locale;
  kind: string;
  text: string;
  value: unknown;
  intent: string | null;
  at: string | null;
}

function parseValue(s: string): unknown {
  if (s === 'true') return true;
  if (s === 'false') return false;
  if (s === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return s;
}

/** Load the labelled evaluation set. */
export function loadEvalSet(path = EVAL_SET): EvalRow[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const rows: EvalRow[] = [];
  lines.forEach((l, i) => {
    if (!l.trim() || l.startsWith('#') || l.startsWith('locale\t')) return;
    const [locale, kind, text, value, intent, at] = l.split('\t');
    if (locale === undefined || kind === undefined || text === undefined || value === undefined) throw new Error(`eval-set line ${i + 1}: too few columns`);
    rows.push({ line: i + 1, locale: locale as Locale, kind, text, value: parseValue(value), intent: intent ? intent : null, at: at ? at : null });
  });
  return rows;
}

export interface RowResult {
  row: EvalRow;
  got: Interpretation;
  valueOk: boolean;
  intentOk: boolean;
  micros: number;
}

/** Run the interpreter on every row. */
export function runEvalSet(rows: EvalRow[], repeat = 1): RowResult[] {
  const out: RowResult[] = [];
  for (const row of rows) {
    const expect = parseKind(row.kind);
    const ctx: InterpretContext = { locale: row.locale, now: EVAL_NOW, timeZone: 'Asia/Shanghai' };
    let got = interpret(row.text, expect, ctx);
    let best = Infinity;
    const times: number[] = [];
    for (let i = 0; i < repeat; i++) {
      const t0 = performance.now();
      got = interpret(row.text, expect, ctx);
      times.push((performance.now() - t0) * 1000);
    }
    times.sort((a, b) => a - b);
    best = times[Math.floor(times.length / 2)] ?? 0;
    const valueOk = (expect.kind === 'time' ? true : JSON.stringify(got.value) === JSON.stringify(row.value)) && (got.at ?? null) === row.at;
    out.push({ row, got, valueOk, intentOk: (got.intent ?? null) === row.intent, micros: best });
  }
  return out;
}

export interface EvalFigures {
  rows: number;
  accuracy: number;
  perKind: Record<string, { n: number; accuracy: number }>;
  perLocale: Record<string, { n: number; accuracy: number }>;
  dissatisfiedRecall: number;
  dissatisfiedN: number;
  falseEscalation: number;
  falseEscalationConfident: number;
  nonDissatisfiedN: number;
  intentAccuracy: number;
  intentRows: number;
  intentRecall: number;
  p50us: number;
  p99us: number;
  lowConfidenceShare: number;
  failures: RowResult[];
}

function pct(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Compute the figures from the row results. */
export function figures(results: RowResult[], timings: number[]): EvalFigures {
  const perKind: EvalFigures['perKind'] = {};
  const perLocale: EvalFigures['perLocale'] = {};
  for (const r of results) {
    const k = r.row.kind.split(':')[0]!;
    for (const [table, key] of [[perKind, k], [perLocale, r.row.locale]] as const) {
      const e = (table[key] ??= { n: 0, accuracy: 0 });
      e.n++;
      e.accuracy += r.valueOk ? 1 : 0;
    }
  }
  for (const t of [perKind, perLocale]) for (const e of Object.values(t)) e.accuracy = e.accuracy / e.n;
  const csat = results.filter((r) => r.row.kind === 'csat3');
  const dis = csat.filter((r) => r.row.value === 'dissatisfied');
  const nonDis = csat.filter((r) => r.row.value !== 'dissatisfied' && r.row.value !== null);
  const falseEsc = nonDis.filter((r) => r.got.value === 'dissatisfied');
  const intentRows = results.filter((r) => r.row.intent !== null);
  const sorted = [...timings].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
  return {
    rows: results.length,
    accuracy: pct(results.filter((r) => r.valueOk).length, results.length),
    perKind,
    perLocale,
    dissatisfiedRecall: pct(dis.filter((r) => r.got.value === 'dissatisfied').length, dis.length),
    dissatisfiedN: dis.length,
    falseEscalation: pct(falseEsc.length, nonDis.length),
    falseEscalationConfident: pct(falseEsc.filter((r) => r.got.confidence >= 0.6).length, nonDis.length),
    nonDissatisfiedN: nonDis.length,
    intentAccuracy: pct(results.filter((r) => r.intentOk).length, results.length),
    intentRows: intentRows.length,
    intentRecall: pct(intentRows.filter((r) => r.intentOk).length, intentRows.length),
    p50us: q(0.5),
    p99us: q(0.99),
    lowConfidenceShare: pct(results.filter((r) => r.got.confidence < 0.6).length, results.length),
    failures: results.filter((r) => !r.valueOk || !r.intentOk),
  };
}

// --- Peer test data ---------------------------------------------------------------------------

export interface NumeralFigures {
  total: number;
  passed: number;
  inRange: number;
  inRangePassed: number;
  failures: { input: string; expected: string; got: number | null; source: string }[];
}

/** Parse every row of zh-numerals.tsv. */
export function evalNumerals(path = NUMERALS_TSV): NumeralFigures {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const f: NumeralFigures = { total: 0, passed: 0, inRange: 0, inRangePassed: 0, failures: [] };
  for (const [input, expected, source] of rows) {
    if (input === undefined || expected === undefined) continue;
    const exp = Number(expected);
    const got = parseChineseNumber(input);
    const ok = got !== null && Math.abs(got - exp) <= Math.max(1e-9, Math.abs(exp) * 1e-12);
    const inRange = exp >= 0 && exp <= 100;
    f.total++;
    if (inRange) f.inRange++;
    if (ok) {
      f.passed++;
      if (inRange) f.inRangePassed++;
    } else f.failures.push({ input, expected, got, source: source ?? '' });
  }
  return f;
}

interface Clock {
  h: number;
  m: number;
  s: number;
}

/** Read the expected side of a time row: "8:05p.m.", "13:10:36", "5点1刻", "10点", "五分钟" -> "5分钟". */
export function expectedTimes(expected: string): { clocks: Clock[]; durations: number[] } {
  const clocks: Clock[] = [];
  const durations: number[] = [];
  const re = /(\d{1,2}):(\d{2})(?::(\d{2}))?(a\.m\.|p\.m\.)?|(\d{1,2})点(?:(\d)刻|(半))?|(\d+)(分钟|秒钟)/g;
  for (let m = re.exec(expected); m; m = re.exec(expected)) {
    if (m[1] !== undefined) {
      let h = Number(m[1]);
      if (m[4] === 'p.m.' && h < 12) h += 12;
      clocks.push({ h, m: Number(m[2]), s: Number(m[3] ?? 0) });
    } else if (m[5] !== undefined) {
      clocks.push({ h: Number(m[5]), m: m[6] ? 15 * Number(m[6]) : m[7] ? 30 : 0, s: 0 });
    } else if (m[8] !== undefined) {
      durations.push(Number(m[8]) * (m[9] === '分钟' ? 60 : 1));
    }
  }
  return { clocks, durations };
}

export interface TimeRowFigures {
  total: number;
  passed: number;
  failures: { input: string; expected: string; got: string; why: string }[];
}

/** The time rows of zh-itn-phrases.tsv (sources time.txt / test_cases_time.txt). */
export function evalItnTimes(path = ITN_TSV): TimeRowFigures {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const f: TimeRowFigures = { total: 0, passed: 0, failures: [] };
  for (const [input, expected, source] of rows) {
    if (!input || !expected || !/time/.test(source ?? '')) continue;
    f.total++;
    const norm = normalizeZh(input);
    const clocks = findClockTimesZh(norm).map((c) => ({ h: c.hour24, m: c.minute, s: c.second }));
    const durations = findDurationsZh(norm).map((d) => d.seconds);
    const exp = expectedTimes(expected);
    const got = JSON.stringify({ clocks, durations });
    const want = JSON.stringify(exp);
    if (got === want) f.passed++;
    else {
      // 八点五分 -> "8.5分" in the reference is a decimal reading, not a time.
      const why = /\d\.\d分/.test(expected) ? 'reference reads 八点五分 as the decimal 8.5分 (not a time)' : 'mismatch';
      f.failures.push({ input, expected, got, why });
    }
  }
  return f;
}

// --- Report -----------------------------------------------------------------------------------

const p = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Render the "## NLU" section of docs/benchmarks.md. */
export function renderSection(e: EvalFigures, n: NumeralFigures, t: TimeRowFigures, date: string): string {
  const kinds = Object.entries(e.perKind).map(([k, v]) => `| ${k} | ${v.n} | ${p(v.accuracy)} |`).join('\n');
  const locales = Object.entries(e.perLocale).map(([k, v]) => `| ${k} | ${v.n} | ${p(v.accuracy)} |`).join('\n');
  return `## NLU

Answer understanding (src/nlu), measured by \`npm run eval:nlu\` on ${date} (Node ${process.version}).
Evaluation set: test/nlu/eval-set.tsv, ${e.rows} labelled utterances (now = ${EVAL_NOW}).

| figure | value | target |
|---|---|---|
| accuracy (value, and \`at\` for times) | ${p(e.accuracy)} | >= 97% |
| dissatisfied recall (csat3) | ${p(e.dissatisfiedRecall)} (${e.dissatisfiedN} rows) | >= 99% |
| false escalation (satisfied/neutral read as dissatisfied) | ${p(e.falseEscalation)} (${p(e.falseEscalationConfident)} with confidence >= 0.6; ${e.nonDissatisfiedN} rows) | low |
| intent accuracy (all rows) | ${p(e.intentAccuracy)} (recall on the ${e.intentRows} intent rows: ${p(e.intentRecall)}) | |
| interpretation time p50 / p99 | ${e.p50us.toFixed(1)} µs / ${e.p99us.toFixed(1)} µs | p99 < 1 ms |
| answers below confidence 0.6 (engine confirms) | ${p(e.lowConfidenceShare)} | |
| zh-numerals.tsv, rows in 0..100 | ${n.inRangePassed}/${n.inRange} (${p(pct(n.inRangePassed, n.inRange))}) | 100% |
| zh-numerals.tsv, all rows | ${n.passed}/${n.total} (${p(pct(n.passed, n.total))}) | |
| zh-itn-phrases.tsv, time rows | ${t.passed}/${t.total} (${p(pct(t.passed, t.total))}) | |

| kind | rows | accuracy |
|---|---|---|
${kinds}

| locale | rows | accuracy |
|---|---|---|
${locales}
${n.failures.length ? `\nNumeral rows not passed: ${n.failures.map((f) => `${f.input} (expected ${f.expected}, got ${f.got}; ${f.source})`).join('; ')}.\n` : ''}${t.failures.length ? `\nTime rows not passed: ${t.failures.map((f) => `${f.input.length > 20 ? f.input.slice(0, 20) + '…' : f.input} (${f.why})`).join('; ')}.\n` : ''}`;
}

/** Replace (or append) the "## NLU" section of a markdown file, leaving the rest untouched. */
export function writeSection(path: string, section: string): void {
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = doc.search(/^## NLU\s*$/m);
  if (start >= 0) {
    const rest = doc.slice(start + 6);
    const next = rest.search(/^## /m);
    const end = next >= 0 ? start + 6 + next : doc.length;
    doc = doc.slice(0, start) + section.trimEnd() + '\n' + (next >= 0 ? '\n' + doc.slice(end) : '');
  } else {
    doc = doc.trimEnd() + '\n\n' + section.trimEnd() + '\n';
  }
  writeFileSync(path, doc);
}

function main(): void {
  const rows = loadEvalSet();
  // Warm up, then time each row (median of 50 runs per row); p50/p99 over rows.
  runEvalSet(rows, 3);
  const results = runEvalSet(rows, 50);
  const e = figures(results, results.map((r) => r.micros));
  const n = evalNumerals();
  const t = evalItnTimes();
  const out: string[] = [];
  out.push(`rows ${e.rows}  accuracy ${p(e.accuracy)}`);
  for (const [k, v] of Object.entries(e.perKind)) out.push(`  ${k.padEnd(7)} ${String(v.n).padStart(4)}  ${p(v.accuracy)}`);
  for (const [k, v] of Object.entries(e.perLocale)) out.push(`  ${k.padEnd(7)} ${String(v.n).padStart(4)}  ${p(v.accuracy)}`);
  out.push(`dissatisfied recall ${p(e.dissatisfiedRecall)} (${e.dissatisfiedN})`);
  out.push(`false escalation ${p(e.falseEscalation)} (confident ${p(e.falseEscalationConfident)}, of ${e.nonDissatisfiedN})`);
  out.push(`intent accuracy ${p(e.intentAccuracy)}  intent recall ${p(e.intentRecall)} (${e.intentRows})`);
  out.push(`time p50 ${e.p50us.toFixed(1)} µs  p99 ${e.p99us.toFixed(1)} µs`);
  out.push(`numerals 0..100 ${n.inRangePassed}/${n.inRange}  all ${n.passed}/${n.total}`);
  for (const f of n.failures) out.push(`  numeral ${f.input} expected ${f.expected} got ${f.got} (${f.source})`);
  out.push(`itn time rows ${t.passed}/${t.total}`);
  for (const f of t.failures) out.push(`  time ${f.input} expected ${f.expected} got ${f.got} (${f.why})`);
  if (e.failures.length) out.push('failures:');
  for (const f of e.failures) {
    out.push(`  L${f.row.line} ${f.row.locale} ${f.row.kind} "${f.row.text}" want ${JSON.stringify(f.row.value)}/${f.row.intent}/${f.row.at} got ${JSON.stringify(f.got.value)}/${f.got.intent}/${f.got.at} c=${f.got.confidence}`);
  }
  console.log(out.join('\n'));
  const date = new Date().toISOString().slice(0, 10);
  writeSection(join(ROOT, 'docs/benchmarks.md'), renderSection(e, n, t, date));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
