// Library comparison for docs/nlu.md (not part of the test run; the libraries are not project
// dependencies). Usage:
//   mkdir /tmp/libcmp && cd /tmp/libcmp && npm init -y && npm i @microsoft/recognizers-text-number@1.3.1 \
//     @microsoft/recognizers-text-date-time@1.3.2 chrono-node@2.10.3
//   TZ=Asia/Shanghai LIBCMP_DIR=/tmp/libcmp node --import tsx test/nlu/tools/compare-libs.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parseChineseNumber } from '../../../src/nlu/numerals.ts';
import { interpret } from '../../../src/nlu/index.ts';

const dir = process.env.LIBCMP_DIR ?? '/tmp/libcmp';
const require = createRequire(dir + '/');
const Num = require('@microsoft/recognizers-text-number');
const DT = require('@microsoft/recognizers-text-date-time');
const chrono = require('chrono-node');

const timeit = (f, inputs, reps = 20) => {
  for (const x of inputs) f(x);
  const ts = [];
  for (const x of inputs) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) f(x);
    ts.push(((performance.now() - t0) * 1000) / reps);
  }
  ts.sort((a, b) => a - b);
  return { p50: ts[Math.floor(ts.length / 2)], p99: ts[Math.min(ts.length - 1, Math.floor(ts.length * 0.99))] };
};

// 1. Numerals: whole-string readings of zh-numerals.tsv.
const rows = readFileSync('/work/shared/testdata/zh-numerals.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const close = (a, b) => a !== null && a !== undefined && Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-12);
const msNumber = (s) => {
  const r = Num.recognizeNumber(s, Num.Culture.Chinese);
  if (r.length !== 1) return null;
  return Number(r[0].resolution.value);
};
for (const [name, f] of [['huifang rules', parseChineseNumber], ['recognizers-text-number', msNumber]]) {
  let all = 0, inR = 0, nR = 0;
  for (const [i, e] of rows) {
    const ok = close(f(i), Number(e));
    const r = Number(e) >= 0 && Number(e) <= 100;
    if (r) nR++;
    if (ok) { all++; if (r) inR++; }
  }
  const t = timeit(f, rows.map((r) => r[0]));
  console.log(`numerals ${name}: 0..100 ${inR}/${nR}, all ${all}/${rows.length}, p50 ${t.p50.toFixed(1)}us p99 ${t.p99.toFixed(1)}us`);
}

// 2. Callback times: the zh time rows of the eval set, same now, same calling-hours rule.
const NOW = '2026-11-18T10:30:00+08:00';
const ref = new Date(NOW);
const evalRows = readFileSync(new URL('../eval-set.tsv', import.meta.url), 'utf8').split('\n')
  .filter((l) => l.startsWith('zh-CN\ttime\t')).map((l) => l.split('\t')).filter((r) => r[5]);
// Shanghai wall clock helpers (UTC+8, no DST).
const wall = (d) => new Date(d.getTime() + 8 * 3600e3);
const iso = (w) => w.toISOString().slice(0, 16) + ':00+08:00';
const clampHours = (w) => {
  const m = w.getUTCHours() * 60 + w.getUTCMinutes();
  if (m >= 540 && m < 1260) return w;
  const d = new Date(Date.UTC(w.getUTCFullYear(), w.getUTCMonth(), w.getUTCDate() + (m >= 1260 ? 1 : 0), 9));
  return d;
};
const chronoAt = (text) => {
  const d = chrono.zh.parseDate(text, ref, { forwardDate: true });
  return d ? iso(clampHours(wall(d))) : null;
};
const msAt = (text) => {
  const r = DT.recognizeDateTime(text, DT.Culture.Chinese, undefined, new Date(ref.getTime()));
  const v = r[0]?.resolution?.values?.at(-1);
  if (!v) return null;
  const s = v.value ?? v.start;
  if (!s) return null;
  let w;
  if (v.type === 'time' || v.type === 'timerange') w = new Date(`2026-11-18T${s}Z`);
  else if (v.type === 'date' || v.type === 'daterange') w = new Date(`${s}T10:00:00Z`);
  else w = new Date(s.replace(' ', 'T') + 'Z');
  if (Number.isNaN(w.getTime())) return null;
  const nowW = wall(ref);
  if (w < nowW) w = new Date(w.getTime() + 86400e3);
  return iso(clampHours(w));
};
const ours = (text) => interpret(text, { kind: 'time' }, { locale: 'zh-CN', now: NOW }).at;
for (const [name, f] of [['huifang rules', ours], ['chrono-node zh', chronoAt], ['recognizers-text-date-time', msAt]]) {
  let ok = 0;
  const miss = [];
  for (const r of evalRows) {
    let got = null;
    try { got = f(r[2]); } catch { got = 'error'; }
    if (got === r[5]) ok++;
    else miss.push(`${r[2]}->${got}`);
  }
  const t = timeit((x) => { try { f(x); } catch { /* counted above */ } }, evalRows.map((r) => r[2]));
  console.log(`times ${name}: ${ok}/${evalRows.length}, p50 ${t.p50.toFixed(1)}us p99 ${t.p99.toFixed(1)}us; misses e.g. ${miss.slice(0, 6).join(', ')}`);
}
