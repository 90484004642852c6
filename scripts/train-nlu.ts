/**
 * `npm run train:nlu [-- --exclude dev10,dev9] [--out FILE]`: train the learned reader
 * (src/nlu/learned.ts) on the evaluation corpus's tuning splits and write its model
 * (default models/nlu-learned.json).
 *
 * - Data: every single answer of a csat3 or yes/no step in the tuning splits (its label is the
 *   expected value's first alternative: a level, yes, no, or null for no answer) and every
 *   non-answer of such a step (null); and the csat3 and yes/no rows of the two regression tables
 *   written beside the rules (test/nlu/eval-set.tsv, test/nlu/probes.tsv) whose value they state.
 *   The frozen `test` split is never read.
 * - Model: per kind, softmax regression on character 1–3-grams (learned.ts `features`), n-grams
 *   seen in at least two answers; full-batch gradient descent, 300 steps, L2 1e-5. Deterministic:
 *   the same corpus gives the same file.
 * - Weights under 0.01 in every label are dropped and the rest rounded to 3 decimals (the file
 *   stays about a megabyte; reading is unchanged to the third decimal).
 *
 * Why by hand: the model is a sparse linear map over tens of thousands of n-grams; the npm
 * machine-learning packages (ml-logistic-regression, natural's classifiers) hold dense matrices
 * or train one example at a time in ways that take minutes here. Sixty lines of gradient descent
 * over a sparse matrix train both kinds in seconds (docs/architecture.md).
 *
 * `--exclude` leaves splits out, to measure the method on a split the model never saw
 * (docs/nlu.md, "Round 12").
 */
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { corpusFile, loadAnswers, SPLITS, type AnswerItem, type Split } from './eval-corpus.js';
import { DEFAULT_MODEL_PATH, features, LEARNED_KINDS, type KindModel, type LearnedKind, type LearnedModel } from '../src/nlu/learned.js';
import { parseKind } from '../src/nlu/index.js';
import { EVAL_SET, loadEvalSet } from './eval-nlu.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

const LABELS: Record<LearnedKind, (string | boolean | null)[]> = {
  csat3: [null, 'very_satisfied', 'satisfied', 'neutral', 'dissatisfied'],
  yesno: [null, true, false],
};
const STEPS = 300;
const RATE = 25;
const L2 = 1e-5;
const MIN_COUNT = 2;
const MIN_WEIGHT = 0.01;

/** The label an item teaches, or undefined when it teaches none (not this kind, no value, a value outside the labels). */
export function labelOf(item: AnswerItem, kind: LearnedKind, nonanswer: boolean): number | undefined {
  let k: string;
  try {
    k = parseKind(item.expect).kind;
  } catch {
    return undefined;
  }
  if (k !== kind) return undefined;
  if (nonanswer) return 0;
  if (item.value === undefined) return undefined;
  const primary = Array.isArray(item.value) ? item.value[0] : item.value;
  const i = LABELS[kind].indexOf(primary as string | boolean | null);
  return i < 0 ? undefined : i;
}

/** Train one kind's model on (text, label) pairs. */
export function trainKind(data: { text: string; label: number }[], labels: (string | boolean | null)[]): KindModel {
  const K = labels.length;
  const counts = new Map<string, number>();
  const rows = data.map((d) => features(d.text));
  for (const fs of rows) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = new Map<string, number>();
  for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= MIN_COUNT) vocab.set(f, vocab.size);
  // The sparse design matrix (CSR), with the bias as feature 0.
  const ptr = [0];
  const idx: number[] = [];
  for (const fs of rows) {
    idx.push(0);
    for (const f of fs) {
      const j = vocab.get(f);
      if (j !== undefined) idx.push(j + 1);
    }
    ptr.push(idx.length);
  }
  const F = vocab.size + 1;
  const N = data.length;
  const W = new Float64Array(F * K);
  const G = new Float64Array(F * K);
  const z = new Float64Array(K);
  for (let step = 0; step < STEPS; step++) {
    G.fill(0);
    for (let n = 0; n < N; n++) {
      z.fill(0);
      for (let p = ptr[n]!; p < ptr[n + 1]!; p++) {
        const o = idx[p]! * K;
        for (let k = 0; k < K; k++) z[k]! += W[o + k]!;
      }
      let top = -Infinity;
      for (let k = 0; k < K; k++) top = Math.max(top, z[k]!);
      let sum = 0;
      for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - top);
      for (let k = 0; k < K; k++) z[k] = z[k]! / sum - (k === data[n]!.label ? 1 : 0);
      for (let p = ptr[n]!; p < ptr[n + 1]!; p++) {
        const o = idx[p]! * K;
        for (let k = 0; k < K; k++) G[o + k]! += z[k]!;
      }
    }
    for (let i = 0; i < W.length; i++) W[i]! -= RATE * (G[i]! / N + L2 * W[i]!);
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const weights: Record<string, number[]> = {};
  for (const [f, j] of vocab) {
    const w = Array.from(W.subarray((j + 1) * K, (j + 2) * K));
    if (w.some((x) => Math.abs(x) >= MIN_WEIGHT)) weights[f] = w.map(round);
  }
  return { labels, bias: Array.from(W.subarray(0, K)).map(round), weights };
}

