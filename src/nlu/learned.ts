/**
 * The learned reader (round 12): a second opinion on csat3 and yes/no answers, learned from the
 * evaluation corpus's tuning splits, for the answers the rules cannot read.
 *
 * The rules (pipeline.ts) were tuned split by split on answers written by independent authors,
 * and each new split read about 88% right before it was tuned on: the rules carry to new
 * wording only so far. A linear model over the characters of the answer (softmax regression on
 * character 1–3-grams, trained by scripts/train-nlu.ts) carries differently: it has seen some
 * 13,000 answers and 4,000 non-answers of csat3 and yes/no steps (and 900 rows of the regression
 * tables) and weighs every fragment of them. Measured on splits it never saw, with the rules of
 * the round before (docs/nlu.md, "The learned reader"), the two together read more answers right
 * than either alone.
 *
 * How it is used ({@link secondOpinion}, called by `interpret`):
 * - it fills in an answer the rules found **no evidence** in, when the model is sure (p >= {@link FILL});
 * - it never overrules a reading of the rules: a level beside a grievance, a hedge, a "no" the
 *   rules read stand as read (overruling them read a few more answers right on unseen splits, and
 *   broke whole calls whose level and grievance the engine handles apart: docs/nlu.md);
 * - never where the rules said there is no answer to read (不确定, 还没试, a question back);
 * - never over a grievance the rules read without a level, nor over an intent (a request for a person, a reschedule, an
 *   opt-out, a question about the call keep their reading), never on a question whose "yes"
 *   reports a problem (yesReportsProblem: the model does not know which way such a question
 *   runs), and, in a call, only on steps about the service: never on who is speaking, whether now is
 *   a good time, or a confirmation reply (the engine says so with `learned: false`, from each step's `learnedReads`; `interpret --step` too);
 * - what it reads is a **guess, to be confirmed**: its confidence is {@link LEARNED_CONFIDENCE},
 *   below the engine's confirmation threshold (0.6), so the engine asks "您是说……，对吗？" and
 *   nothing is stored on the model's word alone (issue 13 item 1). `interpret` marks it `learned: true`.
 *
 * The model is data (models/nlu-learned.json), read once on first use; HUIFANG_NLU_MODEL names
 * another file (a company's own model, or none: `off`). Reading it takes about 50 ms, once per
 * process; inference is a hash lookup per n-gram, p50 7 µs, p99 23 µs (docs/benchmarks.md).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { aboutAnotherItem } from './topics.js';
import type { Expectation, InterpretContext, Interpretation } from './types.js';

/** The answer kinds the model reads. */
export type LearnedKind = 'csat3' | 'yesno';
export const LEARNED_KINDS: readonly LearnedKind[] = ['csat3', 'yesno'];

/** One kind's model: its labels (null = no answer) and, per n-gram, one weight per label. */
export interface KindModel {
  labels: (string | boolean | null)[];
  bias: number[];
  weights: Record<string, number[]>;
}

export interface LearnedModel {
  format: 1;
  /** The corpus splits it was trained on (never `test`: corpus.test.ts checks). */
  trainedOn: string[];
  /** SHA-256 of the training files' contents, in order: corpus.test.ts checks the model is retrained when they change. */
  corpusSha256: string;
  kinds: Record<LearnedKind, KindModel>;
}

/** Fill in an answer the rules found no evidence in at this probability or above. */
export const FILL = 0.8;
/** The confidence of a reading the model gave: below the engine's confirmation threshold (0.6), so it is always confirmed. */
export const LEARNED_CONFIDENCE = 0.5;

/** The default model, beside dialogs/ (dist/ mirrors src/, so the path is the same from both). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../models/nlu-learned.json', import.meta.url));

/**
 * The character n-grams of an answer (1 to 3 characters, by code point, of the NFKC-folded,
 * lower-cased text with its spaces collapsed, between ^ and $): the model's features. Each
 * is counted once.
 */
export function features(text: string): string[] {
  const chars = Array.from(`^${text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim()}$`);
  const out = new Set<string>();
  for (let n = 1; n <= 3; n++) for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return [...out];
}

/** The probabilities a kind's model gives each of its labels for an answer. */
export function probabilities(m: KindModel, text: string): number[] {
  const z = m.bias.slice();
  for (const f of features(text)) {
    const w = m.weights[f];
    if (w) for (let k = 0; k < z.length; k++) z[k]! += w[k]!;
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

/** The model's reading of an answer: its most probable label and that probability. */
export function classify(m: KindModel, text: string): { value: string | boolean | null; p: number } {
  const p = probabilities(m, text);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  return { value: m.labels[best] ?? null, p: p[best]! };
}

let cached: { path: string; model: LearnedModel | null } | undefined;

/** The model in use (HUIFANG_NLU_MODEL, else models/nlu-learned.json), read once; null when off or missing. */
export function learnedModel(): LearnedModel | null {
  const env = process.env.HUIFANG_NLU_MODEL;
  const path = env && env !== 'off' ? env : DEFAULT_MODEL_PATH;
  if (env === 'off') return null;
  if (cached && cached.path === path) return cached.model;
  const model = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as LearnedModel) : null;
  cached = { path, model: model && model.format === 1 ? model : null };
  return cached.model;
}

/**
 * The model's second opinion on the rules' reading `r` of `text` (see the module comment for
 * when it may speak). `ruledOut` asks the rules whether they said the answer is no answer (不确定,
 * 我想想, a question back): the model does not speak then either. It is asked last, only when
 * everything else would let the model speak. Returns `r` itself when it has nothing to add, else a new reading marked
 * `learned: true` with confidence {@link LEARNED_CONFIDENCE}.
 */
export function secondOpinion(r: Interpretation, text: string, expect: Expectation, ctx: InterpretContext, ruledOut: () => boolean = () => false, model = learnedModel()): Interpretation {
  if (!model || ctx.learned === false) return r;
  if (expect.kind !== 'csat3' && expect.kind !== 'yesno') return r;
  if (expect.kind === 'yesno' && expect.yesReportsProblem) return r;
  // Round 15 (t15S): an answer about another item than the one asked (the question known) has no value to guess.
  if (expect.kind === 'yesno' && aboutAnotherItem(text, ctx.question, ctx.locale ?? 'zh-CN')) return r;
  if (r.intent) return r;
  if (r.value !== null && r.value !== undefined) return r;
  // A grievance the rules read with no level keeps none (a complaint about one matter is no verdict on the whole).
  if (r.complaint) return r;
  if (!text.trim()) return r;
  const m = model.kinds[expect.kind];
  if (!m) return r;
  const g = classify(m, text);
  if (g.value === null || g.p < FILL || ruledOut()) return r;
  return { ...r, value: g.value, confidence: LEARNED_CONFIDENCE, learned: true };
}