/** The regression tables the model also learns from (their csat3 and yes/no rows that state a value). */
export const REGRESSION_TABLES = [EVAL_SET, join(ROOT, 'test/nlu/probes.tsv')];

/** A label of one kind for a value read from a table, or undefined when it is none of that kind's labels. */
const labelFor = (kind: LearnedKind, value: unknown): number | undefined => {
  const i = LABELS[kind].indexOf(value as string | boolean | null);
  return i < 0 ? undefined : i;
};

/** The rows of the regression tables that state a value of one kind: eval-set.tsv through eval-nlu's loader, then probes.tsv (kind[@en], text, "v=… c=… i=…"). */
export function regressionRows(kind: LearnedKind): { text: string; label: number }[] {
  const out: { text: string; label: number }[] = [];
  for (const row of loadEvalSet()) {
    const label = row.kind === kind ? labelFor(kind, row.value) : undefined;
    if (label !== undefined) out.push({ text: row.text, label });
  }
  for (const line of readFileSync(REGRESSION_TABLES[1]!, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [k, text, want] = line.split('\t');
    const v = /(?:^| )v=(\S+)/.exec(want ?? '')?.[1];
    if (k?.split('@')[0] !== kind || text === undefined || v === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(v);
    } catch {
      continue;
    }
    const label = labelFor(kind, value);
    if (label !== undefined) out.push({ text, label });
  }
  return out;
}

/** Train the model on the tuning splits (all but `test` and the excluded ones). */
export function train(exclude: Split[] = []): LearnedModel {
  const splits = SPLITS.filter((s) => s !== 'test' && !exclude.includes(s));
  // Each split's files are read once; each kind takes its own items from them, in the same order.
  const items = splits.map((s) => ({ answers: loadAnswers('answers', s), nonanswers: loadAnswers('nonanswers', s) }));
  const kinds = {} as Record<LearnedKind, KindModel>;
  for (const kind of LEARNED_KINDS) {
    const data: { text: string; label: number }[] = [];
    for (const split of items) {
      for (const [list, nonanswer] of [[split.answers, false], [split.nonanswers, true]] as const) {
        for (const item of list) {
          const label = labelOf(item, kind, nonanswer);
          if (label !== undefined) data.push({ text: item.text, label });
        }
      }
    }
    data.push(...regressionRows(kind));
    kinds[kind] = trainKind(data, LABELS[kind]);
  }
  return { format: 1, trainedOn: splits, corpusSha256: corpusHash(exclude), kinds };
}

/** The hash `train` would record for the current corpus (corpus.test.ts compares it with the model's). */
export function corpusHash(exclude: Split[] = []): string {
  const hash = createHash('sha256');
  for (const s of SPLITS.filter((x) => x !== 'test' && !exclude.includes(x))) for (const kind of ['answers', 'nonanswers'] as const) {
    const f = corpusFile(kind, s);
    if (existsSync(f)) hash.update(readFileSync(f));
  }
  for (const f of REGRESSION_TABLES) hash.update(readFileSync(f));
  return hash.digest('hex');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const args = process.argv.slice(2);
  let out = DEFAULT_MODEL_PATH;
  let exclude: Split[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--out') out = args[++i] ?? out;
    else if (args[i] === '--exclude') exclude = (args[++i] ?? '').split(',').filter(Boolean) as Split[];
    else throw new Error(`unknown argument ${args[i]}; use --exclude split,split and --out FILE`);
  }
  const t0 = Date.now();
  const model = train(exclude);
  writeFileSync(out, JSON.stringify(model) + '\n');
  const n = (k: LearnedKind) => Object.keys(model.kinds[k].weights).length;
  process.stdout.write(`trained on ${model.trainedOn.join(', ')} in ${((Date.now() - t0) / 1000).toFixed(1)} s: csat3 ${n('csat3')} n-grams, yesno ${n('yesno')} n-grams -> ${out}\n`);
}
